import * as tf from "@tensorflow/tfjs";
import type { DistanceMetric } from "./distance-metric";
import { normalizeRows } from "./l2-normalize";
import { cosineMatrix } from "./similarity-matrix";

/**
 * One distance between embeddings, as the two computations that losses and miners need: every
 * pair within a batch, and row by row. There is one record per {@link DistanceMetric} in
 * {@link DISTANCES}; a loss or miner picks its record once from the `metric` option instead of
 * switching on the name in every function that measures (pytorch-metric-learning's
 * `distances/` play the same part).
 *
 * The functions do no argument checks (their callers validate first), call no `dispose` on
 * their inputs, and keep a finite gradient where two rows coincide.
 */
export interface Distance {
  /** The name the `metric` option uses for this distance. */
  readonly metric: DistanceMetric;
  /**
   * All pairs within one set of rows: `D_ij = d(x_i, x_j)`.
   *
   * @param x - embeddings `[n, d]`.
   * @returns distances `[n, n]`, symmetric, exactly 0 on the diagonal.
   */
  pairwise(x: tf.Tensor2D): tf.Tensor2D;
  /**
   * Row by row: `d(a_i, b_i)`.
   *
   * @param a - embeddings `[n, d]`.
   * @param b - embeddings `[n, d]`, row i measured against row i of `a`.
   * @returns distances `[n]`.
   */
  rowwise(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor1D;
}

/**
 * `sqrt(v)` whose value and gradient are 0 where `v = 0` (instead of an infinite gradient).
 */
export function safeSqrt<T extends tf.Tensor>(v: T): T {
  return tf.tidy(() => {
    const isZero = tf.sub(1, tf.step(v));
    // step() rather than a comparison: it has a (zero) gradient, comparisons have none, and
    // this mask sits on the gradient path. Adding 1 where v is 0 keeps sqrt away from its
    // singularity; multiplying by (1 - isZero) then zeroes both the value and the gradient there.
    return tf.mul(tf.sqrt(tf.add(v, isZero)), tf.sub(1, isZero)) as T;
  });
}

/** `1 - eye(n)`: zeroes the diagonal, where every distance is 0 by definition. */
function offDiagonal(n: number): tf.Tensor2D {
  return tf.sub(1, tf.eye(n));
}

/**
 * `||x_i - x_j||^2` from `||x_i||^2 + ||x_j||^2 - 2 x_i . x_j` (one matrix product instead of
 * `n^2` differences), clamped at 0 against rounding.
 */
function squaredEuclideanPairwise(x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const n = x.shape[0];
    const squaredNorms = tf.sum(tf.square(x), 1);
    const gram = tf.matMul(x, x, false, true);
    return tf.mul(
      tf.relu(
        tf.sub(
          tf.add(tf.reshape(squaredNorms, [n, 1]), tf.reshape(squaredNorms, [1, n])),
          tf.mul(2, gram),
        ),
      ),
      offDiagonal(n),
    );
  });
}

function squaredEuclideanRowwise(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.sum(tf.square(tf.sub(a, b)), 1));
}

/**
 * The distances every `metric` option names:
 * - `euclidean`: `||a - b||` (its square root taken only where the square is positive, so the
 *   gradient stays finite at 0);
 * - `squaredEuclidean`: `||a - b||^2` (FaceNet's choice);
 * - `cosine`: `1 - cos(a, b)`, in [0, 2].
 *
 * @example
 * ```ts
 * DISTANCES.cosine.rowwise(a, b); // [n]: 1 - cos(a_i, b_i)
 * ```
 */
export const DISTANCES: Readonly<Record<DistanceMetric, Distance>> = {
  euclidean: {
    metric: "euclidean",
    pairwise: (x) => tf.tidy(() => safeSqrt(squaredEuclideanPairwise(x))),
    rowwise: (a, b) => tf.tidy(() => safeSqrt(squaredEuclideanRowwise(a, b))),
  },
  squaredEuclidean: {
    metric: "squaredEuclidean",
    pairwise: squaredEuclideanPairwise,
    rowwise: squaredEuclideanRowwise,
  },
  cosine: {
    metric: "cosine",
    pairwise: (x) => tf.tidy(() => tf.mul(tf.sub(1, cosineMatrix(x, x)), offDiagonal(x.shape[0]))),
    rowwise: (a, b) =>
      tf.tidy(() => tf.sub(1, tf.sum(tf.mul(normalizeRows(a), normalizeRows(b)), 1))),
  },
};
