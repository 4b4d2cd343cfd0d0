import type * as tf from "@tensorflow/tfjs";
import type { Random } from "../random";

/**
 * How a multiple-answer question is scored.
 *
 * - `"all-or-nothing"`: full points only when the chosen set equals the key.
 * - `"partial"`: with k correct options, +1/k for every correct choice and -1/k for every wrong
 *   one, floored at 0, times the question's points.
 */
export type MultipleScoring = "all-or-nothing" | "partial";

/** Whether a choice question takes exactly one option (`"one"`) or any non-empty set (`"many"`). */
export type ChoiceSelect = "one" | "many";

/**
 * Accepted distance between a learner's number and the key. The answer passes when it is within
 * the absolute tolerance OR within the relative one (`|x - key| <= relative * |key|`); at least
 * one must be given.
 */
export interface Tolerance {
  /** Largest accepted `|x - key|`, in the answer's units (for example `0.01`). */
  readonly absolute?: number;
  /** Largest accepted `|x - key| / |key|`, as a fraction (`0.01` is 1 %). */
  readonly relative?: number;
}

/**
 * A single-choice or multiple-answer question as it is stored in a learner-facing quiz file:
 * the answer key is a salted hash and each option's feedback is sealed (see `sealFeedback`).
 */
export interface ChoiceQuestion {
  /** Tells this question kind apart in a {@link QuizQuestion}. */
  readonly kind: "choice";
  /** The question text, shown as plain text (no Markdown or HTML). */
  readonly stem: string;
  /** The option texts, shown with the letters A, B, C, ... */
  readonly options: readonly string[];
  /** Whether the learner picks exactly one option or a non-empty set of them. */
  readonly select: ChoiceSelect;
  /** Scoring of a `"many"` question; `"one"` questions are right or wrong. */
  readonly scoring: MultipleScoring;
  /** Points of a fully right answer (at least 0). */
  readonly points: number;
  /** Salt of {@link ChoiceQuestion.keyHash} and of the feedback keys. */
  readonly salt: string;
  /** `hashAnswerKey(salt, correctLetters)`. */
  readonly keyHash: string;
  /** One sealed `{ correct, explanation }` per option, in option order. */
  readonly feedback: readonly string[];
}

/** A question whose answer is a number, with a key computed by calling the library. */
export interface NumericQuestion {
  /** Tells this question kind apart in a {@link QuizQuestion}. */
  readonly kind: "numeric";
  /** The question text, shown as plain text (no Markdown or HTML). */
  readonly stem: string;
  /** Points of an answer within tolerance (at least 0); answers outside it score 0. */
  readonly points: number;
  /** How far from the key an answer may be and still pass. */
  readonly tolerance: Tolerance;
  /**
   * Computes the key by calling the library, so it cannot drift from the code. May return a
   * tensor holding one number (it is read and disposed).
   */
  readonly answerKey: () => number | tf.Tensor;
  /** Shown once the learner's number is within tolerance; receives the key. */
  readonly explanation: (key: number) => string;
  /** Shown after an answer outside the tolerance. */
  readonly hint?: string;
}

/**
 * A code exercise: the learner writes a function; the grader calls it and the library's
 * reference on the same seeded inputs and compares the results.
 *
 * Build one with `codeExercise`, which erases the argument types to `unknown[]`.
 */
export interface CodeExercise {
  /** Tells this question kind apart in a {@link QuizQuestion}. */
  readonly kind: "code";
  /** The task, shown as plain text (no Markdown or HTML). */
  readonly stem: string;
  /** Points of a function that passes every case (at least 0); any failing case scores 0. */
  readonly points: number;
  /** The name the learner's function should have (used to find it in a source file). */
  readonly functionName: string;
  /** The signature shown to the learner, e.g. `cosine(a: number[][], b: number[][]): number[]`. */
  readonly signature: string;
  /** Names of the arguments, used when a failing case is described. */
  readonly argumentNames: readonly string[];
  /** Optional starter code shown with the question. */
  readonly starter?: string;
  /** Hand-picked cases, tried first in this order. */
  readonly fixedCases: readonly (readonly unknown[])[];
  /** Number of random cases tried after the fixed ones. */
  readonly randomCases: number;
  /**
   * Seed of the `createRandom` generator passed to {@link CodeExercise.makeCase}, so every
   * learner gets the same cases.
   */
  readonly seed: number;
  /**
   * Draws the arguments of random case `index`: plain data (numbers, arrays, objects), which
   * the grader copies for every call so that a function that changes its arguments cannot
   * affect the reference or later cases.
   */
  readonly makeCase: (random: Random, index: number) => readonly unknown[];
  /** The library's answer for the arguments (tensors are read and disposed by the grader). */
  readonly reference: (args: readonly unknown[]) => unknown;
  /** How far each number of the output may be from the reference's (unless `check` is set). */
  readonly tolerance: Tolerance;
  /**
   * Optional custom check of one case; returns `undefined` when the learner's output is right,
   * else a sentence saying what is wrong. Replaces the element-wise comparison.
   */
  readonly check?: (
    args: readonly unknown[],
    actual: unknown,
    expected: unknown,
  ) => string | undefined;
  /** Shown once every case passes. */
  readonly explanation: string;
}

/** Any question a quiz may hold. */
export type QuizQuestion = ChoiceQuestion | NumericQuestion | CodeExercise;

/** The kind of a question, as shown in summaries. */
export type QuestionKind = QuizQuestion["kind"];

/** A quiz: an id (its file name in `quizzes/`), a title and its questions, numbered from 1. */
export interface QuizDefinition {
  /**
   * The quiz's file name in `quizzes/` without extension, for example `"01-architecture"`:
   * lower-case letters, digits and dashes.
   */
  readonly id: string;
  /** The heading shown above the questions. */
  readonly title: string;
  /** An optional sentence or two shown under the title. */
  readonly description?: string;
  /** The questions, at least one, numbered from 1 in this order. */
  readonly questions: readonly QuizQuestion[];
}

/**
 * What a learner may answer: option letters (`"B"`, `["A", "D"]`, `"A, D"`), a number (or a
 * numeric string), or a function / JavaScript source for a code exercise.
 */
export type QuizResponse = string | number | readonly string[] | ((...args: never[]) => unknown);
