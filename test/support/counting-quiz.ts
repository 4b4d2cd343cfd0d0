// A quiz of many numeric questions whose key is their number: quick to grade, so that child
// processes of the progress tests spend their time saving, not grading.
import { defineQuiz, numericQuestion } from "../../src/quiz/define-quiz";

export const COUNTING_ID = "counting";

/** `questions` numeric questions; question q's key is q, within 0.1. */
export function countingQuiz(questions: number) {
  return defineQuiz({
    id: COUNTING_ID,
    title: "Counting",
    questions: Array.from({ length: questions }, (_, i) =>
      numericQuestion({
        stem: `What number is question ${i + 1}?`,
        tolerance: { absolute: 0.1 },
        answerKey: () => i + 1,
        explanation: "It is its own number.",
      }),
    ),
  });
}

/**
 * What learner `worker` answers to question `question` in round `round`: the key on even
 * rounds of even workers and odd rounds of odd ones, else a wrong number no other learner gives.
 */
export function countingAnswer(worker: number, round: number, question: number): number {
  return (worker + round) % 2 === 0 ? question : question + 0.5 + worker + 100 * round;
}
