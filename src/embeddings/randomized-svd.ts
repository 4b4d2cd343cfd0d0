import { createRandom } from "../random";
import { sparseTimesDense, sparseTransposeTimesDense, type SparseMatrix } from "./sparse-matrix";

/** Options of {@link randomizedSvd}. */
export interface RandomizedSvdOptions {
  /** How many singular triplets to return. */
  readonly rank: number;
  /** Extra random directions beyond `rank` (default 16). */
  readonly oversample?: number;
  /** Power iterations, which sharpen the decay of the spectrum (default 2). */
  readonly powerIterations?: number;
  /** Seed of the random test matrix. */
  readonly seed: number;
}

/** The leading singular triplets: A ≈ U diag(s) Vᵀ restricted to the top `rank`. */
export interface TruncatedSvd {
  /** Left singular vectors, [rows, rank], row-major. */
  readonly u: Float64Array;
  /** Singular values, descending. */
  readonly s: Float64Array;
  /** How many triplets there are (the asked rank, or less for a small matrix). */
  readonly rank: number;
}

/**
 * Orthonormalises the columns of a tall row-major matrix [rows, k] in place (modified
 * Gram-Schmidt; a second pass restores orthogonality to working precision). A column that becomes
 * (numerically) zero is left zero.
 */
export function orthonormalizeColumns(y: Float64Array, rows: number, k: number, passes = 2): void {
  const columns: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    const column = new Float64Array(rows);
    for (let r = 0; r < rows; r++) column[r] = y[r * k + j] as number;
    columns.push(column);
  }
  for (let pass = 0; pass < passes; pass++) {
    for (let j = 0; j < k; j++) {
      const cj = columns[j] as Float64Array;
      for (let i = 0; i < j; i++) {
        const ci = columns[i] as Float64Array;
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += (ci[r] as number) * (cj[r] as number);
        for (let r = 0; r < rows; r++) cj[r] = (cj[r] as number) - dot * (ci[r] as number);
      }
      let norm = 0;
      for (let r = 0; r < rows; r++) norm += (cj[r] as number) * (cj[r] as number);
      norm = Math.sqrt(norm);
      const scale = norm > 1e-12 ? 1 / norm : 0;
      for (let r = 0; r < rows; r++) cj[r] = (cj[r] as number) * scale;
    }
  }
  for (let j = 0; j < k; j++) {
    const column = columns[j] as Float64Array;
    for (let r = 0; r < rows; r++) y[r * k + j] = column[r] as number;
  }
}

/**
 * Eigen-decomposition of a symmetric matrix [n, n] (row-major) by cyclic Jacobi rotations.
 *
 * @returns eigenvalues (descending) and eigenvectors as the columns of a row-major [n, n].
 */
export function symmetricEigen(
  matrix: Float64Array,
  n: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const app = a[p * n + p] as number;
        const aqq = a[q * n + q] as number;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = [...Array(n).keys()].sort(
    (i, j) => (a[j * n + j] as number) - (a[i * n + i] as number),
  );
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    values[to] = a[from * n + from] as number;
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from] as number;
  });
  return { values, vectors };
}

/**
 * The leading singular values and left singular vectors of a sparse matrix, by randomized
 * range finding with power iterations (Halko, Martinsson and Tropp, "Finding Structure with
 * Randomness", SIAM Review 53(2), 2011, algorithms 4.4 and 5.1):
 *
 *   Q = orth((A Aᵀ)^q A Ω),  B = Qᵀ A,  B Bᵀ = W Λ Wᵀ,  U = Q W,  s = √Λ
 *
 * with Ω a Gaussian [columns, rank + oversample] drawn from `seed`, so the same matrix and
 * seed give the same result. Each left singular vector's sign is fixed so that its entry of
 * largest magnitude is positive.
 *
 * @param a - the matrix, [rows, columns].
 * @param options - rank, oversample (16), powerIterations (2), seed.
 * @returns U [rows, rank] and s [rank].
 */
export function randomizedSvd(a: SparseMatrix, options: RandomizedSvdOptions): TruncatedSvd {
  const { rank, seed } = options;
  const l = Math.min(rank + (options.oversample ?? 16), a.columns, a.rows);
  const random = createRandom(seed);
  const omega = new Float64Array(a.columns * l);
  for (let i = 0; i < omega.length; i++) omega[i] = random.normal();
  const q = sparseTimesDense(a, omega, l);
  // One Gram-Schmidt pass is enough between power iterations; the last gets two.
  orthonormalizeColumns(q, a.rows, l, 1);
  const iterations = options.powerIterations ?? 2;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const z = sparseTransposeTimesDense(a, q, l);
    orthonormalizeColumns(z, a.columns, l, 1);
    q.set(sparseTimesDense(a, z, l));
    orthonormalizeColumns(q, a.rows, l, iteration === iterations - 1 ? 2 : 1);
  }
  // B Bᵀ = Qᵀ A Aᵀ Q = Zᵀ Z with Z = Aᵀ Q.
  const z = sparseTransposeTimesDense(a, q, l);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < a.columns; r++) {
    const row = r * l;
    for (let i = 0; i < l; i++) {
      const zi = z[row + i] as number;
      if (zi === 0) continue;
      for (let j = i; j < l; j++)
        gram[i * l + j] = (gram[i * l + j] as number) + zi * (z[row + j] as number);
    }
  }
  for (let i = 0; i < l; i++)
    for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i] as number;
  const { values, vectors } = symmetricEigen(gram, l);
  const k = Math.min(rank, l);
  const u = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let i = 0; i < l; i++) sum += (q[r * l + i] as number) * (vectors[i * l + j] as number);
      u[r * k + j] = sum;
    }
  }
  for (let j = 0; j < k; j++) {
    let largest = 0;
    for (let r = 0; r < a.rows; r++) {
      const value = u[r * k + j] as number;
      if (Math.abs(value) > Math.abs(largest)) largest = value;
    }
    if (largest < 0) for (let r = 0; r < a.rows; r++) u[r * k + j] = -(u[r * k + j] as number);
  }
  const s = new Float64Array(k);
  for (let j = 0; j < k; j++) s[j] = Math.sqrt(Math.max(0, values[j] as number));
  return { u, s, rank: k };
}
