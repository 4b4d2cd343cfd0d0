// A small quiz with every kind of question, for the quiz engine's tests.
import * as tf from "@tensorflow/tfjs";
import { codeExercise, defineQuiz, numericQuestion } from "../../src/quiz/define-quiz";
import { randomInteger, randomMatrix } from "../../src/quiz/random-inputs";
import { sealChoiceQuestion } from "../../src/quiz/seal-choice-question";

export const DEMO_ID = "demo";

/** Question 1 (single, key B), 2 (many, key A C), 3 (numeric sqrt 2), 4 (code), 5 (many, partial, 3 points, key A B C). */
export const demoQuiz = defineQuiz({
  id: DEMO_ID,
  title: "Demo quiz",
  questions: [
    sealChoiceQuestion(DEMO_ID, {
      stem: "2 + 2 = ?",
      options: ["3", "4", "5", "22"],
      correct: ["B"],
      explanations: [
        "One short.",
        "Right: two and two make four.",
        "One too many.",
        "That is string concatenation.",
      ],
    }),
    sealChoiceQuestion(DEMO_ID, {
      stem: "Which numbers are even?",
      options: ["2", "3", "4", "5"],
      correct: ["A", "C"],
      explanations: ["2 = 2 x 1.", "3 is odd.", "4 = 2 x 2.", "5 is odd."],
    }),
    numericQuestion({
      stem: "What is the square root of 2?",
      tolerance: { absolute: 0.001 },
      answerKey: () => tf.sqrt(tf.scalar(2)),
      explanation: (key) => `sqrt(2) = ${key.toFixed(4)}`,
      hint: "It is between 1.4 and 1.5.",
    }),
    codeExercise<[number[]]>({
      stem: "Write double(xs): every number times 2.",
      functionName: "double",
      signature: "double(xs: number[]): number[]",
      argumentNames: ["xs"],
      fixedCases: [[[1, 2]]],
      randomCases: 5,
      seed: 7,
      makeCase: (random) => [randomMatrix(random, 1, randomInteger(random, 1, 4))[0] ?? []],
      reference: (xs) => tf.mul(tf.tensor1d(xs), 2),
      explanation: "Multiply each item by 2.",
    }),
    sealChoiceQuestion(DEMO_ID, {
      stem: "Which are letters?",
      options: ["a", "b", "c", "1"],
      correct: ["A", "B", "C"],
      explanations: ["A letter.", "A letter.", "A letter.", "A digit."],
      scoring: "partial",
      points: 3,
    }),
  ],
});

/** A correct answer to every question of the demo quiz. */
export const DEMO_RIGHT_ANSWERS = {
  "1": "B",
  "2": ["A", "C"],
  "3": 1.4142,
  "4": "(xs) => xs.map((x) => 2 * x)",
  "5": ["A", "B", "C"],
} as const;

/** The demo quiz under the name quiz modules export, so it can be opened by path. */
export const quiz = demoQuiz;
