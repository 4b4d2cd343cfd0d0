import * as fs from "node:fs";
import { describeError } from "./describe-error";
import {
  loadProgress,
  peekProgress,
  updateProgress,
  type QuestionProgress,
  type QuizProgress,
} from "./progress-store";
import { applyAttempt } from "./question-attempt";
import type { SessionProgress } from "./session-progress";

/**
 * Keeps a quiz session's progress and its progress file in step: loads the file when the
 * session opens, adds the session's new attempts to it after each graded answer, and re-reads
 * it when another session replaced it. Several sessions may share one file, so a save adds to
 * what the file holds at that moment, under the file's lock (see `updateProgress`), instead of
 * writing this session's view over it.
 *
 * @example
 * ```ts
 * const storage = new SessionStorage("progress/demo.json", "demo");
 * const loaded = storage.load(notices);
 * if (loaded !== undefined) progress.restore(loaded);
 * ```
 */
export class SessionStorage {
  /** The progress file, or `undefined` when progress is kept in memory only. */
  readonly file: string | undefined;
  private readonly quizId: string;
  /** False without a file, and after the file could not be opened: nothing is written then. */
  private enabled: boolean;
  /**
   * What identified the progress file's content when it was last read, to skip reading it
   * again while it is unchanged (`undefined`: read it).
   */
  private seenFile: string | undefined;

  /**
   * Starts with nothing read.
   *
   * @param file - the progress file, or `undefined` to keep progress in memory only.
   * @param quizId - the quiz's id, which the file must hold.
   */
  constructor(file: string | undefined, quizId: string) {
    this.file = file;
    this.quizId = quizId;
    this.enabled = file !== undefined;
  }

  /** Whether graded answers are written to the file. */
  get saving(): boolean {
    return this.enabled;
  }

  /**
   * Reads the saved progress. A file that cannot be read is set aside (see `loadProgress`);
   * one that cannot even be opened turns saving off, so this session never overwrites it.
   *
   * @param notices - receives messages for the learner about what happened to the file.
   * @returns the saved progress, or `undefined` when there is no file or it could not be opened.
   */
  load(notices: string[]): QuizProgress | undefined {
    if (this.file === undefined) return undefined;
    try {
      const loaded = loadProgress(this.file, this.quizId);
      notices.push(...loaded.notices);
      return loaded.progress;
    } catch (error) {
      this.enabled = false;
      notices.push(
        `Your saved progress could not be opened (${describeError(error)}); this session will not be saved.`,
      );
      return undefined;
    }
  }

  /**
   * Adds the pending attempts to the progress file (or, with `clear`, empties it) under the
   * file's lock, then makes `progress` what the file holds: this session's answers and those
   * of every other session of the quiz. When the save fails, `progress` keeps its pending
   * attempts for the next save.
   *
   * @param progress - the session's progress.
   * @param clear - empty the file instead of adding to it.
   * @returns a message for the learner when the save failed or the file said something,
   *   otherwise `undefined`.
   */
  save(progress: SessionProgress, clear = false): string | undefined {
    if (!this.enabled || this.file === undefined) return undefined;
    const pending = progress.pending;
    try {
      const saved = updateProgress(this.file, this.quizId, (current) => {
        if (clear) return { quiz: this.quizId, questions: {} };
        const questions: Record<string, QuestionProgress> = { ...current.questions };
        for (const { number, attempt } of pending) {
          questions[String(number)] = applyAttempt(questions[String(number)], attempt);
        }
        return { quiz: this.quizId, questions };
      });
      // Another session may have saved right after this one: the next refresh reads the file.
      this.seenFile = undefined;
      progress.replaceWithSaved(saved.progress);
      return saved.notices.length === 0 ? undefined : saved.notices.join(" ");
    } catch (error) {
      return `progress could not be saved to ${this.file} (${describeError(error)}); your answers are kept in this session and saved with the next one.`;
    }
  }

  /**
   * Brings in what other sessions saved since this one last read the file (never writes).
   *
   * @param progress - the session's progress; its pending attempts stay on top.
   */
  refresh(progress: SessionProgress): void {
    if (!this.enabled || this.file === undefined) return;
    const identity = this.fileIdentity();
    if (identity === this.seenFile) return;
    const saved = peekProgress(this.file, this.quizId);
    if (saved === undefined) return;
    this.seenFile = identity;
    progress.mergeSaved(saved);
  }

  /** Device, inode, size and time of the progress file: changes whenever a save replaces it. */
  private fileIdentity(): string | undefined {
    if (this.file === undefined) return undefined;
    const stat = fs.statSync(this.file, { throwIfNoEntry: false, bigint: true });
    return stat === undefined
      ? "missing"
      : `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
  }
}
