import * as tf from "@tensorflow/tfjs";
import { asyncFunctionProblem, compileCodeAnswer } from "./compile-code-answer";
import { toPlainValue } from "./compare-output";
import { formatValue } from "./format-value";
import { gradeCode } from "./grade-code";
import { parseChoiceResponse, parseNumericResponse } from "./parse-response";
import type {
  ChoiceQuestion,
  ChoiceSelect,
  CodeExercise,
  MultipleScoring,
  NumericQuestion,
  QuizQuestion,
} from "./quiz-types";
import { scoreChoice } from "./score-choice";
import type { StoredResponse } from "./stored-response";
import { unsealChoiceQuestion } from "./seal-choice-question";
import { describeTolerance, withinTolerance } from "./tolerance";

/** A chosen option with its verdict and explanation (revealed because it was chosen). */
export interface ChosenOption {
  /** The option's letter, `"A"` for the first. */
  readonly letter: string;
  /** The option's text. */
  readonly text: string;
  /** Whether this option is part of the key. */
  readonly correct: boolean;
  /** Why the option is right or wrong. */
  readonly explanation: string;
}

/** What the learner is told after a graded answer, by question kind. */
export type GradeFeedback =
  | {
      /** A choice question was graded. */
      readonly kind: "choice";
      /** Whether the question takes one option or a set of them. */
      readonly select: ChoiceSelect;
      /** The rule applied (after any override; `"all-or-nothing"` for `"one"` questions). */
      readonly scoring: MultipleScoring;
      /** The chosen options, in option order. */
      readonly chosen: readonly ChosenOption[];
      /** How many correct options were not chosen (their letters stay hidden; shown for "many"). */
      readonly missed: number;
    }
  | {
      /** A numeric question was graded. */
      readonly kind: "numeric";
      /** The learner's number, as read. */
      readonly value: number;
      /** Whether it is within the tolerance of the key (full points) or not (0). */
      readonly withinTolerance: boolean;
      /** The tolerance in words. */
      readonly tolerance: string;
      /** The key and its explanation, given only once the answer is within tolerance. */
      readonly key?: number;
      /** How the key comes about; present only with `key`. */
      readonly explanation?: string;
      /** The question's hint, present only when the answer is outside the tolerance. */
      readonly hint?: string;
    }
  | {
      /** A code exercise was graded. */
      readonly kind: "code";
      /** Whether every case matched the reference (full points) or not (0). */
      readonly passed: boolean;
      /** Cases run, up to and including the first failing one. */
      readonly casesRun: number;
      /** Hand-picked plus random cases of the exercise. */
      readonly casesTotal: number;
      /** The first failing case in words (inputs, expected, returned, difference), if any. */
      readonly failure?: string;
      /** The exercise's explanation, present only once every case passed. */
      readonly explanation?: string;
    };

/** The grade of one answer, or why the answer was not accepted (it then counts for nothing). */
export type QuestionGrade =
  | {
      /** The answer was read and graded. */
      readonly ok: true;
      /** Points earned. */
      readonly score: number;
      /** Points available. */
      readonly points: number;
      /** Share of the points earned, in [0, 1]. */
      readonly fraction: number;
      /** What to tell the learner, by question kind. */
      readonly feedback: GradeFeedback;
      /** The answer in storable form. */
      readonly response: StoredResponse;
    }
  | {
      /** The answer could not be read; it is not an attempt. */
      readonly ok: false;
      /** Why, in a sentence the learner can act on. */
      readonly message: string;
    };

/** Options of {@link gradeQuestion}. */
export interface GradeOptions {
  /** Overrides the scoring of every `"many"` question. */
  readonly multipleScoring?: MultipleScoring;
  /**
   * Time limit per call of a code answer, in ms, whether given as a function or as source.
   * Default 2000. A call that runs longer is stopped and fails its case.
   */
  readonly codeTimeoutMs?: number;
}

const numericKeys = new WeakMap<NumericQuestion, number>();

/**
 * The key of a numeric question, computed by the library on first use and then reused (a
 * tensor the key function returns is read and disposed, with every tensor it made).
 *
 * @param question - the question.
 * @returns the key.
 * @throws Error when the key function does not return a finite number.
 * @example
 * ```ts
 * numericAnswerKey(question); // e.g. 0.7071
 * ```
 */
