// Inputs of the batch-loss code exercises of lessons 3 and 4: both take a batch of duplicate
// pairs (v1, v2) with unit rows and a margin, so they are graded on the same cases. This file
// is in a subfolder so that it is not listed as a quiz (see `listQuizzes`).
import type { Random } from "../../src/random";
import { randomInteger, randomUnitRows } from "../../src/quiz/random-inputs";

/** The arguments of a batch-loss exercise: `v1` and `v2` of shape `[n, d]`, and the margin. */
export type PairBatchArgs = [v1: number[][], v2: number[][], margin: number];

/**
 * The hand-picked cases, tried first. In the first, every positive is 1 and every negative 0,
 * so the loss is 0: a solution that counts the diagonal as a negative fails here. In the
 * second, the pairs are swapped: every positive is 0 and the one negative is 1, so no negative
 * is at or below its positive.
 */
export const PAIR_BATCH_FIXED_CASES: readonly PairBatchArgs[] = [
  [
    [
      [1, 0],
      [0, 1],
    ],
    [
      [1, 0],
      [0, 1],
    ],
    0.25,
  ],
  [
    [
      [1, 0],
      [0, 1],
    ],
    [
      [0, 1],
      [1, 0],
    ],
    0.25,
  ],
];

/**
 * Draws a random case: 2 to 5 pairs of unit rows of length 2 to 4, and a margin of 0.1, 0.25
 * or 0.5.
 *
 * @param random - the exercise's seeded generator.
 * @returns the arguments `[v1, v2, margin]`.
 * @example
 * ```ts
 * codeExercise<PairBatchArgs>({ ..., fixedCases: PAIR_BATCH_FIXED_CASES, makeCase: makePairBatchCase });
 * ```
 */
export function makePairBatchCase(random: Random): PairBatchArgs {
  const rows = randomInteger(random, 2, 5);
  const cols = randomInteger(random, 2, 4);
  const margin = random.pick([0.1, 0.25, 0.5]);
  return [randomUnitRows(random, rows, cols), randomUnitRows(random, rows, cols), margin];
}
