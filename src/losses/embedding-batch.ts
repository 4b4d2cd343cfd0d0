import * as tf from "@tensorflow/tfjs";
import { readLabels, type Labels } from "../mining/label-masks";
import { toMatrix, type MatrixLike } from "../validate";

/**
 * Validates the `(embeddings, labels)` input every label-based loss takes and returns the
 * embeddings as a tensor `[n, d]` with the labels as a plain array. Call inside `tf.tidy`.
 */
export function readEmbeddingBatch(
  fn: string,
  embeddings: MatrixLike,
  labels: Labels,
): { x: tf.Tensor2D; labels: (number | string)[] } {
  const x = toMatrix(fn, "embeddings", embeddings);
  return { x, labels: readLabels(fn, labels, x.shape[0]) };
}

/** A value far larger than any distance, used to exclude masked entries from max/min. */
export const MASK_OFFSET = 1e6;

/** `max_j x_ij` over the entries where `mask_ij = 1` (rows with an empty mask give a meaningless value). */
export function maskedMax(x: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.max(tf.sub(x, tf.mul(tf.sub(1, mask), MASK_OFFSET)), 1));
}

/** `min_j x_ij` over the entries where `mask_ij = 1` (rows with an empty mask give a meaningless value). */
export function maskedMin(x: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.min(tf.add(x, tf.mul(tf.sub(1, mask), MASK_OFFSET)), 1));
}

/** Sum of `values * weights` divided by the sum of weights, or 0 when every weight is 0. */
export function weightedMean(values: tf.Tensor, weights: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.div(tf.sum(tf.mul(values, weights)), tf.maximum(tf.sum(weights), 1)));
}
