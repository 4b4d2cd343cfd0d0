import type * as tf from "@tensorflow/tfjs";
import type { Random } from "../random";
import { checkInteger, checkNumber, describeValue, invalidArgument } from "../validate";
import type {
  ChoiceQuestion,
  ChoiceSelect,
  CodeExercise,
  MultipleScoring,
  NumericQuestion,
  QuizDefinition,
  QuizQuestion,
  Tolerance,
} from "./quiz-types";
import { unsealChoiceQuestion } from "./seal-choice-question";

/** The fields of a sealed choice question, as `npm run quiz -- seal` prints them. */
export interface ChoiceQuestionSpec {
  /** The question text, exactly as sealed (the salt was derived from it). */
  readonly stem: string;
  /** The option texts, 2 to 26, shown with the letters A, B, C, ... */
  readonly options: readonly string[];
  /** `"one"` when exactly one option is correct, `"many"` for a set. */
  readonly select: ChoiceSelect;
  /** Defaults to `"all-or-nothing"`. */
  readonly scoring?: MultipleScoring;
  /** Defaults to 1. */
  readonly points?: number;
  /** The question's salt, as printed by the seal command. */
  readonly salt: string;
  /** The salted hash of the correct letters, as printed by the seal command. */
  readonly keyHash: string;
  /** One sealed `{ correct, explanation }` per option, in option order, as printed. */
  readonly feedback: readonly string[];
}

/** The fields of a numeric question. */
export interface NumericQuestionSpec {
  /** The question text, shown as plain text. */
  readonly stem: string;
  /** Defaults to 1. */
  readonly points?: number;
  /** How far from the key an answer may be; give `absolute`, `relative` or both. */
  readonly tolerance: Tolerance;
  /** Computes the key by calling the library; a returned one-number tensor is read and disposed. */
  readonly answerKey: () => number | tf.Tensor;
  /** Shown once the answer is within tolerance; a function receives the key. */
  readonly explanation: string | ((key: number) => string);
  /** Shown after an answer outside the tolerance. */
  readonly hint?: string;
}

/** The fields of a code exercise; `Args` are the arguments the learner's function receives. */
export interface CodeExerciseSpec<Args extends unknown[]> {
  /** The task, shown as plain text. */
  readonly stem: string;
  /** Defaults to 2. */
  readonly points?: number;
  /** The name the learner's function must have (a JavaScript identifier); found by it in source. */
  readonly functionName: string;
  /** The signature shown to the learner, e.g. `cosine(a: number[][], b: number[][]): number[]`. */
  readonly signature: string;
  /** Names of the arguments, one per element of `Args`, used when a failing case is described. */
  readonly argumentNames: readonly string[];
  /** Optional starter code shown with the question instead of the bare signature. */
  readonly starter?: string;
  /** Hand-picked cases tried before the random ones. */
  readonly fixedCases?: readonly Args[];
  /** Defaults to 20. */
  readonly randomCases?: number;
  /** Defaults to 1. */
  readonly seed?: number;
  /**
   * Draws the arguments of random case `index` (from 0) with `random`, seeded by `seed`; return
   * plain data (numbers, arrays, objects), which the grader copies for every call.
   */
  readonly makeCase: (random: Random, index: number) => Args;
  /** The library's answer; a returned tensor is read and disposed by the grader. */
  readonly reference: (...args: Args) => unknown;
  /** Defaults to `{ absolute: 1e-4, relative: 1e-4 }`. */
  readonly tolerance?: Tolerance;
  /**
   * Optional custom check of one case, replacing the element-wise comparison: returns
   * `undefined` when `actual` is right, else a sentence saying what is wrong.
   */
  readonly check?: (args: Args, actual: unknown, expected: unknown) => string | undefined;
  /** Shown once every case passes. */
  readonly explanation: string;
}