export function numericAnswerKey(question: NumericQuestion): number {
  const known = numericKeys.get(question);
  if (known !== undefined) return known;
  tf.engine().startScope();
  let value: unknown;
  try {
    value = toPlainValue(question.answerKey());
  } finally {
    tf.engine().endScope();
  }
  const key = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value;
  if (typeof key !== "number" || !Number.isFinite(key)) {
    throw new Error(
      `numericAnswerKey: the key of "${question.stem}" is not a finite number: ${formatValue(key)}`,
    );
  }
  numericKeys.set(question, key);
  return key;
}

/**
 * Grades one answer to one question, whatever its kind. An answer that cannot be read (a
 * letter without an option, no letter, a letter twice, several letters for a single-choice
 * question, text where a number is due, code that does not compile) is not graded: the
 * result carries a message instead, and callers must not count it as an attempt.
 *
 * @param question - the question.
 * @param response - letters, a number, a function, or JavaScript source.
 * @param options - scoring override and code time limit.
 * @returns the score with feedback, or the message.
 * @example
 * ```ts
 * const grade = gradeQuestion(quiz.questions[5]!, ["A", "D"]);
 * if (grade.ok) console.log(grade.score, "/", grade.points);
 * ```
 */
export function gradeQuestion(
  question: QuizQuestion,
  response: unknown,
  options: GradeOptions = {},
): QuestionGrade {
  switch (question.kind) {
    case "choice":
      return gradeChoice(question, response, options.multipleScoring);
    case "numeric":
      return gradeNumeric(question, response);
    case "code":
      return gradeCodeResponse(question, response, options.codeTimeoutMs);
  }
}

function gradeChoice(
  question: ChoiceQuestion,
  response: unknown,
  override: MultipleScoring | undefined,
): QuestionGrade {
  const parsed = parseChoiceResponse(question, response);
  if (!parsed.ok) return parsed;
  const key = unsealChoiceQuestion(question);
  const scoring = question.select === "many" ? (override ?? question.scoring) : "all-or-nothing";
  const score = scoreChoice(key.correct, parsed.value, scoring);
  const chosen = parsed.value.map((letter) => {
    const index = letter.charCodeAt(0) - 65;
    return {
      letter,
      text: question.options[index] ?? "",
      correct: key.correct.includes(letter),
      explanation: key.explanations[index] ?? "",
    };
  });
  return graded(question.points, score.fraction, parsed.value, {
    kind: "choice",
    select: question.select,
    scoring,
    chosen,
    missed: score.missed,
  });
}

function gradeNumeric(question: NumericQuestion, response: unknown): QuestionGrade {
  const parsed = parseNumericResponse(response);
  if (!parsed.ok) return parsed;
  const key = numericAnswerKey(question);
  const within = withinTolerance(parsed.value, key, question.tolerance);
  const tolerance = describeTolerance(question.tolerance);
  return graded(
    question.points,
    within ? 1 : 0,
    parsed.value,
    within
      ? {
          kind: "numeric",
          value: parsed.value,
          withinTolerance: true,
          tolerance,
          key,
          explanation: question.explanation(key),
        }
      : {
          kind: "numeric",
          value: parsed.value,
          withinTolerance: false,
          tolerance,
          ...(question.hint === undefined ? {} : { hint: question.hint }),
        },
  );
}

function gradeCodeResponse(
  question: CodeExercise,
  response: unknown,
  timeoutMs: number | undefined,
): QuestionGrade {
  let fn: (...args: never[]) => unknown;
  let source: string;
  if (typeof response === "function") {
    const problem = asyncFunctionProblem(response, question.functionName);
    if (problem !== undefined) return { ok: false, message: problem };
    fn = response as (...args: never[]) => unknown;
    source = Function.prototype.toString.call(response);
  } else if (typeof response === "string") {
    const compiled = compileCodeAnswer(response, question.functionName, {
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    if (!compiled.ok) return compiled;
    fn = compiled.value;
    source = response;
  } else {
    return {
      ok: false,
      message: `this is a code exercise: answer with a function ${question.functionName}(...) (or its JavaScript source), got ${typeof response}.`,
    };
  }
  const result = gradeCode(question, fn, {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return graded(question.points, result.passed ? 1 : 0, source, {
    kind: "code",
    passed: result.passed,
    casesRun: result.casesRun,
    casesTotal: result.casesTotal,
    ...(result.failure === undefined ? {} : { failure: result.failure }),
    ...(result.passed ? { explanation: question.explanation } : {}),
  });
}

function graded(
  points: number,
  fraction: number,
  response: StoredResponse,
  feedback: GradeFeedback,
): QuestionGrade {
  return { ok: true, score: points * fraction, points, fraction, feedback, response };
}
