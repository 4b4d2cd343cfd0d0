import { quiz } from "../../quizzes/06-threshold-testing";
import { describeLessonQuiz } from "./lesson-quiz-checks";

function bestTau(scores: number[], labels: number[]): number {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  const candidates = [sorted[0]! - 1];
  for (let i = 0; i + 1 < sorted.length; i++) candidates.push((sorted[i]! + sorted[i + 1]!) / 2);
  candidates.push(sorted[sorted.length - 1]! + 1);
  let best = candidates[0]!;
  let bestRight = -1;
  for (const tau of candidates) {
    let right = 0;
    for (let i = 0; i < scores.length; i++) if ((scores[i]! > tau ? 1 : 0) === labels[i]) right++;
    if (right > bestRight) {
      bestRight = right;
      best = tau;
    }
  }
  return best;
}

function alwaysHalf(): number {
  return 0.5;
}

function scoresOnlyNoMidpoints(scores: number[], labels: number[]): number {
  // Tries tau equal to each score: a pair is then never "above" itself, so ties are lost.
  let best = scores[0]!;
  let bestRight = -1;
  for (const tau of scores) {
    const right = scores.filter((s, i) => (s >= tau ? 1 : 0) === labels[i]).length;
    if (right > bestRight) {
      bestRight = right;
      best = tau;
    }
  }
  return best;
}

describeLessonQuiz(quiz, {
  // tau 0.6 predicts [1, 0, 1, 0, 1, 0]: 4 of 6 right; AUC: 8 of 9 (duplicate, other) couples.
  numericKeys: { 6: 4 / 6, 7: 8 / 9 },
  solutions: { 8: bestTau },
  buggy: {
    8: [
      [
        alwaysHalf,
        /^Case 3 of 22 failed\.\nInputs: scores = \[0\.4, -0\.35, -0\.95, -0\.25, 0\.85\], labels = \[1, 1, 0, 1, 1\]\nYour function returned: 0\.5\nDifference: tau = 0\.5 gives accuracy 0\.4, but 1 is reachable \(for example with tau = -0\.65\)\.$/,
      ],
      [
        scoresOnlyNoMidpoints,
        /Case \d+ of 22 failed[\s\S]*gives accuracy [\d.]+, but [\d.]+ is reachable/,
      ],
      [() => "0.5", /the result must be a finite number, got "0\.5"/],
    ],
  },
});
