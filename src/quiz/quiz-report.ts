import type { QuizQuestion } from "./quiz-types";

/** How a question stands: full points, some, none, or not answered yet. */
export type QuestionStatus = "correct" | "partial" | "wrong" | "unanswered";

/** A question's kind as learners read it. */
export type QuestionLabel = "single choice" | "multiple answers" | "numeric" | "code";

/** One row of a quiz summary or of a graded answers file. */
export interface QuestionReport {
  readonly number: number;
  readonly label: QuestionLabel;
  readonly points: number;
  /** Points earned (the best attempt in a session). */
  readonly score: number;
  /** Graded attempts (1 or 0 for an answers file). */
  readonly attempts: number;
  readonly status: QuestionStatus;
  /** Why an answer in an answers file was not accepted, or what failed. */
  readonly detail?: string;
}

/** A quiz's scores, question by question and in total. */
export interface QuizReport {
  readonly quiz: string;
  readonly title: string;
  readonly score: number;
  readonly points: number;
  /** Questions with at least one graded answer. */
  readonly answered: number;
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
