import { checkNumber, describeValue, invalidArgument, type VectorLike } from "../validate";
import { averagePrecision } from "./average-precision";
import { bestThreshold } from "./best-threshold";
import { binaryMetrics } from "./binary-metrics";
import { rocAuc } from "./roc";
import { readScoredPairs, requireBothClasses, type BinaryLabels } from "./scored-pairs";

/** Every metric of one scorer on one set of pairs at one threshold. */
export interface PairMetrics {
  /** tau: a pair counts as a duplicate when its score is > tau. */
  readonly threshold: number;
  /** (tp + tn) / n at tau. */
  readonly accuracy: number;
  /** tp / (tp + fp) at tau; 0 when no pair scores above tau. */
  readonly precision: number;
  /** tp / (tp + fn) at tau; 0 when there is no duplicate. */
  readonly recall: number;
  /** 2 precision recall / (precision + recall) at tau; 0 when both are 0. */
  readonly f1: number;
  /** Threshold-free: area under the ROC curve. */
  readonly rocAuc: number;
  /** Threshold-free: average precision (area under the precision-recall curve). */
  readonly averagePrecision: number;
}

/** Scores of a set of pairs with their labels (1 = duplicate). */
export interface ScoredPairs {
  /** One similarity score per pair (higher = more similar). */
  readonly scores: VectorLike;
  /** One label per pair: 1 (or true) for a duplicate, 0 (or false) otherwise. */
  readonly labels: BinaryLabels;
}

/** A scorer evaluated with tau tuned on validation, once for accuracy and once for F1. */
export interface TunedPairEvaluation {
  /** Metrics on the evaluated pairs at the tau that maximised validation accuracy. */
  readonly accuracy: PairMetrics;
  /** Metrics on the evaluated pairs at the tau that maximised validation F1. */
  readonly f1: PairMetrics;
}

/**
 * All metrics of a scorer at one threshold: accuracy, precision, recall and F1 at `threshold`,
 * plus ROC AUC and average precision, which do not depend on it.
 *
 * @param pairs - the scores and labels.
 * @param threshold - tau.
 * @returns the named metrics with the threshold that produced them.
 * @throws Error `pairMetrics: argument 'pairs.scores' must be ...` for scores that are not
 *   finite, labels that are not 0/1 or not both present, or a threshold that is not a number.
 * @example
 * ```ts
 * pairMetrics({ scores: [0.9, 0.2, 0.7], labels: [1, 0, 0] }, 0.5).f1; // 2/3
 * ```
 */
export function pairMetrics(pairs: ScoredPairs, threshold: number): PairMetrics {
  const fn = "pairMetrics";
  const checked = checkPairs(fn, "pairs", pairs);
  checkNumber(fn, "threshold", threshold);
  return metricsAt(checked, threshold);
}

/** Checks a {@link ScoredPairs} argument by name and reads it as plain arrays, both classes present. */
function checkPairs(
  fn: string,
  argument: string,
  pairs: ScoredPairs,
): { scores: number[]; labels: (0 | 1)[] } {
  if (typeof pairs !== "object" || pairs === null) {
    throw invalidArgument(fn, argument, "an object { scores, labels }", describeValue(pairs));
  }
  const data = readScoredPairs(fn, pairs.scores, pairs.labels, `${argument}.`);
  requireBothClasses(fn, data.labels, `${argument}.`);
  return data;
}

function metricsAt(pairs: { scores: number[]; labels: (0 | 1)[] }, threshold: number): PairMetrics {
  const m = binaryMetrics(pairs.scores, pairs.labels, threshold);
  return {
    threshold,
    accuracy: m.accuracy,
    precision: m.precision,
    recall: m.recall,
    f1: m.f1,
    rocAuc: rocAuc(pairs.scores, pairs.labels),
    averagePrecision: averagePrecision(pairs.scores, pairs.labels),
  };
}

/**
 * Evaluates a scorer the honest way: tau is tuned on validation pairs (for accuracy, and
 * separately for F1) and only then applied to the evaluated pairs, so no number is fitted to
 * the data it is reported on. (sentence-transformers' BinaryClassificationEvaluator tunes and
 * reports on the same pairs; this keeps the two apart.)
 *
 * @param validation - scores and labels to tune tau on.
 * @param evaluated - scores and labels to report on (test, or another held-out split).
 * @returns metrics at each tuned tau.
 * @throws Error naming `validation.scores`, `evaluated.labels`, ... for pairs that cannot be
 *   evaluated (see {@link pairMetrics}).
 * @example
 * ```ts
 * const result = evaluateWithTunedThreshold(
 *   { scores: validationScores, labels: validationLabels },
 *   { scores: testScores, labels: testLabels },
 * );
 * result.f1.f1; // test F1 at the validation-F1 tau
 * ```
 */
export function evaluateWithTunedThreshold(
  validation: ScoredPairs,
  evaluated: ScoredPairs,
): TunedPairEvaluation {
  const fn = "evaluateWithTunedThreshold";
  const tuning = checkPairs(fn, "validation", validation);
  const reported = checkPairs(fn, "evaluated", evaluated);
  const tuned = (metric: "accuracy" | "f1"): PairMetrics =>
    metricsAt(reported, bestThreshold(tuning.scores, tuning.labels, { metric }).threshold);
  return { accuracy: tuned("accuracy"), f1: tuned("f1") };
}
