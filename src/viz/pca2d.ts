import { invalidArgument, type MatrixLike } from "../validate";
import { readMatrix } from "./chart-input";

/** The result of {@link pca2d}. */
export interface Pca2d {
  /** The projected points `[n, 2]`: `(x_i - mean) . component_k`. */
  readonly points: number[][];
  /** The two principal directions `[2][d]`, unit length and orthogonal. */
  readonly components: readonly [number[], number[]];
  /** The mean `[d]` subtracted before projecting. */
  readonly mean: number[];
  /** The variance along each component (eigenvalues of the covariance, divided by n - 1). */
  readonly variances: readonly [number, number];
  /** The share of the total variance each component explains, in [0, 1] (0 when all points are equal). */
  readonly explainedVarianceRatio: readonly [number, number];
}

/**
 * Principal component analysis down to two dimensions: centres the rows, finds the two
 * directions of largest variance (the top eigenvectors of the covariance
 * `C = X^T X / (n - 1)`, by Jacobi rotations) and projects every row onto them, for drawing
 * embeddings with {@link scatterChart}.
 *
 * The sign of an eigenvector is arbitrary; here each component is flipped so that its entry of
 * largest magnitude is positive, so the same data always gives the same picture. When there are
 * fewer rows than dimensions the smaller `n x n` Gram matrix is decomposed instead (same
 * result). Computed in float64 on plain arrays; tensor inputs are read, never disposed.
 *
 * @param embeddings - the rows `[n, d]` (tensor or `number[][]`), n >= 2, d >= 2.
 * @returns the points `[n, 2]`, the components `[2][d]`, the mean and the explained variance.
 * @throws Error when there are fewer than 2 rows or columns, or a value is not finite.
 * @example
 * ```ts
 * const { points, explainedVarianceRatio } = pca2d(model.embed(questions)); // points [n, 2]
 * show(scatterChart(points, groups, { title: `PCA (${(100 * explainedVarianceRatio[0]).toFixed(0)}% + ...)` }));
 * ```
 */
export function pca2d(embeddings: MatrixLike): Pca2d {
  const fn = "pca2d";
  const rows = readMatrix(fn, "embeddings", embeddings);
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  if (n < 2 || d < 2) {
    throw invalidArgument(
      fn,
      "embeddings",
      "shape [n, d] with n >= 2 and d >= 2",
      `${n} rows of ${d}`,
    );
  }
  const mean = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) mean[j]! += row[j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;
  const centred = rows.map((row) => Float64Array.from(row, (v, j) => v - mean[j]!));

  let totalVariance = 0;
  for (const row of centred) for (const v of row) totalVariance += v * v;
  totalVariance /= n - 1;

  const top = d <= n ? topByCovariance(centred, d) : topByGram(centred, d);
  const components = top.map((c) => orientSign(c.vector)) as [Float64Array, Float64Array];
  const points = centred.map((row) => components.map((c) => dot(row, c)));
  const variances = [Math.max(top[0]!.value, 0), Math.max(top[1]!.value, 0)] as const;
  const ratio = (v: number): number => (totalVariance > 0 ? Math.min(v / totalVariance, 1) : 0);
  return {
    points,
    components: [Array.from(components[0]), Array.from(components[1])],
    mean,
    variances,
    explainedVarianceRatio: [ratio(variances[0]), ratio(variances[1])],
  };
}

interface EigenPair {
  readonly value: number;
  readonly vector: Float64Array;
}

/** Top two eigenpairs of the d x d covariance. */
function topByCovariance(centred: readonly Float64Array[], d: number): EigenPair[] {
  const n = centred.length;
  const covariance = new Float64Array(d * d);
  for (const row of centred) {
    for (let i = 0; i < d; i++) {
      const ri = row[i]!;
      if (ri === 0) continue;
      for (let j = i; j < d; j++) covariance[i * d + j]! += ri * row[j]!;
    }
  }
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const c = covariance[i * d + j]! / (n - 1);
      covariance[i * d + j] = c;
      covariance[j * d + i] = c;
    }
  }
  return symmetricEigen(covariance, d).slice(0, 2);
}

