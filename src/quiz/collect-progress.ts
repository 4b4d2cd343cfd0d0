import * as fs from "node:fs";
import * as path from "node:path";
import { listQuizzes, loadQuizDefinition } from "./find-quiz";
import { parseProgress, progressFilePath, type QuestionProgress } from "./progress-store";
import { questionFingerprint } from "./question-view";
import {
  questionLabel,
  questionStatus,
  type QuestionLabel,
  type QuestionStatus,
} from "./quiz-report";
import type { QuizDefinition } from "./quiz-types";
import { describeValue, invalidArgument } from "../validate";

/** Where progress lives inside a learner's home folder (the default of `defaultProgressDir`). */
export const PROGRESS_SUBFOLDER = path.join(".siamese-lab", "progress");

/** One learner's standing on one question. */
export interface ProgressRow {
  /** The learner: the name of their home folder (their user name on the server). */
  readonly learner: string;
  /** The quiz's id. */
  readonly quiz: string;
  /** The question's number, from 1. */
  readonly question: number;
  /** The question's kind as learners read it. */
  readonly label: QuestionLabel;
  /** Points earned: the best of the learner's attempts (0 when unanswered). */
  readonly score: number;
  /** Points available. */
  readonly points: number;
  /** Graded attempts (answers that could not be read do not count). */
  readonly attempts: number;
  /** Full points, some, none, or not answered. */
  readonly status: QuestionStatus;
  /** ISO time of the last graded answer, or `""` when unanswered. */
  readonly answeredAt: string;
}

/** A learner whose progress could not be read, or a damaged progress file. */
export interface CollectProblem {
  /** The learner it concerns. */
  readonly learner: string;
  /** The file or folder that could not be read. */
  readonly file: string;
  /** Why, for the instructor. */
  readonly message: string;
}

/** What {@link collectProgress} found. */
export interface CollectedProgress {
  /** Learners found (home folders holding siamese-lab progress), sorted. */
  readonly learners: readonly string[];
  /** One row per learner, quiz and question, in that order. */
  readonly rows: readonly ProgressRow[];
  /** What could not be read; those learners' quizzes are left out of `rows`. */
  readonly problems: readonly CollectProblem[];
}

/** Options of {@link collectProgress}. */
export interface CollectProgressOptions {
  /** The quizzes to report (default: every course quiz, `listQuizzes()`). */
  readonly quizzes?: readonly QuizDefinition[];
}

/**
 * Gathers every learner's quiz progress on a shared server, read-only: each folder of `homes`
 * holds one home folder per learner (`/home` holds `/home/ada`, ...), and a learner is a home
 * folder with a `.siamese-lab/` folder in it (made by the classroom's first start, or by the
 * first saved answer). Each learner gets one row per question of every quiz, answered or not,
 * scored as the learner sees it: the best attempt counts, and an answer to a question whose
 * text has changed since is dropped. Progress files are private to their learner, so run
 * this as root (the instructor) on a server.
 *
 * @param homes - folders holding learners' home folders.
 * @param options - the quizzes to report.
 * @returns learners, rows, and what could not be read (a damaged file, a home folder the
 *   caller may not read).
 * @throws Error when `homes` is not a non-empty list of paths, or a folder of it cannot be
 *   listed.
 * @example
 * ```ts
 * const { rows, problems } = collectProgress(["/home"]);
 * fs.writeFileSync("grades.csv", progressRowsToCsv(rows), { mode: 0o600 });
 * ```
 */
export function collectProgress(
  homes: readonly string[],
  options: CollectProgressOptions = {},
): CollectedProgress {
  if (
    !Array.isArray(homes) ||
    homes.length === 0 ||
    !homes.every((h) => typeof h === "string" && h.trim() !== "")
  ) {
    throw invalidArgument(
      "collectProgress",
      "homes",
      "a non-empty list of folder paths",
      describeValue(homes),
    );
  }
  const quizzes = options.quizzes ?? listQuizzes().map((id) => loadQuizDefinition(id));
  const found = new Map<string, string>();
  const problems: CollectProblem[] = [];
  for (const folder of homes as readonly string[]) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      throw new Error(
        `collectProgress: cannot list the home folders in ${folder}: ${(error as Error).message}`,
      );
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const home = path.join(folder, entry.name);
      // A learner has a .siamese-lab folder; other homes (the instructor's, ...) are skipped.
      const marker = path.join(home, ".siamese-lab");
      try {
        fs.statSync(marker);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        problems.push({ learner: entry.name, file: marker, message: unreadable(error) });
        continue;
      }
      if (!found.has(entry.name)) found.set(entry.name, home);
    }
  }
  const learners = [...found.keys()].sort();
  const rows: ProgressRow[] = [];
  for (const learner of learners) {
    const progressDir = path.join(found.get(learner) as string, PROGRESS_SUBFOLDER);
    for (const quiz of quizzes) {
      const file = progressFilePath(progressDir, quiz.id);
      const saved = readSavedProgress(file, quiz.id);
      if (typeof saved === "string") {
        problems.push({ learner, file, message: saved });
        continue;
      }
      quiz.questions.forEach((question, index) => {
        const entry = saved[String(index + 1)];
        const current = entry !== undefined && entry.fingerprint === questionFingerprint(question);
        const score = current ? entry.bestScore : 0;
        rows.push({
          learner,
          quiz: quiz.id,
          question: index + 1,
          label: questionLabel(question),
          score,
          points: question.points,
          attempts: current ? entry.attempts : 0,
          status: questionStatus(score, question.points, current),
          answeredAt: current ? entry.answeredAt : "",
        });
      });
    }
  }
  return { learners, rows, problems };
}

/** The saved entries of one quiz (none when there is no file), or why they cannot be read. */
function readSavedProgress(
  file: string,
  quizId: string,
): Readonly<Record<string, QuestionProgress>> | string {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    return unreadable(error);
  }
  const parsed = parseProgress(text, quizId);
  return parsed.ok ? parsed.progress.questions : `damaged: ${parsed.problem}`;
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") {
    return "permission denied: progress is private to each learner; collect as root (sudo)";
  }
  return `cannot be read: ${(error as Error).message}`;
}
