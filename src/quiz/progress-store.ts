import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { StoredResponse } from "./grade-question";
import { writeFileAtomicSync } from "../io/write-file-atomic-sync";

/** One question's saved progress. */
export interface QuestionProgress {
  /** Hash of the question's text when it was answered: a changed question starts afresh. */
  readonly fingerprint: string;
  /** Graded answers (invalid ones are not counted). */
  readonly attempts: number;
  /** The best score over the attempts: this is what the question counts for. */
  readonly bestScore: number;
  /** The score of the most recent graded answer. */
  readonly lastScore: number;
  /** The answer that earned {@link QuestionProgress.bestScore} (the first such one). */
  readonly bestResponse: StoredResponse;
  /** The most recent graded answer. */
  readonly lastResponse: StoredResponse;
  /** ISO time of the last graded answer. */
  readonly answeredAt: string;
}

/** A quiz's saved progress, keyed by question number ("1", "2", ...). */
export interface QuizProgress {
  /** The quiz's id. */
  readonly quiz: string;
  /** Progress of each answered question, keyed by its number; unanswered ones are absent. */
  readonly questions: Readonly<Record<string, QuestionProgress>>;
}

/** What {@link loadProgress} found. */
export interface LoadedProgress {
  /** The saved progress; empty when there was no file or it was set aside. */
  readonly progress: QuizProgress;
  /** What the learner should be told (a corrupted file set aside). */
  readonly notices: readonly string[];
  /** Where a corrupted file was moved, if one was. */
  readonly backup?: string;
}

const FORMAT = "siamese-lab quiz progress";
/** Progress files and the folders made for them are readable by their owner only. */
const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;

/**
 * The folder progress files live in: `SIAMESE_LAB_PROGRESS_DIR` when set, else
 * `~/.siamese-lab/progress`.
 *
 * @param env - the environment to read (default `process.env`).
 * @returns an absolute folder path.
 * @example
 * ```ts
 * defaultProgressDir(); // "/home/ada/.siamese-lab/progress"
 * ```
 */
export function defaultProgressDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env["SIAMESE_LAB_PROGRESS_DIR"]?.trim();
  if (configured !== undefined && configured !== "") return path.resolve(configured);
  return path.join(os.homedir(), ".siamese-lab", "progress");
}

/**
 * The progress file of a quiz: `<dir>/<quizId>.json`.
 *
 * @param dir - the progress folder.
 * @param quizId - the quiz's id.
 * @returns the file path.
 * @example
 * ```ts
 * progressFilePath(defaultProgressDir(), "study-questions");
 * ```
 */
export function progressFilePath(dir: string, quizId: string): string {
  return path.join(dir, `${quizId}.json`);
}

/**
 * Reads a quiz's progress. A missing file is an empty progress. A file that cannot be read
 * as progress (cut short by a crash of some other writer, edited by hand, another quiz's) is
 * never fatal: it is renamed to `<quiz>.corrupt-<time>.json` next to the original, a notice
 * says so, and the progress starts empty.
 *
 * @param file - the progress file.
 * @param quizId - the quiz the file must belong to.
 * @returns the progress, notices, and the backup path if one was made.
 * @example
 * ```ts
 * const { progress, notices } = loadProgress(file, "study-questions");
 * ```
 */
export function loadProgress(file: string, quizId: string): LoadedProgress {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { progress: { quiz: quizId, questions: {} }, notices: [] };
    }
    throw error;
  }
  const problem = readProgress(text, quizId);
  if (typeof problem !== "string") return { progress: problem, notices: [] };
  const backup = backupPath(file);
  fs.renameSync(file, backup);
  return {
    progress: { quiz: quizId, questions: {} },
    notices: [
      `Your saved progress for "${quizId}" could not be read (${problem}). ` +
        `The file was kept as ${backup}; the quiz starts afresh.`,
    ],
    backup,
  };
}

