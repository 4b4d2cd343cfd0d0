import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { withFileLockSync } from "../io/file-lock";
import { removeStaleStaging } from "../io/staging-entries";
import { writeFileAtomicSync } from "../io/write-file-atomic-sync";
import { describeValue, invalidArgument } from "../validate/validation-error";
import { isStoredResponse, type StoredResponse } from "./stored-response";

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

/** What {@link loadProgress} (or {@link updateProgress}) found. */
export interface LoadedProgress {
  /** The saved progress; empty when there was no file or it was set aside. */
  readonly progress: QuizProgress;
  /** What the learner should be told (a corrupted file set aside, damaged entries dropped). */
  readonly notices: readonly string[];
  /** Where a copy of a corrupted or partly damaged file was kept, if one was. */
  readonly backup?: string;
}

const FORMAT = "siamese-lab quiz progress";
/** Progress files and the folders made for them are readable by their owner only. */
const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;
/** Lock options: a lock taken before the first save creates the progress folder, privately. */
const PRIVATE_LOCK = { folderMode: PRIVATE_FOLDER_MODE } as const;

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
 * as progress at all (cut short by a crash of some other writer, edited by hand, another
 * quiz's) is never fatal: it is renamed to `<quiz>.corrupt-<time>.json` next to the original,
 * a notice says so, and the progress starts empty. A file with some damaged entries keeps the
 * others: a copy of it goes to the same kind of backup, the damaged entries are dropped from
 * the file, and a notice names them. Staging files that a killed writer left are removed.
 *
 * Reading takes the file's lock (see `withFileLockSync`), so it never races a writer of
 * another process that is setting the same file aside or repairing it. In a folder that
 * cannot be written (no lock can be taken there), the file is only read: nothing is set aside.
 *
 * @param file - the progress file.
 * @param quizId - the quiz the file must belong to.
 * @returns the progress, notices, and the backup path if one was made.
 * @throws Error when the file exists but cannot be read (permissions), or its lock cannot be
 *   taken.
 * @example
 * ```ts
 * const { progress, notices } = loadProgress(file, "study-questions");
 * ```
 */
export function loadProgress(file: string, quizId: string): LoadedProgress {
  // No folder, no progress: opening a quiz must not create folders (saving does).
  if (!fs.existsSync(path.dirname(path.resolve(file)))) {
    return { progress: { quiz: quizId, questions: {} }, notices: [] };
  }
  try {
    return withFileLockSync(file, () => loadLocked(file, quizId), PRIVATE_LOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EACCES" && code !== "EPERM" && code !== "EROFS") throw error;
    return loadReadOnly(file, quizId);
  }
}

/**
 * Reads progress from a folder that cannot be written (no lock can be taken there, and
 * nothing can be set aside or repaired): what can be read is restored, the rest reported.
 */
function loadReadOnly(file: string, quizId: string): LoadedProgress {
  const empty: QuizProgress = { quiz: quizId, questions: {} };
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { progress: empty, notices: [] };
    throw error;
  }
  const read = readProgress(text, quizId);
  if (typeof read === "string") {
    return {
      progress: empty,
      notices: [
        `Your saved progress for "${quizId}" could not be read (${read}); its folder cannot be written, so the file is left as it is and the quiz starts afresh.`,
      ],
    };
  }
  return {
    progress: read.progress,
    notices:
      read.damaged.length === 0
        ? []
        : [
            `The saved progress of question${read.damaged.length === 1 ? "" : "s"} ${read.damaged.join(", ")} in "${quizId}" could not be read; your other answers are kept.`,
          ],
  };
}

/**
 * Changes a quiz's saved progress as one step that no other process can interleave with:
 * under the file's lock, reads what the file holds now (as {@link loadProgress} does), lets
 * `change` compute the new progress from it, and saves that atomically. Sessions of the same
 * quiz in several processes (a notebook and a terminal) add their answers this way, so none
 * is lost whatever the timing.
 *
 * @param file - the progress file.
 * @param quizId - the quiz the file belongs to.
 * @param change - computes the new progress from the current one (must not throw for
 *   ordinary progress).
 * @returns the progress as saved, with the notices of reading the previous one.
 * @throws Error when the new progress holds a value the file cannot store (see
 *   {@link saveProgress}) or the file cannot be written; the file is then unchanged.
 * @example
 * ```ts
 * updateProgress(file, "demo", (current) => ({
 *   ...current,
 *   questions: { ...current.questions, "3": applyAttempt(current.questions["3"], attempt) },
 * }));
 * ```
 */
export function updateProgress(
  file: string,
  quizId: string,
  change: (current: QuizProgress) => QuizProgress,
): LoadedProgress {
  return withFileLockSync(
    file,
    () => {
      const loaded = loadLocked(file, quizId);
      const next = change(loaded.progress);
      writeLocked("updateProgress", file, next);
      return { ...loaded, progress: next };
    },
    PRIVATE_LOCK,
  );
}

/**
 * Saves a quiz's progress, replacing what the file held, atomically (temporary file, then
 * rename) and under the file's lock: a crash mid-write leaves the previous progress intact.
 * To add answers to what other sessions may have saved meanwhile, use {@link updateProgress}.
 *
 * Every value is checked first against what {@link loadProgress} accepts, so a file this
 * writes always reads back: an entry with a non-finite score, a non-integer attempt count or
 * an answer that JSON cannot hold (Infinity, NaN) is refused.
 *
 * @param file - the progress file.
 * @param progress - the progress to save.
 * @throws Error `saveProgress: argument 'progress.questions["3"]' must be ...` for a value the
 *   file cannot hold; the file-system error when writing fails (the file is then unchanged).
 * @example
 * ```ts
 * saveProgress(file, { quiz: "study-questions", questions: {} });
 * ```
 */
export function saveProgress(file: string, progress: QuizProgress): void {
  checkProgress("saveProgress", progress);
  withFileLockSync(file, () => writeLocked("saveProgress", file, progress), PRIVATE_LOCK);
}

/**
 * Reads a quiz's progress without changing anything on disk (no lock, no backup): what a
 * session shows between its own saves, to include answers other sessions saved meanwhile.
 * Writers replace the file atomically, so the read sees one complete save.
 *
 * @param file - the progress file.
 * @param quizId - the quiz the file must belong to.
 * @returns the progress (without damaged entries), an empty one for a missing file, or
 *   `undefined` when the file cannot be read as progress.
 * @example
 * ```ts
 * peekProgress(file, "demo")?.questions["3"]?.attempts;
 * ```
 */
export function peekProgress(file: string, quizId: string): QuizProgress | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT"
      ? { quiz: quizId, questions: {} }
      : undefined;
  }
  const read = readProgress(text, quizId);
  return typeof read === "string" ? undefined : read.progress;
}

