import { optionLetters } from "./option-letters";
import type { ChoiceQuestion } from "./quiz-types";

/** The result of reading a learner's answer: the normalised value, or why it is not valid. */
export type ParsedResponse<T> =
  | {
      /** The answer was readable. */
      readonly ok: true;
      /** The answer, normalised (letters upper-case and sorted, numbers parsed). */
      readonly value: T;
    }
  | {
      /** The answer was not readable. */
      readonly ok: false;
      /** Why, in a sentence the learner can act on. */
      readonly message: string;
    };

/**
 * Reads the option letters of an answer to a choice question. Accepts `"B"`, `"b"`,
 * `["A", "D"]`, `"A, D"`, `"A D"` or `"AD"`. Rejects, with a sentence a learner can act on:
 * no letter, a letter without an option, a letter given twice, several letters for a
 * single-choice question, and anything that is not letters.
 *
 * @param question - the question answered.
 * @param response - what the learner gave.
 * @returns the letters, upper-case, in option order; or the message.
 * @example
 * ```ts
 * parseChoiceResponse(question, "d, a"); // { ok: true, value: ["A", "D"] }
 * parseChoiceResponse(question, ["E"]);  // { ok: false, message: "E is not an option; ..." }
 * ```
 */
export function parseChoiceResponse(
  question: ChoiceQuestion,
  response: unknown,
): ParsedResponse<string[]> {
  const letters = optionLetters(question.options.length);
  const range = `${letters[0]} to ${letters[letters.length - 1]}`;
  const example =
    question.select === "one" ? "one option letter" : `one or more option letters, e.g. ["A", "B"]`;
  let tokens: string[];
  if (typeof response === "string") {
    tokens = [];
    for (const word of response.split(/[\s,;]+/).filter((w) => w !== "")) {
      const bare = word.replace(/[().]/g, "");
      if (!/^[A-Za-z]+$/.test(bare)) {
        return { ok: false, message: `"${word}" is not an option letter; answer with ${example}.` };
      }
      tokens.push(...bare.split(""));
    }
  } else if (Array.isArray(response)) {
    tokens = [];
    for (const item of response as unknown[]) {
      if (typeof item !== "string" || !/^\s*[A-Za-z]\s*$/.test(item)) {
        return {
          ok: false,
          message: `each item must be one option letter, got ${JSON.stringify(item) ?? String(item)}; answer with ${example}.`,
        };
      }
      tokens.push(item.trim());
    }
  } else {
    return {
      ok: false,
      message: `this question takes option letters (${range}), got ${typeof response}; answer with ${example}.`,
    };
  }
  const upper = tokens.map((t) => t.toUpperCase());
  if (upper.length === 0) {
    return { ok: false, message: `no option chosen; answer with ${example}.` };
  }
  const outside = upper.find((l) => !letters.includes(l));
  if (outside !== undefined) {
    return { ok: false, message: `${outside} is not an option; choose from ${range}.` };
  }
  const twice = upper.find((l, i) => upper.indexOf(l) !== i);
  if (twice !== undefined) {
    return { ok: false, message: `${twice} is given twice; give each letter once.` };
  }
  if (question.select === "one" && upper.length > 1) {
    return {
      ok: false,
      message: `this question has exactly one answer, got ${upper.length} letters (${upper.join(", ")}).`,
    };
  }
  return { ok: true, value: upper.sort() };
}

/**
 * Reads a numeric answer: a finite number, or a string holding one in decimal or exponent
 * notation (`"0.25"`, `"-1e-3"`). Infinity and NaN, given as numbers or as text too large for
 * a number (`"1e999"`), are refused with a message (the answer is then not an attempt): no
 * key is infinite, and a progress file could not store them. `-0` reads as `0`.
 *
 * @param response - what the learner gave.
 * @returns the number, or the message saying why it is not one.
 * @example
 * ```ts
 * parseNumericResponse(" 0.5 "); // { ok: true, value: 0.5 }
 * parseNumericResponse("1e999"); // { ok: false, message: "\"1e999\" is too large: ..." }
 * ```
 */
export function parseNumericResponse(response: unknown): ParsedResponse<number> {
  if (typeof response === "number") {
    return Number.isFinite(response)
      ? { ok: true, value: response === 0 ? 0 : response }
      : { ok: false, message: `the answer must be a finite number, got ${response}.` };
  }
  if (typeof response === "string") {
    const text = response.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) {
      const value = Number(text);
      if (!Number.isFinite(value)) {
        return {
          ok: false,
          message: `"${text}" is too large to be a number (it reads as ${value}); answer with a finite number like 0.25.`,
        };
      }
      return { ok: true, value: value === 0 ? 0 : value };
    }
    return {
      ok: false,
      message:
        text === ""
          ? "no number given; answer like 0.25."
          : `"${text.length > 40 ? `${text.slice(0, 37)}...` : text}" is not a number; answer like 0.25.`,
    };
  }
  return { ok: false, message: `this question takes a number, got ${typeof response}.` };
}
