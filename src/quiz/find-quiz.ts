import * as fs from "node:fs";
import * as path from "node:path";
import type { QuizDefinition } from "./quiz-types";

/**
 * The folder the course's quizzes are in: `quizzes/` at the top of a checkout when running
 * from the TypeScript sources, `dist/quizzes/` when running the built package.
 *
 * @returns an absolute path.
 * @example
 * ```ts
 * quizzesFolder(); // ".../siamese-lab/dist/quizzes"
 * ```
 */
export function quizzesFolder(): string {
  return path.resolve(__dirname, "..", "..", "quizzes");
}

/**
 * The ids of the course's quizzes, sorted (`01-architecture`, ..., `study-questions`).
 *
 * @returns quiz ids.
 * @example
 * ```ts
 * listQuizzes(); // ["01-architecture", ..., "06-threshold-testing", "study-questions"]
 * ```
 */
export function listQuizzes(): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(quizzesFolder());
  } catch {
    return [];
  }
  const ids = names.flatMap((name) => {
    const match = /^([a-z0-9][a-z0-9-]*)\.(ts|js)$/.exec(name);
    return match?.[1] === undefined ? [] : [match[1]];
  });
  return [...new Set(ids)].sort();
}

/**
 * Finds a quiz by name: its id (`"02-triplet-loss"`), its id without the number
 * (`"triplet-loss"`), its number (`"2"`), or a path to a module exporting `quiz`
 * (`"./my-quiz.js"`).
 *
 * @param name - what to look for.
 * @returns the quiz, checked by `defineQuiz`.
 * @throws Error listing the available quizzes when none matches, or when the module does not
 *   export a quiz with its file's id.
 * @example
 * ```ts
 * loadQuizDefinition("triplet-loss").id; // "02-triplet-loss"
 * ```
 */
export function loadQuizDefinition(name: string): QuizDefinition {
  if (/[\\/]/.test(name) || /\.(ts|js|cjs)$/.test(name)) {
    return requireQuiz(path.resolve(name), undefined);
  }
  const available = listQuizzes();
  const wanted = name.trim().toLowerCase();
  const id =
    available.find((q) => q === wanted) ??
    available.find((q) => q.replace(/^\d+-/, "") === wanted) ??
    (/^\d+$/.test(wanted)
      ? available.find((q) => q.startsWith(`${wanted.padStart(2, "0")}-`))
      : undefined);
  if (id === undefined) {
    throw new Error(
      `loadQuizDefinition: no quiz called "${name}"; available: ${available.join(", ") || "none"}`,
    );
  }
  return requireQuiz(path.join(quizzesFolder(), id), id);
}

function requireQuiz(modulePath: string, id: string | undefined): QuizDefinition {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(modulePath) as { quiz?: QuizDefinition };
  const quiz = loaded.quiz;
  if (typeof quiz !== "object" || quiz === null || !Array.isArray(quiz.questions)) {
    throw new Error(
      `loadQuizDefinition: ${modulePath} does not export a quiz (export const quiz = defineQuiz(...))`,
    );
  }
  if (id !== undefined && quiz.id !== id) {
    throw new Error(
      `loadQuizDefinition: ${modulePath} exports quiz "${quiz.id}"; its id must be its file name "${id}"`,
    );
  }
  return quiz;
}
