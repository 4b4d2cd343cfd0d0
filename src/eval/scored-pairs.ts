import * as tf from "@tensorflow/tfjs";
import { describeValue, invalidArgument, toNumberArray, type VectorLike } from "../validate";

/** Binary labels: 1 (or true) for similar pairs, 0 (or false) otherwise. */
export type BinaryLabels = VectorLike | readonly boolean[];

/**
 * Reads `scores` (similarities; higher = more similar) and binary `labels` into plain arrays,
 * checking lengths match, scores are finite and labels are 0/1. `prefix` goes before the
 * argument names in errors (`"validation."` names `validation.scores`).
 */
export function readScoredPairs(
  fn: string,
  scores: VectorLike,
  labels: BinaryLabels,
  prefix = "",
): { scores: number[]; labels: (0 | 1)[] } {
  const s = toNumberArray(fn, `${prefix}scores`, scores);
  let raw: unknown[];
  if (labels instanceof tf.Tensor) raw = Array.from(labels.dataSync());
  else if (
    Array.isArray(labels) ||
    labels instanceof Float32Array ||
    labels instanceof Int32Array
  ) {
    raw = Array.from(labels as ArrayLike<unknown>);
  } else {
    throw invalidArgument(fn, `${prefix}labels`, "an array of 0/1 labels", describeValue(labels));
  }
  const l = raw.map((v, i): 0 | 1 => {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
    throw invalidArgument(
      fn,
      `${prefix}labels`,
      "0 or 1 (or booleans)",
      `${describeValue(v)} at index ${i}`,
    );
  });
  if (l.length !== s.length) {
    throw invalidArgument(
      fn,
      `${prefix}labels`,
      `${s.length} labels (one per score)`,
      `${l.length}`,
    );
  }
  if (s.length === 0) {
    throw invalidArgument(fn, `${prefix}scores`, "at least one score", "an empty array");
  }
  return { scores: s, labels: l };
}

/** Throws unless both classes occur (ROC and AP are undefined otherwise); `prefix` as in {@link readScoredPairs}. */
export function requireBothClasses(
  fn: string,
  labels: readonly (0 | 1)[],
  prefix = "",
): { positives: number; negatives: number } {
  const positives = labels.reduce<number>((sum, v) => sum + v, 0);
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) {
    throw invalidArgument(
      fn,
      `${prefix}labels`,
      "both classes (at least one 1 and one 0)",
      `${positives} positives and ${negatives} negatives`,
    );
  }
  return { positives, negatives };
}
