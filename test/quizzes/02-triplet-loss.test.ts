import { quiz } from "../../quizzes/02-triplet-loss";
import { describeLessonQuiz } from "./lesson-quiz-checks";

function tripletLossValue(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  margin: number,
): number {
  let total = 0;
  for (let i = 0; i < anchor.length; i++) {
    let dp = 0;
    let dn = 0;
    for (let j = 0; j < anchor[i]!.length; j++) {
      dp += (anchor[i]![j]! - positive[i]![j]!) ** 2;
      dn += (anchor[i]![j]! - negative[i]![j]!) ** 2;
    }
    total += Math.max(Math.sqrt(dp) - Math.sqrt(dn) + margin, 0);
  }
  return total / anchor.length;
}

/** Per row, the Euclidean distances d(a_i, p_i) and d(a_i, n_i) the buggy solutions start from. */
function rowDistances(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
): [number, number][] {
  return anchor.map((a, i) => [
    Math.hypot(...a.map((x, j) => x - positive[i]![j]!)),
    Math.hypot(...a.map((x, j) => x - negative[i]![j]!)),
  ]);
}

function withoutHinge(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  margin: number,
): number {
  const total = rowDistances(anchor, positive, negative).reduce(
    (sum, [dp, dn]) => sum + (dp - dn + margin),
    0,
  );
  return total / anchor.length;
}

function sumNotMean(
  anchor: number[][],
  positive: number[][],
  negative: number[][],
  margin: number,
): number {
  return rowDistances(anchor, positive, negative).reduce(
    (sum, [dp, dn]) => sum + Math.max(dp - dn + margin, 0),
    0,
  );
}

describeLessonQuiz(quiz, {
  // Triplet 1: max(1 - 2 + 0.5, 0) = 0; triplet 2: max(2 - 1 + 0.5, 0) = 1.5; mean 0.75.
  numericKeys: { 5: 0.75 },
  solutions: { 6: tripletLossValue },
  buggy: {
    6: [
      [
        withoutHinge,
        /Case 1 of 22 failed \(a hand-picked case\)[\s\S]*the result is -1\.5, expected 0/,
      ],
      [sumNotMean, /Case \d+ of 22 failed\.\n/],
    ],
  },
});
