import * as tf from "@tensorflow/tfjs";

/**
 * The positive and negative masks of a batch, as 0/1 float matrices `[n, n]`:
 * `positive_ij = 1` when `i != j` and the labels match; `negative_ij = 1` when they differ.
 */
export function labelMasks(labels: readonly (number | string)[]): {
  positive: tf.Tensor2D;
  negative: tf.Tensor2D;
} {
  const n = labels.length;
  const positive = new Float32Array(n * n);
  const negative = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (labels[i] === labels[j]) {
        if (i !== j) positive[i * n + j] = 1;
      } else {
        negative[i * n + j] = 1;
      }
    }
  }
  return { positive: tf.tensor2d(positive, [n, n]), negative: tf.tensor2d(negative, [n, n]) };
}