/**
 * Builds a sealed choice question (the output of `npm run quiz -- seal`).
 *
 * @param spec - stem, options, selection mode, salt, key hash and sealed feedback.
 * @returns the {@link ChoiceQuestion}; {@link defineQuiz} checks that key and feedback agree.
 * @example
 * ```ts
 * choiceQuestion({ stem, options, select: "one", salt, keyHash, feedback });
 * ```
 */
export function choiceQuestion(spec: ChoiceQuestionSpec): ChoiceQuestion {
  return {
    kind: "choice",
    stem: spec.stem,
    options: [...spec.options],
    select: spec.select,
    scoring: spec.scoring ?? "all-or-nothing",
    points: spec.points ?? 1,
    salt: spec.salt,
    keyHash: spec.keyHash,
    feedback: [...spec.feedback],
  };
}

/**
 * Builds a numeric question whose key is computed by the library when first needed.
 *
 * @param spec - stem, tolerance, key function, explanation and optional hint.
 * @returns the {@link NumericQuestion}.
 * @example
 * ```ts
 * numericQuestion({
 *   stem: "cos([1, 0], [1, 1]) = ?",
 *   tolerance: { absolute: 0.01 },
 *   answerKey: () => cosineSimilarity([[1, 0]], [[1, 1]]),
 *   explanation: (key) => `1 / sqrt(2) = ${key.toFixed(3)}`,
 * });
 * ```
 */
export function numericQuestion(spec: NumericQuestionSpec): NumericQuestion {
  const explanation = spec.explanation;
  return {
    kind: "numeric",
    stem: spec.stem,
    points: spec.points ?? 1,
    tolerance: { ...spec.tolerance },
    answerKey: spec.answerKey,
    explanation: typeof explanation === "string" ? () => explanation : explanation,
    ...(spec.hint === undefined ? {} : { hint: spec.hint }),
  };
}

/**
 * Builds a code exercise graded against a reference implementation on seeded inputs.
 *
 * @param spec - stem, signature, case generator, reference and tolerance.
 * @returns the {@link CodeExercise} (argument types erased).
 * @example
 * ```ts
 * codeExercise<[number[][], number[][]]>({
 *   stem: "Write row-wise cosine similarity.",
 *   functionName: "cosine", signature: "cosine(a: number[][], b: number[][]): number[]",
 *   argumentNames: ["a", "b"],
 *   makeCase: (random) => [randomMatrix(random, 3, 4), randomMatrix(random, 3, 4)],
 *   reference: (a, b) => cosineSimilarity(a, b),
 *   explanation: "Normalise each row, then take row-wise dot products.",
 * });
 * ```
 */
export function codeExercise<Args extends unknown[]>(spec: CodeExerciseSpec<Args>): CodeExercise {
  const check = spec.check;
  return {
    kind: "code",
    stem: spec.stem,
    points: spec.points ?? 2,
    functionName: spec.functionName,
    signature: spec.signature,
    argumentNames: [...spec.argumentNames],
    ...(spec.starter === undefined ? {} : { starter: spec.starter }),
    fixedCases: (spec.fixedCases ?? []).map((args) => [...args]),
    randomCases: spec.randomCases ?? 20,
    seed: spec.seed ?? 1,
    makeCase: spec.makeCase,
    reference: (args) => spec.reference(...(args as Args)),
    tolerance: spec.tolerance ?? { absolute: 1e-4, relative: 1e-4 },
    ...(check === undefined
      ? {}
      : { check: (args, actual, expected) => check(args as Args, actual, expected) }),
    explanation: spec.explanation,
  };
}

/**
 * Checks a quiz and freezes it. Every choice question's sealed feedback is opened and must
 * agree with its key hash, so a damaged quiz file fails here, when it is loaded, not in the
 * middle of a learner's session.
 *
 * @param quiz - id (the file name in `quizzes/`, lower-case letters, digits and dashes),
 *   title, optional description and the questions (numbered from 1 in this order).
 * @returns the same quiz, frozen.
 * @throws Error naming the question and the field that is wrong.
 * @example
 * ```ts
 * export const quiz = defineQuiz({ id: "01-architecture", title: "Architecture", questions });
 * ```
 */
