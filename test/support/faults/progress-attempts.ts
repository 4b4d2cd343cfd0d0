// The attempts the progress-writing child of test/faults adds, one per save, and the progress
// any number of them add up to: what the parent expects to find after a kill.
import type { QuizProgress } from "../../../src/quiz/progress-store";
import { applyAttempt, type QuestionAttempt } from "../../../src/quiz/question-attempt";

export const FAULT_QUIZ = "faults";

/** Attempt `i`: question (i mod 5) + 1, right every third time. */
export function faultAttempt(i: number): { number: number; attempt: QuestionAttempt } {
  const number = (i % 5) + 1;
  return {
    number,
    attempt: {
      fingerprint: `question-${number}`,
      score: i % 3 === 0 ? 1 : 0,
      response: i % 2 === 0 ? [String.fromCharCode(65 + (i % 4))] : i + 0.25,
      answeredAt: new Date(i * 1000).toISOString(),
    },
  };
}

/** `progress` with attempt `i` added. */
export function withAttempt(progress: QuizProgress, i: number): QuizProgress {
  const { number, attempt } = faultAttempt(i);
  const key = String(number);
  return {
    ...progress,
    questions: { ...progress.questions, [key]: applyAttempt(progress.questions[key], attempt) },
  };
}

/** The progress after attempts 0 to count - 1. */
export function progressAfter(count: number): QuizProgress {
  let progress: QuizProgress = { quiz: FAULT_QUIZ, questions: {} };
  for (let i = 0; i < count; i++) progress = withAttempt(progress, i);
  return progress;
}
