import type { GradeFeedback } from "./grade-question";

/** The running total of a quiz session. */
export interface ScoreTotals {
  /** Points earned: the sum of every question's best score. */
  readonly score: number;
  /** Points available in the whole quiz. */
  readonly points: number;
  /** Questions with at least one graded answer. */
  readonly answered: number;
  /** Questions in the quiz. */
  readonly questions: number;
}

/**
 * What happened to one answer in a session: graded (with feedback, the attempt number and the
 * running totals), or not accepted (with the reason; it did not count as an attempt).
 */
export type AnswerOutcome =
  | {
      /** The answer was read, graded and recorded. */
      readonly status: "graded";
      /** The question's number, from 1. */
      readonly number: number;
      /** Points this answer earned. */
      readonly score: number;
      /** Points available. */
      readonly points: number;
      /** What to tell the learner, by question kind. */
      readonly feedback: GradeFeedback;
      /** 1 for the first graded answer to this question. */
      readonly attempt: number;
      /** Best score over all attempts: what the question counts for. */
      readonly bestScore: number;
      /** The session's totals after this answer. */
      readonly totals: ScoreTotals;
      /** Set when the progress could not be saved, or saving had to set a damaged file aside. */
      readonly saveError?: string;
    }
  | {
      /** The answer was not accepted (unreadable, or no such question); nothing was recorded. */
      readonly status: "invalid";
      /** The question number the answer was given for. */
      readonly number: number;
      /** Why, in a sentence the learner can act on. */
      readonly message: string;
    };
