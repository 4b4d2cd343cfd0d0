import * as tf from "@tensorflow/tfjs";
import type { DistanceMetric } from "./distance-metric";
import { normalizeRows } from "./l2-normalize";
import { safeSqrt } from "./pairwise-distances";

/**
 * Row-wise distances `d(a_i, b_i)` for rows already validated to have the same shape.
 *
 * @param a - `[n, d]`.
 * @param b - `[n, d]`.
 * @param metric - the distance.
 * @returns `[n]`.
 */
export function rowDistances(a: tf.Tensor2D, b: tf.Tensor2D, metric: DistanceMetric): tf.Tensor1D {
  return tf.tidy(() => {
    if (metric === "cosine") {
      return tf.sub(1, tf.sum(tf.mul(normalizeRows(a), normalizeRows(b)), 1));
    }
    const squared = tf.sum(tf.square(tf.sub(a, b)), 1);
    return (metric === "squaredEuclidean" ? squared : safeSqrt(squared)) as tf.Tensor1D;
  });
}
