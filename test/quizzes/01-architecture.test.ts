import { quiz } from "../../quizzes/01-architecture";
import { describeLessonQuiz } from "./lesson-quiz-checks";

function cosine(a: number[][], b: number[][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let j = 0; j < a[i]!.length; j++) {
      dot += a[i]![j]! * b[i]![j]!;
      na += a[i]![j]! * a[i]![j]!;
      nb += b[i]![j]! * b[i]![j]!;
    }
    out.push(na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb));
  }
  return out;
}

function cosineWithoutZeroGuard(a: number[][], b: number[][]): number[] {
  return a.map((row, i) => {
    const other = b[i]!;
    const dot = row.reduce((s, x, j) => s + x * other[j]!, 0);
    return dot / (Math.hypot(...row) * Math.hypot(...other));
  });
}

function dotOnly(a: number[][], b: number[][]): number[] {
  return a.map((row, i) => row.reduce((s, x, j) => s + x * b[i]![j]!, 0));
}

describeLessonQuiz(quiz, {
  // 24 / 65: a . b = 24, |a| = 5, |b| = 13.
  numericKeys: { 5: 24 / 65 },
  solutions: { 6: cosine },
  buggy: {
    6: [
      [
        cosineWithoutZeroGuard,
        /Case 3 of 23 failed \(a hand-picked case\)[\s\S]*item \[0\] is NaN, expected 0/,
      ],
      [dotOnly, /Case 1 of 23 failed[\s\S]*Expected: \[0, 1\]\nYour function returned: \[0, 4\]/],
    ],
  },
});
