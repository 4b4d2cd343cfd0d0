/** One step of a {@link scoreSweep}: the pairs scoring at least `score` are called similar. */
export interface SweepStep {
  /** A distinct score, the steps running from the highest down. */
  readonly score: number;
  /** Similar pairs scoring at least `score` (true positives at that cut). */
  readonly tp: number;
  /** Dissimilar pairs scoring at least `score` (false positives at that cut). */
  readonly fp: number;
}

/**
 * Lowers a cut through the scores from the highest down, one distinct score at a time, counting
 * the similar and dissimilar pairs at or above it. Tied scores enter together. ROC curves,
 * average precision and the best threshold are all read off this one O(n log n) sweep.
 *
 * @param scores - similarities.
 * @param labels - 1 for similar, 0 for dissimilar, one per score.
 * @returns one step per distinct score, highest first.
 */
export function scoreSweep(scores: readonly number[], labels: readonly (0 | 1)[]): SweepStep[] {
  const order = scores
    .map((_, i) => i)
    .sort((i, j) => (scores[j] as number) - (scores[i] as number));
  const steps: SweepStep[] = [];
  let tp = 0;
  let fp = 0;
  let k = 0;
  while (k < order.length) {
    const score = scores[order[k] as number] as number;
    while (k < order.length && scores[order[k] as number] === score) {
      if (labels[order[k] as number] === 1) tp++;
      else fp++;
      k++;
    }
    steps.push({ score, tp, fp });
  }
  return steps;
}
