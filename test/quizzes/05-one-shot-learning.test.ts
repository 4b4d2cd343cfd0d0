import { quiz } from "../../quizzes/05-one-shot-learning";
import { describeLessonQuiz } from "./lesson-quiz-checks";

function nearestSupport(query: number[], supports: number[][]): number {
  let best = 0;
  let bestScore = -Infinity;
  const qn = Math.sqrt(query.reduce((s, x) => s + x * x, 0));
  for (let i = 0; i < supports.length; i++) {
    const row = supports[i]!;
    const dot = row.reduce((s, x, k) => s + x * query[k]!, 0);
    const score = dot / (qn * Math.sqrt(row.reduce((s, x) => s + x * x, 0)));
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

function largestDotProduct(query: number[], supports: number[][]): number {
  const dots = supports.map((row) => row.reduce((s, x, k) => s + x * query[k]!, 0));
  return dots.indexOf(Math.max(...dots));
}

function farthest(query: number[], supports: number[][]): number {
  const scores = supports.map(
    (row) => row.reduce((s, x, k) => s + x * query[k]!, 0) / Math.hypot(...row),
  );
  return scores.indexOf(Math.min(...scores));
}

describeLessonQuiz(quiz, {
  // |q| = sqrt(0.99); similarities 0.5, 0.86, 0.82 over |q|; the largest is login's.
  numericKeys: { 6: 0.86 / Math.sqrt(0.99) },
  solutions: { 7: nearestSupport },
  buggy: {
    7: [
      [
        largestDotProduct,
        /Case \d+ of 22 failed\.[\s\S]*Difference: row \d has similarity -?[\d.]+, but row \d is closer/,
      ],
      [
        farthest,
        /Case 1 of 22 failed \(a hand-picked case\)[\s\S]*Difference: row 2 has similarity -1, but row 1 is closer \(0\.7071\)/,
      ],
      [() => 7, /Difference: 7 is not a row of supports \(0 to 2\)/],
    ],
  },
});
