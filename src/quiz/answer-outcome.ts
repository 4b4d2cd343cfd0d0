import type { GradeFeedback } from "./grade-question";

/** The running total of a quiz session. */
export interface ScoreTotals {
  readonly score: number;
  readonly points: number;
  readonly answered: number;
  readonly questions: number;
}

/**
 * What happened to one answer in a session: graded (with feedback, the attempt number and the
 * running totals), or not accepted (with the reason; it did not count as an attempt).
 */
export type AnswerOutcome =
  | {
      readonly status: "graded";
      readonly number: number;
      readonly score: number;
      readonly points: number;
      readonly feedback: GradeFeedback;
      /** 1 for the first graded answer to this question. */
      readonly attempt: number;
      /** Best score over all attempts: what the question counts for. */
      readonly bestScore: number;
      readonly totals: ScoreTotals;
      /** Set when the progress could not be saved. */
      readonly saveError?: string;
    }
  | { readonly status: "invalid"; readonly number: number; readonly message: string };
