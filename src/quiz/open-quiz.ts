import * as path from "node:path";
import { initBackend } from "../backend";
import { loadQuizDefinition } from "./find-quiz";
import { defaultProgressDir, progressFilePath } from "./progress-store";
import type { QuizOutput } from "./quiz-output";
import { QuizSession, type QuizSessionOptions } from "./quiz-session";
import type { MultipleScoring, QuizDefinition } from "./quiz-types";

/** Options of {@link openQuiz}. */
export interface OpenQuizOptions {
  /**
   * Folder of progress files (`<quiz>.json` inside). Default: `SIAMESE_LAB_PROGRESS_DIR` if
   * set, else `~/.siamese-lab/progress`. `false` keeps progress in memory only.
   */
  readonly progressDir?: string | false;
  /** Scores every multiple-answer question this way (`"partial"` gives partial credit). */
  readonly multipleScoring?: MultipleScoring;
  /** Where questions and feedback go. Default: HTML in a tslab notebook, else standard output. */
  readonly output?: QuizOutput;
  /** Time limit per call of a code answer (a function or its source), in ms. Default 2000. */
  readonly codeTimeoutMs?: number;
  /** Do not show the introduction (title, restored progress); notices are still shown. */
  readonly quiet?: boolean;
  /** How to answer a question, shown under it (see `QuizSessionOptions.answerHint`). */
  readonly answerHint?: QuizSessionOptions["answerHint"];
}

/**
 * Opens a quiz for a learner: finds it (see `loadQuizDefinition`: `"study-questions"`,
 * `"01-architecture"`, `"architecture"`, `"1"`, or a quiz object), selects the TensorFlow.js
 * backend (numeric keys and code exercises call the library), restores saved progress and
 * shows a short introduction.
 *
 * Progress lives in `~/.siamese-lab/progress/<quiz>.json` unless `SIAMESE_LAB_PROGRESS_DIR`
 * or `options.progressDir` says otherwise; a corrupted file is kept aside and reported.
 *
 * @param quiz - the quiz's name, or a quiz built with `defineQuiz`.
 * @param options - progress folder, scoring, output.
 * @returns the {@link QuizSession}.
 * @throws Error when no quiz has that name.
 * @example
 * ```ts
 * const quiz = await openQuiz("study-questions");
 * quiz.show(6);
 * quiz.answer(6, ["A", "D"]);
 * quiz.summary();
 * ```
 */
export async function openQuiz(
  quiz: string | QuizDefinition,
  options: OpenQuizOptions = {},
): Promise<QuizSession> {
  await initBackend();
  const definition = typeof quiz === "string" ? loadQuizDefinition(quiz) : quiz;
  const dir = options.progressDir ?? defaultProgressDir();
  const session = new QuizSession(definition, {
    progressFile: dir === false ? false : progressFilePath(path.resolve(dir), definition.id),
    ...(options.multipleScoring === undefined ? {} : { multipleScoring: options.multipleScoring }),
    ...(options.output === undefined ? {} : { output: options.output }),
    ...(options.codeTimeoutMs === undefined ? {} : { codeTimeoutMs: options.codeTimeoutMs }),
    ...(options.answerHint === undefined ? {} : { answerHint: options.answerHint }),
  });
  if (options.quiet === true) session.showNotices();
  else session.intro();
  return session;
}
