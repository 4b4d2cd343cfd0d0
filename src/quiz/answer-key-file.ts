import { optionLetters } from "./option-letters";
import type { ChoiceQuestion, ChoiceSelect, MultipleScoring } from "./quiz-types";
import type { PlainChoiceQuestion } from "./seal-choice-question";

/** One question of an answer key file: a plain choice question and its number in the quiz. */
export interface AnswerKeyQuestion extends PlainChoiceQuestion {
  /** The question's number in the quiz, from 1. */
  readonly number: number;
}

/** An author's answer key file: the choice questions of one quiz in plain text. */
export interface AnswerKeyFile {
  /** The id of the quiz the questions belong to. */
  readonly quiz: string;
  /** The choice questions, with their numbers. */
  readonly questions: readonly AnswerKeyQuestion[];
}

/**
 * Reads an answer key file, the plain-text source of a quiz's choice questions that authors
 * keep out of the learner-facing quiz module (the course's copies are the test fixtures in
 * `test/fixtures/quiz-keys/`):
 *
 * ```json
 * { "quiz": "study-questions",
 *   "questions": [{ "number": 1, "stem": "...", "options": { "A": "...", "B": "..." },
 *                   "correct": ["B"], "explanations": { "A": "...", "B": "..." } }] }
 * ```
 *
 * Optional per question: `"select": "one" | "many"`, `"scoring"`, `"points"`.
 *
 * @param text - the JSON text.
 * @returns the questions with options and explanations as arrays in letter order.
 * @throws Error saying which question and field is wrong.
 * @example
 * ```ts
 * const key = parseAnswerKeyFile(fs.readFileSync("study-questions.json", "utf8"));
 * ```
 */
export function parseAnswerKeyFile(text: string): AnswerKeyFile {
  const fail = (why: string): Error => new Error(`parseAnswerKeyFile: ${why}`);
  const data = JSON.parse(text) as { quiz?: unknown; questions?: unknown };
  if (typeof data.quiz !== "string") throw fail(`"quiz" must be the quiz id`);
  if (!Array.isArray(data.questions)) throw fail(`"questions" must be an array`);
  const questions = (data.questions as Record<string, unknown>[]).map((q, i): AnswerKeyQuestion => {
    const where = `question at index ${i}`;
    const number = q["number"];
    if (typeof number !== "number" || !Number.isInteger(number) || number < 1) {
      throw fail(`${where}: "number" must be a positive integer`);
    }
    const record = (field: string): string[] => {
      const value = q[field];
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw fail(`question ${number}: "${field}" must be an object keyed by letter`);
      }
      const entries = value as Record<string, unknown>;
      const letters = optionLetters(Object.keys(entries).length);
      return letters.map((letter) => {
        const text = entries[letter];
        if (typeof text !== "string") {
          throw fail(`question ${number}: "${field}" must have letters ${letters.join(", ")}`);
        }
        return text;
      });
    };
    const correct = q["correct"];
    if (typeof q["stem"] !== "string") throw fail(`question ${number}: "stem" must be a string`);
    if (!Array.isArray(correct) || !correct.every((l) => typeof l === "string")) {
      throw fail(`question ${number}: "correct" must be an array of letters`);
    }
    const select = q["select"] as unknown;
    const scoring = q["scoring"] as unknown;
    const points = q["points"];
    return {
      number,
      stem: q["stem"],
      options: record("options"),
      correct: correct as string[],
      explanations: record("explanations"),
      ...(select === "one" || select === "many" ? { select: select as ChoiceSelect } : {}),
      ...(scoring === "all-or-nothing" || scoring === "partial"
        ? { scoring: scoring as MultipleScoring }
        : {}),
      ...(typeof points === "number" ? { points } : {}),
    };
  });
  return { quiz: data.quiz, questions };
}

/**
 * The TypeScript source of a sealed question, as a `choiceQuestion({...})` call to paste into
 * a quiz module (what `npm run quiz -- seal <key file>` prints).
 *
 * @param question - the sealed question.
 * @param number - its number in the quiz (written as a comment).
 * @returns the source text, indented by two spaces, ending with `,`.
 * @example
 * ```ts
 * sealedQuestionSource(sealChoiceQuestion("demo", plain), 1);
 * ```
 */
export function sealedQuestionSource(question: ChoiceQuestion, number: number): string {
  const s = (text: string): string => JSON.stringify(text);
  const list = (items: readonly string[]): string =>
    `[\n${items.map((item) => `      ${s(item)},`).join("\n")}\n    ]`;
  const lines = [
    `  // Question ${number}`,
    `  choiceQuestion({`,
    `    stem: ${s(question.stem)},`,
    `    options: ${list(question.options)},`,
    `    select: ${s(question.select)},`,
    ...(question.scoring === "all-or-nothing" ? [] : [`    scoring: ${s(question.scoring)},`]),
    ...(question.points === 1 ? [] : [`    points: ${question.points},`]),
    `    salt: ${s(question.salt)},`,
    `    keyHash: ${s(question.keyHash)},`,
    `    feedback: ${list(question.feedback)},`,
    `  }),`,
  ];
  return lines.join("\n");
}
