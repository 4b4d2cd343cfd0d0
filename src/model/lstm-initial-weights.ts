import type { Random } from "../random";

/** Initial LSTM weights, flat float32 in tfjs layout. */
export interface LstmWeightValues {
  /** W [inputDim, 4 units], row-major. */
  readonly kernel: Float32Array;
  /** U [units, 4 units], row-major. */
  readonly recurrentKernel: Float32Array;
  /** b [4 units]. */
  readonly bias: Float32Array;
}

/**
 * Keras's default LSTM initialisation, drawn from a seeded generator:
 * W ~ Glorot uniform U(-l, l) with l = sqrt(6 / (inputDim + 4 units)) (Glorot & Bengio 2010);
 * U orthogonal — its rows orthonormal, from Gram-Schmidt on a Gaussian matrix (Saxe et al. 2014);
 * b = 0 except the forget-gate block, 1 when `unitForgetBias` (Jozefowicz et al. 2015).
 *
 * @param inputDim - size of each input vector.
 * @param units - hidden size.
 * @param rng - the seeded generator (consumed in this order: W, then U).
 * @param unitForgetBias - start the forget gate's bias at 1.
 */
export function lstmInitialWeights(
  inputDim: number,
  units: number,
  rng: Random,
  unitForgetBias: boolean,
): LstmWeightValues {
  const width = 4 * units;
  const limit = Math.sqrt(6 / (inputDim + width));
  const kernel = new Float32Array(inputDim * width);
  for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rng.next() - 1) * limit;
  const recurrentKernel = orthogonalRows(units, width, rng);
  const bias = new Float32Array(width);
  if (unitForgetBias) bias.fill(1, units, 2 * units);
  return { kernel, recurrentKernel, bias };
}

/**
 * A [rows, cols] matrix (rows <= cols) with orthonormal rows: modified Gram-Schmidt in double
 * precision on standard normal rows. For rows > cols, the transpose of the [cols, rows] case.
 */
export function orthogonalRows(rows: number, cols: number, rng: Random): Float32Array {
  if (rows > cols) {
    const t = orthogonalRows(cols, rows, rng);
    const out = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) out[r * cols + c] = t[c * rows + r]!;
    return out;
  }
  const basis: Float64Array[] = [];
  while (basis.length < rows) {
    const v = Float64Array.from({ length: cols }, () => rng.normal());
    for (const q of basis) {
      let dot = 0;
      for (let k = 0; k < cols; k++) dot += v[k]! * q[k]!;
      for (let k = 0; k < cols; k++) v[k] = v[k]! - dot * q[k]!;
    }
    let norm = 0;
    for (let k = 0; k < cols; k++) norm += v[k]! * v[k]!;
    norm = Math.sqrt(norm);
    if (norm < 1e-6) continue; // numerically dependent draw: draw again
    for (let k = 0; k < cols; k++) v[k] = v[k]! / norm;
    basis.push(v);
  }
  const out = new Float32Array(rows * cols);
  basis.forEach((q, r) => out.set(q, r * cols));
  return out;
}
