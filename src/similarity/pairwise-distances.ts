import * as tf from "@tensorflow/tfjs";
import { checkOneOf, toMatrix, type MatrixLike } from "../validate";
import { DISTANCE_METRICS, type DistanceMetric } from "./distance-metric";
import { cosineMatrix } from "./similarity-matrix";

/** Options of {@link pairwiseDistances}. */
export interface PairwiseDistancesOptions {
  /** The distance to compute. Default `'euclidean'`. */
  readonly metric?: DistanceMetric;
}

/**
 * All-pairs distances within one set of embeddings: `D_ij = d(x_i, x_j)`.
 *
 * Squared Euclidean distances come from `||x_i||^2 + ||x_j||^2 - 2 x_i . x_j`, clamped at 0
 * against rounding. The Euclidean square root is taken only where the squared distance is
 * positive, so `D_ii = 0` exactly and the gradient there is 0 rather than NaN (the square
 * root's derivative is infinite at 0).
 *
 * @param x - embeddings `[n, d]`.
 * @param options - see {@link PairwiseDistancesOptions}.
 * @returns distances `[n, n]`, symmetric, with a zero diagonal.
 * @throws Error when `x` is not a finite matrix or the metric is unknown.
 * @example
 * ```ts
 * pairwiseDistances([[0, 0], [3, 4]]).arraySync(); // [[0, 5], [5, 0]]
 * ```
 */
export function pairwiseDistances(
  x: MatrixLike,
  options: PairwiseDistancesOptions = {},
): tf.Tensor2D {
  const metric = checkOneOf(
    "pairwiseDistances",
    "options.metric",
    options.metric ?? "euclidean",
    DISTANCE_METRICS,
  );
  return tf.tidy(() => distanceMatrix(toMatrix("pairwiseDistances", "x", x), metric));
}

/** The math of {@link pairwiseDistances} without argument checks. */
export function distanceMatrix(x: tf.Tensor2D, metric: DistanceMetric): tf.Tensor2D {
  return tf.tidy(() => {
    const n = x.shape[0];
    const offDiagonal = tf.sub(1, tf.eye(n));
    if (metric === "cosine") {
      return tf.mul(tf.sub(1, cosineMatrix(x, x)), offDiagonal);
    }
    const squaredNorms = tf.sum(tf.square(x), 1);
    const gram = tf.matMul(x, x, false, true);
    const squared = tf.mul(
      tf.relu(
        tf.sub(
          tf.add(tf.reshape(squaredNorms, [n, 1]), tf.reshape(squaredNorms, [1, n])),
          tf.mul(2, gram),
        ),
      ),
      offDiagonal,
    );
    if (metric === "squaredEuclidean") return squared as tf.Tensor2D;
    return safeSqrt(squared) as tf.Tensor2D;
  });
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
