import { checkNumber, type VectorLike } from "../validate";
import { readScoredPairs, type BinaryLabels } from "./scored-pairs";

/** Counts and rates of a thresholded similarity classifier. */
export interface BinaryMetrics {
  /** (tp + tn) / n. */
  readonly accuracy: number;
  /** tp / (tp + fp); 0 when nothing is predicted similar. */
  readonly precision: number;
  /** tp / (tp + fn); 0 when there is no similar pair. */
  readonly recall: number;
  /** 2 precision recall / (precision + recall); 0 when both are 0. */
  readonly f1: number;
  /** Similar pairs predicted similar. */
  readonly tp: number;
  /** Dissimilar pairs predicted similar. */
  readonly fp: number;
  /** Dissimilar pairs predicted dissimilar. */
  readonly tn: number;
  /** Similar pairs predicted dissimilar. */
  readonly fn: number;
}

/**
 * Scores a threshold: a pair is predicted similar when `score > threshold` (the course's test
 * rule, "similar if cos > tau").
 *
 * @param scores - similarities `[n]` (higher = more similar); a tensor or numbers.
 * @param labels - `[n]` true labels, 1/true for similar.
 * @param threshold - tau.
 * @returns accuracy, precision, recall, F1 and the confusion counts.
 * @throws Error when lengths differ, a score is not finite, or a label is not 0/1.
 * @example
 * ```ts
 * binaryMetrics([0.9, 0.4, 0.7], [1, 0, 0], 0.5); // tp 1, fp 1, tn 1, fn 0, accuracy 2/3
 * ```
 */
export function binaryMetrics(
  scores: VectorLike,
  labels: BinaryLabels,
  threshold: number,
): BinaryMetrics {
  checkNumber("binaryMetrics", "threshold", threshold);
  const data = readScoredPairs("binaryMetrics", scores, labels);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  data.scores.forEach((score, i) => {
    const similar = score > threshold;
    if (data.labels[i] === 1) {
      if (similar) tp++;
      else fn++;
    } else if (similar) fp++;
    else tn++;
  });
  return metricsFromCounts(tp, fp, tn, fn);
}

/** Accuracy, precision, recall and F1 from confusion counts. */
export function metricsFromCounts(tp: number, fp: number, tn: number, fn: number): BinaryMetrics {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { accuracy: (tp + tn) / (tp + fp + tn + fn), precision, recall, f1, tp, fp, tn, fn };
}