function loadLocked(file: string, quizId: string): LoadedProgress {
  removeStaleStaging(file);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { progress: { quiz: quizId, questions: {} }, notices: [] };
    }
    throw error;
  }
  const read = readProgress(text, quizId);
  if (typeof read === "string") {
    const backup = backupPath(file);
    fs.renameSync(file, backup);
    return {
      progress: { quiz: quizId, questions: {} },
      notices: [
        `Your saved progress for "${quizId}" could not be read (${read}). ` +
          `The file was kept as ${backup}; the quiz starts afresh.`,
      ],
      backup,
    };
  }
  if (read.damaged.length === 0) return { progress: read.progress, notices: [] };
  const backup = backupPath(file);
  writeFileAtomicSync(backup, text, "loadProgress");
  writeLocked("loadProgress", file, read.progress);
  const numbers = read.damaged.join(", ");
  return {
    progress: read.progress,
    notices: [
      `The saved progress of question${read.damaged.length === 1 ? "" : "s"} ${numbers} in "${quizId}" ` +
        `could not be read and was dropped; your other answers are kept. ` +
        `The file as it was is kept as ${backup}.`,
    ],
    backup,
  };
}

function writeLocked(fn: string, file: string, progress: QuizProgress): void {
  checkProgress(fn, progress);
  const document = {
    format: FORMAT,
    version: 1,
    quiz: progress.quiz,
    savedAt: new Date().toISOString(),
    questions: progress.questions,
  };
  // Private to its owner: on a shared server (a class on one JupyterHub) learners cannot
  // read each other's answers, while the instructor (root) collects them all.
  writeFileAtomicSync(file, `${JSON.stringify(document, null, 2)}\n`, {
    fn,
    mode: PRIVATE_FILE_MODE,
    folderMode: PRIVATE_FOLDER_MODE,
  });
}

