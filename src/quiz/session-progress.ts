import type { ScoreTotals } from "./answer-outcome";
import type { QuestionProgress, QuizProgress } from "./progress-store";
import { applyAttempt, type QuestionAttempt } from "./question-attempt";
import { questionFingerprint } from "./question-view";
import { questionLabel, questionStatus, type QuizReport } from "./quiz-report";
import type { QuizDefinition } from "./quiz-types";
import type { StoredResponse } from "./stored-response";

/** A graded attempt that a session holds until the progress file has it. */
export interface PendingAttempt {
  /** The question number, from 1. */
  readonly number: number;
  /** The graded answer. */
  readonly attempt: QuestionAttempt;
}

/**
 * What a quiz session knows of the learner's progress, in memory: each answered question's
 * attempts and best score, and the attempts the progress file does not have yet. It reads and
 * writes no file (that is `SessionStorage`) and shows nothing (that is `session-messages`), so
 * the scoring can be followed on its own.
 *
 * @example
 * ```ts
 * const progress = new SessionProgress(definition);
 * progress.record(1, attempt, false);
 * progress.totals(); // { score: 1, points: 8, answered: 1, questions: 5 }
 * ```
 */
export class SessionProgress {
  private readonly definition: QuizDefinition;
  private readonly entries = new Map<number, QuestionProgress>();
  /** Graded attempts not yet in the progress file (a save failed), oldest first. */
  private unsaved: PendingAttempt[] = [];

  /**
   * Starts with no answers.
   *
   * @param definition - the quiz whose questions the progress counts.
   */
  constructor(definition: QuizDefinition) {
    this.definition = definition;
  }

  /** How many questions have an answer. */
  get answered(): number {
    return this.entries.size;
  }

  /** The attempts the progress file does not have yet, oldest first. */
  get pending(): readonly PendingAttempt[] {
    return this.unsaved;
  }

  /**
   * One question's progress.
   *
   * @param number - the question number, from 1.
   * @returns its progress, or `undefined` when it has no answer.
   */
  get(number: number): QuestionProgress | undefined {
    return this.entries.get(number);
  }

  /**
   * Adds a graded attempt to a question's progress.
   *
   * @param number - the question number, from 1.
   * @param attempt - the graded answer.
   * @param toSave - whether to keep the attempt until the progress file has it.
   */
  record(number: number, attempt: QuestionAttempt, toSave: boolean): void {
    this.entries.set(number, applyAttempt(this.entries.get(number), attempt));
    if (toSave) this.unsaved.push({ number, attempt });
  }

  /** Forgets every answer, saved or not. */
  clear(): void {
    this.entries.clear();
    this.unsaved = [];
  }

  /**
   * Adds saved progress, keeping only answers to questions whose text is unchanged.
   *
   * @param saved - progress read from the file.
   * @returns the keys (question numbers as text) of the answers dropped because their question
   *   changed or no longer exists.
   */
  restore(saved: QuizProgress): string[] {
    const dropped: string[] = [];
    for (const [key, entry] of Object.entries(saved.questions)) {
      const number = Number(key);
      const question = this.definition.questions[number - 1];
      if (question === undefined || questionFingerprint(question) !== entry.fingerprint) {
        dropped.push(key);
        continue;
      }
      this.entries.set(number, entry);
    }
    return dropped;
  }

  /**
   * Takes what the file holds after a save: the file now has every pending attempt, and the
   * answers of other sessions that saved to it.
   *
   * @param saved - the progress just written.
   */
  replaceWithSaved(saved: QuizProgress): void {
    this.clear();
    this.restore(saved);
  }

  /**
   * Takes what the file holds and adds the pending attempts on top, as they are still this
   * session's answers even though a save failed.
   *
   * @param saved - the progress read from the file.
   */
  mergeSaved(saved: QuizProgress): void {
    this.entries.clear();
    this.restore(saved);
    for (const { number, attempt } of this.unsaved) {
      this.entries.set(number, applyAttempt(this.entries.get(number), attempt));
    }
  }

  /**
   * The running totals.
   *
   * @returns score (sum of best scores), points, answered and question counts.
   */
  totals(): ScoreTotals {
    let score = 0;
    let points = 0;
    this.definition.questions.forEach((question, i) => {
      points += question.points;
      score += this.entries.get(i + 1)?.bestScore ?? 0;
    });
    return {
      score,
      points,
      answered: this.entries.size,
      questions: this.definition.questions.length,
    };
  }

  /**
   * The scores as data.
   *
   * @returns one row per question and the totals.
   */
  report(): QuizReport {
    const questions = this.definition.questions.map((question, i) => {
      const entry = this.entries.get(i + 1);
      const score = entry?.bestScore ?? 0;
      return {
        number: i + 1,
        label: questionLabel(question),
        points: question.points,
        score,
        attempts: entry?.attempts ?? 0,
        status: questionStatus(score, question.points, entry !== undefined),
      };
    });
    const totals = this.totals();
    return {
      quiz: this.definition.id,
      title: this.definition.title,
      score: totals.score,
      points: totals.points,
      answered: totals.answered,
      questions,
    };
  }

  /**
   * Each answered question's best answer, as an answers file holds them.
   *
   * @returns the answers keyed by question number as text, in ascending order.
   */
  bestResponses(): Record<string, StoredResponse> {
    // No sorting needed: an object lists integer keys in ascending order, as the file should.
    return Object.fromEntries(
      [...this.entries].map(([number, entry]) => [String(number), entry.bestResponse]),
    );
  }
}
