import { createHash } from "node:crypto";

/**
 * The salted hash that stands for a choice question's answer key in a quiz file:
 * `sha256("siamese-lab quiz key v1" \0 salt \0 "A,D")` in hex, over the sorted, de-duplicated
 * upper-case letters.
 *
 * The salt makes equal keys of different questions hash differently, so a reader cannot spot
 * "same answer as question 3". With four options there are only 15 possible keys, so anyone
 * who runs code can find the key by trying them all: the hash keeps answers out of plain
 * sight, it does not protect them (see `quizzes/README.md`, "How answers are stored").
 *
 * @param salt - the question's salt.
 * @param letters - the correct option letters, in any order.
 * @returns 64 hex characters.
 * @example
 * ```ts
 * hashAnswerKey("3f1c", ["D", "A"]) === hashAnswerKey("3f1c", ["A", "D"]); // true
 * ```
 */
export function hashAnswerKey(salt: string, letters: readonly string[]): string {
  const key = [...new Set(letters.map((l) => l.toUpperCase()))].sort().join(",");
  return createHash("sha256").update(`siamese-lab quiz key v1\0${salt}\0${key}`).digest("hex");
}

/**
 * A question's salt, derived from the quiz id and the stem so that sealing is reproducible
 * (sealing the same question twice gives the same file).
 *
 * @param quizId - the quiz's id.
 * @param stem - the question's text.
 * @returns 16 hex characters.
 * @example
 * ```ts
 * deriveSalt("study-questions", "What is the primary purpose of a Siamese Network?");
 * ```
 */
export function deriveSalt(quizId: string, stem: string): string {
  return createHash("sha256")
    .update(`siamese-lab quiz salt v1\0${quizId}\0${stem}`)
    .digest("hex")
    .slice(0, 16);
}