/**
 * Saves a quiz's progress atomically (temporary file, then rename): a crash mid-write leaves
 * the previous progress intact. The file is private to its owner (mode `0o600`), and folders
 * this creates are too (`0o700`): on a shared server (a class on one JupyterHub) learners
 * cannot read each other's answers, while the instructor (root) collects them all.
 *
 * @param file - the progress file.
 * @param progress - the progress to save.
 * @example
 * ```ts
 * saveProgress(file, { quiz: "study-questions", questions: {} });
 * ```
 */
export function saveProgress(file: string, progress: QuizProgress): void {
  const document = {
    format: FORMAT,
    version: 1,
    quiz: progress.quiz,
    savedAt: new Date().toISOString(),
    questions: progress.questions,
  };
  writeFileAtomicSync(file, `${JSON.stringify(document, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
    folderMode: PRIVATE_FOLDER_MODE,
  });
}

/** What {@link parseProgress} made of a progress file's text. */
export type ParsedProgress =
  | {
      /** The text is a progress file of the quiz. */
      readonly ok: true;
      /** What it holds. */
      readonly progress: QuizProgress;
    }
  | {
      /** The text is not a progress file of the quiz. */
      readonly ok: false;
      /** Why not, for a person to read. */
      readonly problem: string;
    };

/**
 * Reads the text of a progress file without touching the file (what an instructor's tools
 * need; {@link loadProgress} sets a damaged file aside instead).
 *
 * @param text - the file's content.
 * @param quizId - the quiz the file must belong to.
 * @returns the progress, or why the text is not a progress file of that quiz.
 * @example
 * ```ts
 * const parsed = parseProgress(fs.readFileSync(file, "utf8"), "study-questions");
 * if (!parsed.ok) console.error(parsed.problem);
 * ```
 */
export function parseProgress(text: string, quizId: string): ParsedProgress {
  const read = readProgress(text, quizId);
  return typeof read === "string" ? { ok: false, problem: read } : { ok: true, progress: read };
}

function readProgress(text: string, quizId: string): QuizProgress | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${(error as Error).message}`;
  }
  if (typeof data !== "object" || data === null) return "not a JSON object";
  const document = data as Record<string, unknown>;
  if (document["format"] !== FORMAT || document["version"] !== 1) {
    return "not a siamese-lab progress file of version 1";
  }
  if (document["quiz"] !== quizId) {
    return `it belongs to quiz ${JSON.stringify(document["quiz"])}`;
  }
  const questions = document["questions"];
  if (typeof questions !== "object" || questions === null || Array.isArray(questions)) {
    return "'questions' is not an object";
  }
  for (const [number, entry] of Object.entries(questions as Record<string, unknown>)) {
    if (!/^[1-9]\d*$/.test(number) || !isQuestionProgress(entry)) {
      return `the entry of question ${number} is damaged`;
    }
  }
  return { quiz: quizId, questions: questions as Record<string, QuestionProgress> };
}

function isQuestionProgress(entry: unknown): entry is QuestionProgress {
  if (typeof entry !== "object" || entry === null) return false;
  const e = entry as Record<string, unknown>;
  const count = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v >= 0;
  const score = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v) && v >= 0;
  const storable = (r: unknown): boolean =>
    typeof r === "string" ||
    (typeof r === "number" && Number.isFinite(r)) ||
    (Array.isArray(r) && r.every((l) => typeof l === "string"));
  return (
    typeof e["fingerprint"] === "string" &&
    count(e["attempts"]) &&
    score(e["bestScore"]) &&
    score(e["lastScore"]) &&
    typeof e["answeredAt"] === "string" &&
    storable(e["bestResponse"]) &&
    storable(e["lastResponse"])
  );
}

function backupPath(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const base = file.replace(/\.json$/, "");
  let candidate = `${base}.corrupt-${stamp}.json`;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${base}.corrupt-${stamp}-${n}.json`;
  return candidate;
}
