import * as tf from "@tensorflow/tfjs";
import { checkOneOf, toMatrix, type MatrixLike } from "../validate";
import { DISTANCES } from "./distance";
import { DISTANCE_METRICS, type DistanceMetric } from "./distance-metric";

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
  return tf.tidy(() => DISTANCES[metric].pairwise(toMatrix("pairwiseDistances", "x", x)));
}
