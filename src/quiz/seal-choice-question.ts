import { deriveSalt, hashAnswerKey } from "./answer-key-hash";
import { optionLetter, optionLetters } from "./option-letters";
import type { ChoiceQuestion, ChoiceSelect, MultipleScoring } from "./quiz-types";
import { openFeedback, sealFeedback } from "./sealed-feedback";
import { invalidArgument, describeValue } from "../validate";

/** A choice question in plain text, as an author writes it (never shipped to learners). */
export interface PlainChoiceQuestion {
  /** The question text, shown as plain text; it also seeds the question's salt. */
  readonly stem: string;
  /** The option texts, 2 to 26, shown with the letters A, B, C, ... */
  readonly options: readonly string[];
  /** Letters of the correct options. */
  readonly correct: readonly string[];
  /** One explanation per option, in option order. */
  readonly explanations: readonly string[];
  /** Defaults to `"one"` when one option is correct, else `"many"`. */
  readonly select?: ChoiceSelect;
  /** Defaults to `"all-or-nothing"`. */
  readonly scoring?: MultipleScoring;
  /** Defaults to 1. */
  readonly points?: number;
}

/** What {@link unsealChoiceQuestion} recovers from a sealed question. */
export interface UnsealedChoiceKey {
  /** Letters of the correct options, sorted. */
  readonly correct: readonly string[];
  /** One explanation per option, in option order. */
  readonly explanations: readonly string[];
}

/**
 * Turns an author's plain question into the form stored in a quiz file: the key becomes a
 * salted hash and every option's `{ correct, explanation }` is sealed, all options padded to
 * the same length. Sealing is deterministic (the salt comes from the quiz id and the stem).
 *
 * @param quizId - id of the quiz the question belongs to.
 * @param plain - the question with its key and explanations.
 * @returns the sealed {@link ChoiceQuestion}.
 * @throws Error when the key names a letter without an option, is empty, or has several
 *   letters for a `"one"` question, or when the explanations do not match the options.
 * @example
 * ```ts
 * const q = sealChoiceQuestion("demo", {
 *   stem: "2 + 2 = ?", options: ["3", "4"], correct: ["B"],
 *   explanations: ["One short.", "Yes."],
 * });
 * ```
 */
export function sealChoiceQuestion(quizId: string, plain: PlainChoiceQuestion): ChoiceQuestion {
  const fn = "sealChoiceQuestion";
  if (plain.options.length < 2 || plain.options.length > 26) {
    throw invalidArgument(fn, "options", "2 to 26 options", `${plain.options.length}`);
  }
  const letters = optionLetters(plain.options.length);
  if (plain.explanations.length !== plain.options.length) {
    throw invalidArgument(
      fn,
      "explanations",
      `one per option (${plain.options.length})`,
      `${plain.explanations.length}`,
    );
  }
  const correct = [...new Set(plain.correct.map((l) => l.toUpperCase()))].sort();
  if (correct.length === 0 || correct.some((l) => !letters.includes(l))) {
    throw invalidArgument(
      fn,
      "correct",
      `a non-empty set of letters from ${letters.join(", ")}`,
      describeValue(plain.correct.join(",")),
    );
  }
  const select = plain.select ?? (correct.length === 1 ? "one" : "many");
  if (select === "one" && correct.length !== 1) {
    throw invalidArgument(fn, "correct", "one letter for a 'one' question", correct.join(","));
  }
  const salt = deriveSalt(quizId, plain.stem);
  const payloads = plain.explanations.map((explanation, i) => ({
    correct: correct.includes(optionLetter(i)),
    explanation,
  }));
  const longest = Math.max(...payloads.map((p) => Buffer.byteLength(JSON.stringify(p), "utf8")));
  const padTo = Math.ceil((longest + 1) / 16) * 16;
  return {
    kind: "choice",
    stem: plain.stem,
    options: [...plain.options],
    select,
    scoring: plain.scoring ?? "all-or-nothing",
    points: plain.points ?? 1,
    salt,
    keyHash: hashAnswerKey(salt, correct),
    feedback: payloads.map((p, i) => sealFeedback(salt, optionLetter(i), p, padTo)),
  };
}

/**
 * Opens every option of a sealed question: the grader uses it for per-option feedback and
 * partial credit, authors and tests to check a quiz file against its source.
 *
 * @param question - a sealed choice question.
 * @returns the correct letters and the explanations.
 * @throws Error when an option's feedback does not open, or the letters it marks correct do
 *   not hash to the question's `keyHash` (the file was damaged or edited by hand).
 * @example
 * ```ts
 * unsealChoiceQuestion(question).correct; // ["A", "D"]
 * ```
 */
export function unsealChoiceQuestion(question: ChoiceQuestion): UnsealedChoiceKey {
  const opened = question.feedback.map((sealed, i) =>
    openFeedback(question.salt, optionLetter(i), sealed),
  );
  const correct = opened.flatMap((f, i) => (f.correct ? [optionLetter(i)] : []));
  if (hashAnswerKey(question.salt, correct) !== question.keyHash) {
    throw new Error(
      `unsealChoiceQuestion: the options marked correct do not match the answer key hash of "${question.stem}"`,
    );
  }
  return { correct, explanations: opened.map((f) => f.explanation) };
}
