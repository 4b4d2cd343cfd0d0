import type { QuestionProgress } from "./progress-store";
import type { StoredResponse } from "./stored-response";

/** One graded answer to one question, as it is added to the saved progress. */
export interface QuestionAttempt {
  /** Hash of the question's text when it was answered (see `questionFingerprint`). */
  readonly fingerprint: string;
  /** Points the answer earned. */
  readonly score: number;
  /** The answer in storable form. */
  readonly response: StoredResponse;
  /** ISO time of the answer. */
  readonly answeredAt: string;
}

/**
 * Adds one graded answer to a question's progress: one more attempt, the best score and the
 * answer that first earned it, the last score and answer. Progress of another version of the
 * question (a different fingerprint) is replaced, as the question starts afresh. Every process
 * that saves progress adds its own attempts this way to what the file holds at that moment, so
 * two sessions answering at once add up instead of overwriting each other.
 *
 * @param entry - the question's progress so far, if any.
 * @param attempt - the new graded answer.
 * @returns the new progress of the question.
 * @example
 * ```ts
 * const next = applyAttempt(previous, { fingerprint, score: 1, response: ["A"], answeredAt });
 * next.attempts; // (previous?.attempts ?? 0) + 1
 * ```
 */
export function applyAttempt(
  entry: QuestionProgress | undefined,
  attempt: QuestionAttempt,
): QuestionProgress {
  const previous = entry?.fingerprint === attempt.fingerprint ? entry : undefined;
  const improved = previous === undefined || attempt.score > previous.bestScore;
  return {
    fingerprint: attempt.fingerprint,
    attempts: (previous?.attempts ?? 0) + 1,
    bestScore: improved ? attempt.score : previous.bestScore,
    lastScore: attempt.score,
    bestResponse: improved ? attempt.response : previous.bestResponse,
    lastResponse: attempt.response,
    answeredAt: attempt.answeredAt,
  };
}