/**
 * Top two eigenpairs of the covariance through the n x n Gram matrix G = X X^T / (n - 1): if
 * G u = lambda u then C (X^T u) = lambda (X^T u). A direction with no variance (rank below 2)
 * is completed with a unit vector orthogonal to the first.
 */
function topByGram(centred: readonly Float64Array[], d: number): EigenPair[] {
  const n = centred.length;
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const g = dot(centred[i]!, centred[j]!) / (n - 1);
      gram[i * n + j] = g;
      gram[j * n + i] = g;
    }
  }
  const pairs = symmetricEigen(gram, n).slice(0, 2);
  const found: EigenPair[] = [];
  for (const pair of pairs) {
    const vector = new Float64Array(d);
    centred.forEach((row, i) => {
      const weight = pair.vector[i]!;
      for (let j = 0; j < d; j++) vector[j]! += weight * row[j]!;
    });
    const length = Math.sqrt(dot(vector, vector));
    const scale = Math.sqrt(Math.abs(pair.value) * (n - 1));
    if (pair.value > 0 && length > 1e-9 * scale) {
      found.push({ value: pair.value, vector: vector.map((v) => v / length) });
    } else {
      found.push({
        value: 0,
        vector: orthogonalUnit(
          found.map((p) => p.vector),
          d,
        ),
      });
    }
  }
  return found;
}

/** The first standard basis vector made orthogonal to `others` (Gram-Schmidt) that is not in their span. */
function orthogonalUnit(others: readonly Float64Array[], d: number): Float64Array {
  for (let k = 0; k < d; k++) {
    const v = new Float64Array(d);
    v[k] = 1;
    for (const o of others) {
      const p = dot(v, o);
      for (let j = 0; j < d; j++) v[j]! -= p * o[j]!;
    }
    const length = Math.sqrt(dot(v, v));
    if (length > 1e-6) return v.map((x) => x / length);
  }
  throw new Error("pca2d: no orthogonal direction left (internal error)");
}

/**
 * All eigenpairs of a symmetric matrix (row-major, size m x m) by cyclic Jacobi rotations,
 * sorted by decreasing eigenvalue. The input is overwritten.
 */
function symmetricEigen(a: Float64Array, m: number): EigenPair[] {
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  let scale = 0;
  for (const x of a) scale += x * x;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += a[p * m + q]! ** 2;
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < m - 1; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q]!;
        if (apq === 0) continue;
        const theta = (a[q * m + q]! - a[p * m + p]!) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        // A <- J^T A J and V <- V J, with J the rotation in the (p, q) plane.
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p]!;
          const akq = a[k * m + q]!;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k]!;
          const aqk = a[q * m + k]!;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p]!;
          const vkq = v[k * m + q]!;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const pairs: EigenPair[] = [];
  for (let i = 0; i < m; i++) {
    const vector = new Float64Array(m);
    for (let k = 0; k < m; k++) vector[k] = v[k * m + i]!;
    pairs.push({ value: a[i * m + i]!, vector });
  }
  // Stable order for equal eigenvalues: the original index breaks ties.
  return pairs
    .map((pair, index) => ({ pair, index }))
    .sort((x, y) => y.pair.value - x.pair.value || x.index - y.index)
    .map(({ pair }) => pair);
}

/** Flips a vector so its entry of largest magnitude (the first such) is positive. */
function orientSign(vector: Float64Array): Float64Array {
  let best = 0;
  for (let j = 1; j < vector.length; j++)
    if (Math.abs(vector[j]!) > Math.abs(vector[best]!)) best = j;
  return vector[best]! < 0 ? vector.map((x) => -x) : vector;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j]! * b[j]!;
  return sum;
}