/** What {@link parseProgress} made of a progress file's text. */
export type ParsedProgress =
  | {
      /** The text is a progress file of the quiz. */
      readonly ok: true;
      /** What it holds (entries that cannot be read are left out). */
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
  return typeof read === "string"
    ? { ok: false, problem: read }
    : { ok: true, progress: read.progress };
}

function checkProgress(fn: string, progress: QuizProgress): void {
  if (typeof progress !== "object" || progress === null) {
    throw invalidArgument(fn, "progress", "an object { quiz, questions }", describeValue(progress));
  }
  if (typeof progress.quiz !== "string" || progress.quiz === "") {
    throw invalidArgument(fn, "progress.quiz", "a quiz id", describeValue(progress.quiz));
  }
  const questions = progress.questions as unknown;
  if (typeof questions !== "object" || questions === null || Array.isArray(questions)) {
    throw invalidArgument(
      fn,
      "progress.questions",
      "an object keyed by question number",
      describeValue(questions),
    );
  }
  for (const [number, entry] of Object.entries(questions as Record<string, unknown>)) {
    if (!/^[1-9]\d*$/.test(number)) {
      throw invalidArgument(
        fn,
        "progress.questions",
        "keyed by question numbers (1, 2, ...)",
        `key ${JSON.stringify(number)}`,
      );
    }
    const problem = questionProgressProblem(entry);
    if (problem !== undefined) {
      throw invalidArgument(
        fn,
        `progress.questions["${number}"]`,
        "progress a file can hold (finite scores, an attempt count, storable answers)",
        problem,
      );
    }
  }
}

function readProgress(
  text: string,
  quizId: string,
): { progress: QuizProgress; damaged: string[] } | string {
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
  const kept: Record<string, QuestionProgress> = {};
  const damaged: string[] = [];
  for (const [number, entry] of Object.entries(questions as Record<string, unknown>)) {
    if (/^[1-9]\d*$/.test(number) && questionProgressProblem(entry) === undefined) {
      kept[number] = entry as QuestionProgress;
    } else {
      damaged.push(number);
    }
  }
  return { progress: { quiz: quizId, questions: kept }, damaged };
}

/** What is wrong with a question's saved progress, or `undefined` when the file can hold it. */
function questionProgressProblem(entry: unknown): string | undefined {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return describeValue(entry);
  }
  const e = entry as Record<string, unknown>;
  const count = (v: unknown): boolean => typeof v === "number" && Number.isInteger(v) && v >= 0;
  const score = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (typeof e["fingerprint"] !== "string") return `fingerprint ${describeValue(e["fingerprint"])}`;
  if (!count(e["attempts"])) return `attempts ${describeValue(e["attempts"])}`;
  if (!score(e["bestScore"])) return `bestScore ${describeValue(e["bestScore"])}`;
  if (!score(e["lastScore"])) return `lastScore ${describeValue(e["lastScore"])}`;
  if (typeof e["answeredAt"] !== "string") return `answeredAt ${describeValue(e["answeredAt"])}`;
  if (!isStoredResponse(e["bestResponse"])) {
    return `bestResponse ${describeValue(e["bestResponse"])}`;
  }
  if (!isStoredResponse(e["lastResponse"])) {
    return `lastResponse ${describeValue(e["lastResponse"])}`;
  }
  return undefined;
}

function backupPath(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const base = file.replace(/\.json$/, "");
  let candidate = `${base}.corrupt-${stamp}.json`;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${base}.corrupt-${stamp}-${n}.json`;
  return candidate;
}
