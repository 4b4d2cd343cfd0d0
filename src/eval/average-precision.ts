import type { VectorLike } from "../validate";
import { readScoredPairs, requireBothClasses, type BinaryLabels } from "./scored-pairs";
import { scoreSweep } from "./score-sweep";

/**
 * Average precision: the area under the precision-recall curve as a step sum,
 * `AP = sum_k (R_k - R_{k-1}) P_k`, over the thresholds at each distinct score from the highest
 * down (tied scores enter together). 1 for a perfect ranking; the share of positives for a
 * random one.
 *
 * @param scores - similarities `[n]`.
 * @param labels - `[n]` true labels, 1/true for similar; both classes must occur.
 * @returns AP in [0, 1].
 * @throws Error when lengths differ, a score is not finite, a label is not 0/1, or one class is missing.
 * @example
 * ```ts
 * averagePrecision([0.9, 0.8, 0.3], [1, 0, 1]); // 0.5 * 1 + 0.5 * (2/3) = 0.8333
 * ```
 */
export function averagePrecision(scores: VectorLike, labels: BinaryLabels): number {
  const data = readScoredPairs("averagePrecision", scores, labels);
  const { positives } = requireBothClasses("averagePrecision", data.labels);
  let previousRecall = 0;
  let ap = 0;
  for (const { tp, fp } of scoreSweep(data.scores, data.labels)) {
    const recall = tp / positives;
    ap += (recall - previousRecall) * (tp / (tp + fp));
    previousRecall = recall;
  }
  return ap;
}