export function defineQuiz(quiz: QuizDefinition): QuizDefinition {
  const fn = "defineQuiz";
  if (typeof quiz.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(quiz.id)) {
    throw invalidArgument(
      fn,
      "id",
      "lower-case letters, digits and dashes",
      describeValue(quiz.id),
    );
  }
  if (typeof quiz.title !== "string" || quiz.title.trim() === "") {
    throw invalidArgument(fn, "title", "a non-empty string", describeValue(quiz.title));
  }
  const questions: readonly QuizQuestion[] = quiz.questions;
  if (!Array.isArray(questions as unknown) || questions.length === 0) {
    throw invalidArgument(fn, "questions", "a non-empty array", describeValue(questions));
  }
  questions.forEach((question, i) => checkQuestion(`questions[${i}]`, question));
  return Object.freeze({ ...quiz, questions: Object.freeze([...questions]) });
}

function checkQuestion(where: string, question: QuizQuestion): void {
  const fn = "defineQuiz";
  if (typeof question.stem !== "string" || question.stem.trim() === "") {
    throw invalidArgument(fn, `${where}.stem`, "a non-empty string", describeValue(question.stem));
  }
  checkNumber(fn, `${where}.points`, question.points, { min: 0 });
  switch (question.kind) {
    case "choice": {
      if (question.options.length < 2 || question.options.length > 26) {
        throw invalidArgument(
          fn,
          `${where}.options`,
          "2 to 26 options",
          `${question.options.length}`,
        );
      }
      if (question.feedback.length !== question.options.length) {
        throw invalidArgument(
          fn,
          `${where}.feedback`,
          `one sealed feedback per option (${question.options.length})`,
          `${question.feedback.length}`,
        );
      }
      let correct: readonly string[];
      try {
        correct = unsealChoiceQuestion(question).correct;
      } catch (error) {
        throw invalidArgument(
          fn,
          where,
          "a question whose sealed feedback agrees with its key hash",
          (error as Error).message,
        );
      }
      if (question.select === "one" && correct.length !== 1) {
        throw invalidArgument(
          fn,
          `${where}.select`,
          "'many' (several options are correct)",
          "'one'",
        );
      }
      return;
    }
    case "numeric":
      checkTolerance(`${where}.tolerance`, question.tolerance);
      return;
    case "code":
      checkInteger(fn, `${where}.randomCases`, question.randomCases, { min: 0 });
      if (question.randomCases + question.fixedCases.length === 0) {
        throw invalidArgument(fn, `${where}.randomCases`, "at least one case in all", "0");
      }
      checkTolerance(`${where}.tolerance`, question.tolerance);
      if (!/^[A-Za-z_$][\w$]*$/.test(question.functionName)) {
        throw invalidArgument(
          fn,
          `${where}.functionName`,
          "a JavaScript identifier",
          describeValue(question.functionName),
        );
      }
      return;
    default:
      throw invalidArgument(
        fn,
        `${where}.kind`,
        "'choice', 'numeric' or 'code'",
        describeValue((question as { kind?: unknown }).kind),
      );
  }
}

function checkTolerance(where: string, tolerance: Tolerance): void {
  const fn = "defineQuiz";
  if (tolerance.absolute === undefined && tolerance.relative === undefined) {
    throw invalidArgument(fn, where, "an absolute or a relative tolerance", "neither");
  }
  if (tolerance.absolute !== undefined) {
    checkNumber(fn, `${where}.absolute`, tolerance.absolute, { min: 0 });
  }
  if (tolerance.relative !== undefined) {
    checkNumber(fn, `${where}.relative`, tolerance.relative, { min: 0 });
  }
}
