import * as tf from "@tensorflow/tfjs";
import { labelMasks } from "../labels/label-masks";
import { readLabels, type Labels } from "../labels/labels";
import type { Distance } from "../similarity/distance";
import { toMatrix, type MatrixLike } from "../validate";

/**
 * Validates the `(embeddings, labels)` input every label-based loss takes and returns what
 * they all start from: the distance matrix `[n, n]` and the 0/1 masks of positive pairs
 * (same label, `i != j`) and negative pairs (different labels). Call inside `tf.tidy`.
 */
export function labelledDistances(
  fn: string,
  embeddings: MatrixLike,
  labels: Labels,
  distance: Distance,
): { n: number; distances: tf.Tensor2D; positive: tf.Tensor2D; negative: tf.Tensor2D } {
  const x = toMatrix(fn, "embeddings", embeddings);
  const masks = labelMasks(readLabels(fn, labels, x.shape[0]));
  return { n: x.shape[0], distances: distance.pairwise(x), ...masks };
}

/**
 * A value far larger than any distance or similarity: masked entries are moved this far away so
 * that max/min never pick them. The one masking constant of the losses.
 */
export const MASK_OFFSET = 1e6;

/** `max_j x_ij` over the entries where `mask_ij = 1` (rows with an empty mask give a meaningless value). */
export function maskedMax(x: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.max(tf.sub(x, tf.mul(tf.sub(1, mask), MASK_OFFSET)), 1));
}

/** `min_j x_ij` over the entries where `mask_ij = 1` (rows with an empty mask give a meaningless value). */
export function maskedMin(x: tf.Tensor2D, mask: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.min(tf.add(x, tf.mul(tf.sub(1, mask), MASK_OFFSET)), 1));
}
