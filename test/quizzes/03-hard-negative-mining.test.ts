import { quiz } from "../../quizzes/03-hard-negative-mining";
import { describeLessonQuiz } from "./lesson-quiz-checks";

function hardestBatchLoss(v1: number[][], v2: number[][], margin: number): number {
  const n = v1.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < v1[i]!.length; k++) s += v1[i]![k]! * v2[j]![k]!;
      row.push(s);
    }
    const pos = row[i]!;
    let sum = 0;
    let hardest = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      sum += row[j]!;
      hardest = Math.max(hardest, row[j]!);
    }
    total += Math.max(sum / (n - 1) - pos + margin, 0) + Math.max(hardest - pos + margin, 0);
  }
  return total / n;
}

function diagonalCountsAsNegative(v1: number[][], v2: number[][], margin: number): number {
  const n = v1.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = v2.map((b) => b.reduce((s, x, k) => s + x * v1[i]![k]!, 0));
    const pos = row[i]!;
    const mean = row.reduce((s, x) => s + x, 0) / n;
    const hardest = Math.max(...row);
    total += Math.max(mean - pos + margin, 0) + Math.max(hardest - pos + margin, 0);
  }
  return total / n;
}

describeLessonQuiz(quiz, {
  // Row losses 0.05, 0.7, 0.88 (S = [[0.8, 0.6, 0], [0.6, 0.8, 1], [0.96, 1, 0.8]]); mean.
  numericKeys: { 6: (0.05 + 0.7 + 0.88) / 3 },
  solutions: { 7: hardestBatchLoss },
  buggy: {
    7: [
      [
        diagonalCountsAsNegative,
        /Case 1 of 22 failed \(a hand-picked case\)[\s\S]*the result is 0\.25, expected 0/,
      ],
    ],
  },
});
