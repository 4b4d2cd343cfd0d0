import { isStoredResponse, type StoredResponse } from "./stored-response";
import type { ParsedResponse } from "./parse-response";

/**
 * A learner's answers to one quiz, as a JSON file (what `quiz.saveAnswers` writes and
 * `npm run quiz -- grade` reads):
 *
 * ```json
 * { "quiz": "study-questions", "learner": "ada",
 *   "answers": { "1": "B", "6": ["A", "D"], "7": 0.25, "8": "(a, b) => ..." } }
 * ```
 *
 * Keys of `answers` are question numbers; values are option letters (a string or an array),
 * a number, or the JavaScript source of a function for a code exercise. Missing questions
 * are unanswered.
 */
export interface AnswersFile {
  /** The id of the quiz answered, for example `"study-questions"`. */
  readonly quiz: string;
  /** The learner's name; the grader uses the file name when absent. */
  readonly learner?: string;
  /** The answers, keyed by question number (`"1"`, `"2"`, ...). */
  readonly answers: Readonly<Record<string, StoredResponse>>;
}

/**
 * Reads the text of an answers file and checks its shape (not the answers themselves: an
 * answer a question cannot take is graded as wrong, with the reason, by the grader).
 *
 * @param text - the file's content.
 * @returns the answers, or the reason the file is malformed.
 * @example
 * ```ts
 * const parsed = parseAnswersFile(fs.readFileSync("answers.json", "utf8"));
 * if (!parsed.ok) console.error(parsed.message);
 * ```
 */
export function parseAnswersFile(text: string): ParsedResponse<AnswersFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, message: "the file must hold a JSON object { quiz, learner, answers }" };
  }
  const document = data as Record<string, unknown>;
  const unknownField = Object.keys(document).find(
    (k) => !["quiz", "learner", "answers"].includes(k),
  );
  if (unknownField !== undefined) {
    return {
      ok: false,
      message: `unknown field "${unknownField}" (expected quiz, learner, answers)`,
    };
  }
  const { quiz, learner, answers } = document;
  if (typeof quiz !== "string" || quiz.trim() === "") {
    return { ok: false, message: `"quiz" must be the quiz name, e.g. "study-questions"` };
  }
  if (learner !== undefined && typeof learner !== "string") {
    return { ok: false, message: `"learner" must be a string when given` };
  }
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return { ok: false, message: `"answers" must be an object keyed by question number` };
  }
  for (const [number, answer] of Object.entries(answers as Record<string, unknown>)) {
    if (!/^[1-9]\d*$/.test(number)) {
      return { ok: false, message: `answer key "${number}" is not a question number` };
    }
    if (!isStoredResponse(answer)) {
      return {
        ok: false,
        message: `the answer to question ${number} must be letters, a finite number or code text, got ${JSON.stringify(answer)}`,
      };
    }
  }
  return {
    ok: true,
    value: {
      quiz,
      ...(learner === undefined ? {} : { learner }),
      answers: answers as Record<string, StoredResponse>,
    },
  };
}
