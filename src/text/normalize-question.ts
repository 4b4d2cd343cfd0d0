import { describeValue, invalidArgument } from "../validate";

/**
 * The form under which two questions count as the same text: NFKC, lower-cased, punctuation
 * and symbols removed (not replaced, so "what's" and "whats" meet), whitespace collapsed.
 * The corpus build rejects two questions with the same normalised text, and the split checks
 * use it to make sure no question text is in two splits.
 *
 * @param text - a question.
 * @returns the normalised text, e.g. `"whats the time"` for `"What's the   time?"`.
 * @throws Error when `text` is not a string.
 * @example
 * ```ts
 * normalizeQuestion("What's the time?") === normalizeQuestion("whats the time"); // true
 * ```
 */
export function normalizeQuestion(text: string): string {
  if (typeof text !== "string") {
    throw invalidArgument("normalizeQuestion", "text", "a string", describeValue(text));
  }
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
