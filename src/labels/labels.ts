import * as tf from "@tensorflow/tfjs";
import { describeValue, invalidArgument } from "../validate";

/**
 * Class labels of a batch: one per embedding row, as numbers, strings, or an int tensor `[n]`.
 * Rows with equal labels are positives of each other; rows with different labels are negatives.
 */
export type Labels = readonly (number | string)[] | tf.Tensor1D;

/**
 * Reads labels into a plain array and checks there is one per embedding row. Every
 * label-based loss, the miner and the one-shot evaluation read their labels through this.
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
