import { quiz } from "../../quizzes/04-training";
import { describeLessonQuiz } from "./lesson-quiz-checks";

function courseLoss(v1: number[][], v2: number[][], margin: number): number {
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
    let closest = -Infinity;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      sum += row[j]!;
      if (row[j]! <= pos) closest = Math.max(closest, row[j]!);
    }
    total += Math.max(sum / (n - 1) - pos + margin, 0);
    if (closest > -Infinity) total += Math.max(closest - pos + margin, 0);
  }
  return total;
}

function hardestWhenNoneBelow(v1: number[][], v2: number[][], margin: number): number {
  const n = v1.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = v2.map((b) => b.reduce((s, x, k) => s + x * v1[i]![k]!, 0));
    const pos = row[i]!;
    const negatives = row.filter((_, j) => j !== i);
    const below = negatives.filter((s) => s <= pos);
    const closest = below.length > 0 ? Math.max(...below) : Math.max(...negatives);
    const mean = negatives.reduce((s, x) => s + x, 0) / (n - 1);
    total += Math.max(mean - pos + margin, 0) + Math.max(closest - pos + margin, 0);
  }
  return total;
}

describeLessonQuiz(quiz, {
  // S = [[0.8, 0, 0.6], [0.96, 0.8, 1], [0.6, 1, 0.8]]: rows 0.05, 0.43 (+ 0, none below), 0.3.
  numericKeys: { 7: 0.05 + 0.43 + 0.3 },
  solutions: { 8: courseLoss },
  buggy: {
    8: [
      [
        hardestWhenNoneBelow,
        /Case 2 of 22 failed \(a hand-picked case\)[\s\S]*the result is 5, expected 2\.5/,
      ],
    ],
  },
});
