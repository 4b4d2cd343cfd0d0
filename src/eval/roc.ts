import type { VectorLike } from "../validate";
import { readScoredPairs, requireBothClasses, type BinaryLabels } from "./scored-pairs";
import { scoreSweep } from "./score-sweep";

/** A ROC curve: point k is (fpr[k], tpr[k]) when pairs with `score >= thresholds[k]` are called similar. */
export interface RocCurve {
  /** False-positive rates, from 0 up to 1. */
  readonly fpr: number[];
  /** True-positive rates, from 0 up to 1. */
  readonly tpr: number[];
  /** The score thresholds, decreasing; the first is +Infinity (nothing called similar). */
  readonly thresholds: number[];
}

/**
 * The receiver operating characteristic: true-positive rate against false-positive rate as the
 * threshold sweeps from above the highest score down to the lowest. One point per distinct
 * score, so tied scores move the curve diagonally.
 *
 * @param scores - similarities `[n]`.
 * @param labels - `[n]` true labels, 1/true for similar; both classes must occur.
 * @returns the curve, starting at (0, 0) and ending at (1, 1).
 * @throws Error when lengths differ, a score is not finite, a label is not 0/1, or one class is missing.
 * @example
 * ```ts
 * rocCurve([0.9, 0.8, 0.3], [1, 0, 1]); // fpr [0, 0, 1, 1], tpr [0, 0.5, 0.5, 1]
 * ```
 */
export function rocCurve(scores: VectorLike, labels: BinaryLabels): RocCurve {
  return rocCurveOf("rocCurve", scores, labels);
}

/** {@link rocCurve}, with errors naming `fn`. */
function rocCurveOf(fn: string, scores: VectorLike, labels: BinaryLabels): RocCurve {
  const data = readScoredPairs(fn, scores, labels);
  const { positives, negatives } = requireBothClasses(fn, data.labels);
  const curve: RocCurve = { fpr: [0], tpr: [0], thresholds: [Number.POSITIVE_INFINITY] };
  for (const step of scoreSweep(data.scores, data.labels)) {
    curve.fpr.push(step.fp / negatives);
    curve.tpr.push(step.tp / positives);
    curve.thresholds.push(step.score);
  }
  return curve;
}

/**
 * Area under the ROC curve: the probability that a random similar pair scores higher than a
 * random dissimilar pair, ties counted as half (the Mann-Whitney U statistic divided by
 * positives x negatives). 0.5 is chance, 1 is a perfect ranking.
 *
 * @param scores - similarities `[n]`.
 * @param labels - `[n]` true labels, 1/true for similar; both classes must occur.
 * @returns the AUC in [0, 1].
 * @throws Error when lengths differ, a score is not finite, a label is not 0/1, or one class is missing.
 * @example
 * ```ts
 * rocAuc([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0]); // 0.875
 * ```
 */
export function rocAuc(scores: VectorLike, labels: BinaryLabels): number {
  const curve = rocCurveOf("rocAuc", scores, labels);
  // Trapezoids between consecutive points: exactly the half-credit rule for ties.
  let area = 0;
  for (let k = 1; k < curve.fpr.length; k++) {
    const width = (curve.fpr[k] as number) - (curve.fpr[k - 1] as number);
    area += (width * ((curve.tpr[k] as number) + (curve.tpr[k - 1] as number))) / 2;
  }
  return area;
}
