import { checkOneOf, type VectorLike } from "../validate";
import { metricsFromCounts } from "./binary-metrics";
import { readScoredPairs, type BinaryLabels } from "./scored-pairs";
import { scoreSweep, type SweepStep } from "./score-sweep";

/** Options of {@link bestThreshold}. */
export interface BestThresholdOptions {
  /** What to maximise. Default `'accuracy'`. */
  readonly metric?: "accuracy" | "f1";
}

/** The chosen threshold and the metric value it reaches. */
export interface ThresholdChoice {
  /** tau: predict similar when `score > threshold`. */
  readonly threshold: number;
  /** The accuracy or F1 at that threshold. */
  readonly value: number;
}

/**
 * Finds the threshold tau that maximises accuracy or F1 of the rule `score > tau`.
 *
 * Only the order of the scores matters, so the candidates are the midpoints between adjacent
 * distinct sorted scores, plus one threshold below every score (all similar) and one above
 * every score (all dissimilar), each 1 away from the extreme score. A sweep over the sorted
 * scores evaluates every candidate in O(n log n). Among equally good thresholds the lowest is
 * returned. Tune it on validation data and report it on test data.
 *
 * @param scores - similarities `[n]`.
 * @param labels - `[n]` true labels, 1/true for similar.
 * @param options - see {@link BestThresholdOptions}.
 * @returns `{ threshold, value }`.
 * @throws Error when lengths differ, a score is not finite, or a label is not 0/1.
 * @example
 * ```ts
 * bestThreshold([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]); // { threshold: 0.225, value: 0.75 }
 * ```
 */
export function bestThreshold(
  scores: VectorLike,
  labels: BinaryLabels,
  options: BestThresholdOptions = {},
): ThresholdChoice {
  const metric = checkOneOf("bestThreshold", "options.metric", options.metric ?? "accuracy", [
    "accuracy",
    "f1",
  ]);
  const data = readScoredPairs("bestThreshold", scores, labels);
  const positives = data.labels.reduce<number>((sum, v) => sum + v, 0);
  const negatives = data.labels.length - positives;
  const value = (tp: number, fp: number): number => {
    const m = metricsFromCounts(tp, fp, negatives - fp, positives - tp);
    return metric === "accuracy" ? m.accuracy : m.f1;
  };
  // Lower the cut one distinct score at a time; the threshold that calls exactly the pairs at
  // or above a score similar lies halfway to the next lower score (1 below the lowest). Going
  // down with ">=" keeps the lowest of equally good thresholds.
  const steps = scoreSweep(data.scores, data.labels);
  let best: ThresholdChoice = { threshold: (steps[0] as SweepStep).score + 1, value: value(0, 0) };
  steps.forEach((step, k) => {
    const next = steps[k + 1];
    const threshold = next === undefined ? step.score - 1 : (step.score + next.score) / 2;
    const v = value(step.tp, step.fp);
    if (v >= best.value) best = { threshold, value: v };
  });
  return best;
}
