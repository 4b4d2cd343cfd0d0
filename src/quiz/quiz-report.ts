import type { QuizQuestion } from "./quiz-types";

/** How a question stands: full points, some, none, or not answered yet. */
export type QuestionStatus = "correct" | "partial" | "wrong" | "unanswered";

/** A question's kind as learners read it. */
export type QuestionLabel = "single choice" | "multiple answers" | "numeric" | "code";

/** One row of a quiz summary or of a graded answers file. */
export interface QuestionReport {
  /** The question's number, from 1. */
  readonly number: number;
  /** The question's kind as learners read it. */
  readonly label: QuestionLabel;
  /** Points available. */
  readonly points: number;
  /** Points earned (the best attempt in a session). */
  readonly score: number;
  /** Graded attempts (1 or 0 for an answers file). */
  readonly attempts: number;
  /** Full points, some, none, or not answered. */
  readonly status: QuestionStatus;
  /** Why an answer in an answers file was not accepted, or what failed. */
  readonly detail?: string;
}

/** A quiz's scores, question by question and in total. */
export interface QuizReport {
  /** The quiz's id. */
  readonly quiz: string;
  /** The quiz's title. */
  readonly title: string;
  /** Points earned, summed over the questions. */
  readonly score: number;
  /** Points available, summed over the questions. */
  readonly points: number;
  /** Questions with at least one graded answer. */
  readonly answered: number;
  /** One row per question, in question order. */
  readonly questions: readonly QuestionReport[];
}

/**
 * The label of a question's kind.
 *
 * @param question - the question.
 * @returns `"single choice"`, `"multiple answers"`, `"numeric"` or `"code"`.
 * @example
 * ```ts
 * questionLabel(quiz.questions[5]!); // "multiple answers"
 * ```
 */
export function questionLabel(question: QuizQuestion): QuestionLabel {
  if (question.kind === "choice") {
    return question.select === "one" ? "single choice" : "multiple answers";
  }
  return question.kind;
}

/**
 * The status of a score out of `points`, given whether the question was answered.
 *
 * @param score - points earned.
 * @param points - points available.
 * @param answered - whether any answer was graded.
 * @returns the status.
 * @example
 * ```ts
 * questionStatus(0.5, 1, true); // "partial"
 * ```
 */
export function questionStatus(score: number, points: number, answered: boolean): QuestionStatus {
  if (!answered) return "unanswered";
  if (score >= points - 1e-9) return "correct";
  return score > 1e-9 ? "partial" : "wrong";
}
