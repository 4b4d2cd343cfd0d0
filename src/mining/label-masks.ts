import * as tf from "@tensorflow/tfjs";
import { describeValue, invalidArgument } from "../validate";

/** Class labels of a batch: one per row, as numbers, strings, or an int tensor `[n]`. */
export type Labels = readonly (number | string)[] | tf.Tensor1D;

/**
 * Reads labels into a plain array and checks there is one per embedding row.
 *
 * @param fn - the calling function, for error messages.
 * @param labels - the labels.
 * @param rows - the number of embedding rows they must match.
 */
export function readLabels(fn: string, labels: Labels, rows: number): (number | string)[] {
  let values: (number | string)[];
  if (labels instanceof tf.Tensor) {
    if (labels.rank !== 1) {
      throw invalidArgument(fn, "labels", "a 1-D tensor", `rank ${labels.rank}`);
    }
    values = Array.from(labels.dataSync() as ArrayLike<number>);
  } else if (Array.isArray(labels)) {
    values = (labels as readonly (number | string)[]).slice();
  } else {
    throw invalidArgument(fn, "labels", "an array or 1-D tensor of labels", describeValue(labels));
  }
  if (values.length !== rows) {
    throw invalidArgument(
      fn,
      "labels",
      `${rows} labels (one per embedding row)`,
      `${values.length}`,
    );
  }
  values.forEach((v, i) => {
    const ok = (typeof v === "number" && Number.isFinite(v)) || typeof v === "string";
    if (!ok)
      throw invalidArgument(
        fn,
        "labels",
        "finite numbers or strings",
        `${describeValue(v)} at index ${i}`,
      );
  });
  return values;
}

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
