import type { AnswerOutcome, ScoreTotals } from "./answer-outcome";
import type { AnswersFile } from "./answers-file";
import { gradeQuestion } from "./grade-question";
import type { QuestionProgress } from "./progress-store";
import type { QuestionAttempt } from "./question-attempt";
import { questionFingerprint, questionView, type QuestionView } from "./question-view";
import type { QuizReport } from "./quiz-report";
import { defaultQuizOutput, type QuizOutput } from "./quiz-output";
import type { MultipleScoring, QuizDefinition, QuizQuestion, QuizResponse } from "./quiz-types";
import { renderOutcomeHtml, renderQuestionHtml, renderSummaryHtml } from "./render-html";
import { renderOutcomeText, renderQuestionText, renderSummaryText } from "./render-text";
import {
  changedQuestionsNotice,
  introText,
  messageContent,
  noSuchQuestion,
  notebookHint,
} from "./session-messages";
import { SessionProgress } from "./session-progress";
import { SessionStorage } from "./session-storage";
import { writeFileAtomicSync } from "../io/write-file-atomic-sync";

/** Options of a {@link QuizSession}. */
export interface QuizSessionOptions {
  /** The progress file; `false` keeps progress in memory only. Default `false`. */
  readonly progressFile?: string | false;
  /** Overrides the scoring of every multiple-answer question. */
  readonly multipleScoring?: MultipleScoring;
  /** Where questions and feedback are shown. Default: notebook HTML or standard output. */
  readonly output?: QuizOutput;
  /** Time limit per call of a code answer (a function or its source), in ms. Default 2000. */
  readonly codeTimeoutMs?: number;
  /**
   * How to answer question `view`, shown under it (default: the notebook call, e.g.
   * `quiz.answer(6, [<letters>])`); return `undefined` to show nothing.
   */
  readonly answerHint?: (view: QuestionView, question: QuizQuestion) => string | undefined;
}

/**
 * A learner's run through one quiz: shows questions, grades answers, counts attempts, keeps
 * the best score of each question and saves progress after every graded answer (atomically,
 * so a crash never loses what was saved before). Open one with `openQuiz`.
 *
 * Several sessions may share one progress file (the same quiz open in a notebook and in a
 * terminal): each save adds this session's new attempts to what the file holds at that moment,
 * under the file's lock (see `updateProgress`), and then shows the merged progress, so no
 * answer of either is lost. Reports and answers files include what other sessions saved.
 *
 * In a notebook, {@link QuizSession.show}, {@link QuizSession.answer} and
 * {@link QuizSession.summary} display HTML and return nothing (so the cell prints nothing
 * else); {@link QuizSession.submit} and {@link QuizSession.report} return the same
 * information as data.
 *
 * @example
 * ```ts
 * const quiz = await openQuiz("study-questions");
 * quiz.show(6);
 * quiz.answer(6, ["A", "D"]);
 * quiz.summary();
 * ```
 */
export class QuizSession {
  /** The quiz being taken. */
  readonly definition: QuizDefinition;
  /** The progress file, or `undefined` when progress is not saved. */
  readonly progressFile: string | undefined;
  /** Messages for the learner from opening the quiz (a corrupted progress file set aside, ...). */
  readonly notices: readonly string[];
  private readonly options: QuizSessionOptions;
  private readonly output: QuizOutput;
  private readonly progress: SessionProgress;
  private readonly storage: SessionStorage;

  /**
   * Starts a session and restores saved progress. A progress file that cannot be read is set
   * aside (see `loadProgress`) and reported in {@link QuizSession.notices}; saved answers to
   * questions whose text changed since are dropped, also with a notice.
   *
   * @param definition - the quiz.
   * @param options - progress file, scoring override, output.
   */
  constructor(definition: QuizDefinition, options: QuizSessionOptions = {}) {
    this.definition = definition;
    this.options = options;
    this.output = options.output ?? defaultQuizOutput();
    this.progressFile = options.progressFile === false ? undefined : options.progressFile;
    this.progress = new SessionProgress(definition);
    this.storage = new SessionStorage(this.progressFile, definition.id);
    const notices: string[] = [];
    const saved = this.storage.load(notices);
    if (saved !== undefined) {
      const dropped = changedQuestionsNotice(this.progress.restore(saved));
      if (dropped !== undefined) notices.push(dropped);
    }
    this.notices = notices;
  }

  /** The quiz's id. */
  get id(): string {
    return this.definition.id;
  }

  /** The number of questions. */
  get size(): number {
    return this.definition.questions.length;
  }

  /**
   * Shows every question of the quiz, in order (what a lesson's quiz cell wants).
   *
   * @example
   * ```ts
   * const quiz = await openQuiz("02-triplet-loss");
   * quiz.showAll();
   * ```
   */
  showAll(): void {
    for (let number = 1; number <= this.size; number++) this.show(number);
  }

  /**
   * Shows a question (HTML in a notebook, text elsewhere). Without a number, shows the first
   * question that does not have full points yet.
   *
   * @param number - the question number, from 1.
   * @example
   * ```ts
   * quiz.show(6);
   * ```
   */
  show(number?: number): void {
    const target = number ?? this.nextQuestion();
    if (target === undefined) {
      this.say(`Every question of "${this.definition.title}" has full points. See quiz.summary().`);
      return;
    }
    const problem = noSuchQuestion(target, this.definition);
    if (problem !== undefined) {
      this.say(problem);
      return;
    }
    const view = this.view(target);
    const question = this.questionAt(target);
    const hint = (this.options.answerHint ?? notebookHint)(view, question);
    this.output.show({
      text: renderQuestionText(view, hint),
      html: renderQuestionHtml(view, hint),
    });
  }

  /**
   * Grades an answer and shows the result: each chosen option marked right or wrong with
   * its explanation (or the numeric / code verdict), and the running score. An answer that
   * cannot be read gets a message and does not count as an attempt.
   *
   * @param number - the question number, from 1.
   * @param response - letters (`"B"`, `["A", "D"]`), a number, or a function.
   * @example
   * ```ts
   * quiz.answer(6, ["A", "D"]);
   * ```
   */
  answer(number: number, response: QuizResponse): void {
    const outcome = this.submit(number, response);
    this.output.show({ text: renderOutcomeText(outcome), html: renderOutcomeHtml(outcome) });
  }

  /**
   * Grades an answer and records it, without showing anything.
   *
   * @param number - the question number, from 1.
   * @param response - letters, a number, a function or JavaScript source.
   * @returns the outcome: score and feedback, or why the answer was not accepted.
   * @example
   * ```ts
   * const outcome = quiz.submit(1, "B");
   * if (outcome.status === "graded") console.log(outcome.score);
   * ```
   */
  submit(number: number, response: QuizResponse): AnswerOutcome {
    const problem = noSuchQuestion(number, this.definition);
    if (problem !== undefined) return { status: "invalid", number, message: problem };
    const question = this.questionAt(number);
    const grade = gradeQuestion(question, response, {
      ...(this.options.multipleScoring === undefined
        ? {}
        : { multipleScoring: this.options.multipleScoring }),
      ...(this.options.codeTimeoutMs === undefined
        ? {}
        : { codeTimeoutMs: this.options.codeTimeoutMs }),
    });
    if (!grade.ok) return { status: "invalid", number, message: grade.message };
    const attempt: QuestionAttempt = {
      fingerprint: questionFingerprint(question),
      score: grade.score,
      response: grade.response,
      answeredAt: new Date().toISOString(),
    };
    this.progress.record(number, attempt, this.storage.saving);
    const saveError = this.storage.save(this.progress);
    // After a save this is the merged progress: attempts of other sessions count too.
    const entry = this.progress.get(number) as QuestionProgress;
    return {
      status: "graded",
      number,
      score: grade.score,
      points: grade.points,
      feedback: grade.feedback,
      attempt: entry.attempts,
      bestScore: entry.bestScore,
      totals: this.totals(),
      ...(saveError === undefined ? {} : { saveError }),
    };
  }

  /**
   * Shows the summary table: every question's kind, points, best score, attempts and status,
   * and the total.
   *
   * @example
   * ```ts
   * quiz.summary();
   * ```
   */
  summary(): void {
    const report = this.report();
    this.output.show({ text: renderSummaryText(report), html: renderSummaryHtml(report) });
  }

  /**
   * The scores as data.
   *
   * @returns the report: one row per question and the totals.
   * @example
   * ```ts
   * quiz.report().score;
   * ```
   */
  report(): QuizReport {
    this.storage.refresh(this.progress);
    return this.progress.report();
  }

  /**
   * The running totals.
   *
   * @returns score (sum of best scores), points, answered and question counts.
   * @example
   * ```ts
   * quiz.totals(); // { score: 7, points: 20, answered: 9, questions: 20 }
   * ```
   */
  totals(): ScoreTotals {
    return this.progress.totals();
  }

  /**
   * What is shown of a question (no key).
   *
   * @param number - the question number, from 1.
   * @returns the view.
   * @throws Error when there is no such question.
   * @example
   * ```ts
   * quiz.view(6).options.map((o) => o.letter); // ["A", "B", "C", "D"]
   * ```
   */
  view(number: number): QuestionView {
    const problem = noSuchQuestion(number, this.definition);
    if (problem !== undefined) throw new Error(`QuizSession.view: ${problem}`);
    const entry = this.progress.get(number);
    return questionView(
      this.definition.id,
      this.questionAt(number),
      number,
      this.size,
      entry === undefined ? undefined : { attempts: entry.attempts, bestScore: entry.bestScore },
    );
  }

  /**
   * The saved progress of one question, if it was answered.
   *
   * @param number - the question number, from 1.
   * @returns attempts, best and last score and answers, or `undefined`.
   * @example
   * ```ts
   * quiz.progressOf(6)?.attempts;
   * ```
   */
  progressOf(number: number): QuestionProgress | undefined {
    this.storage.refresh(this.progress);
    return this.progress.get(number);
  }

  /**
   * Forgets all answers and saves the empty progress.
   *
   * @example
   * ```ts
   * quiz.reset();
   * ```
   */
  reset(): void {
    this.progress.clear();
    const saveError = this.storage.save(this.progress, true);
    this.say(
      `Progress of "${this.definition.title}" cleared.${saveError === undefined ? "" : ` Warning: ${saveError}`}`,
    );
  }

  /**
   * The learner's best answers as an answers file (see `AnswersFile`), for handing in.
   *
   * @param learner - the learner's name, written into the file.
   * @returns the answers file content.
   * @example
   * ```ts
   * JSON.stringify(quiz.answersFile("ada"));
   * ```
   */
  answersFile(learner?: string): AnswersFile {
    this.storage.refresh(this.progress);
    const answers = this.progress.bestResponses();
    return { quiz: this.definition.id, ...(learner === undefined ? {} : { learner }), answers };
  }

  /**
   * Writes {@link QuizSession.answersFile} to a JSON file (atomically) and says where.
   *
   * @param file - the path to write.
   * @param learner - the learner's name.
   * @throws Error `QuizSession.saveAnswers: ...` naming the file when it cannot be written.
   * @example
   * ```ts
   * quiz.saveAnswers("answers.json", "ada");
   * ```
   */
  saveAnswers(file: string, learner?: string): void {
    writeFileAtomicSync(
      file,
      `${JSON.stringify(this.answersFile(learner), null, 2)}\n`,
      "QuizSession.saveAnswers",
    );
    this.say(`Saved ${this.progress.answered} answers to ${file}.`);
  }

  /**
   * Shows the quiz's title, size, where progress is saved, what was restored, and any notice.
   *
   * @example
   * ```ts
   * quiz.intro();
   * ```
   */
  intro(): void {
    this.say(
      introText({
        definition: this.definition,
        totals: this.totals(),
        savedTo: this.storage.saving ? this.progressFile : undefined,
        notices: this.notices,
      }),
    );
  }

  /**
   * Shows the notices from opening the quiz, if there are any.
   *
   * @example
   * ```ts
   * quiz.showNotices();
   * ```
   */
  showNotices(): void {
    if (this.notices.length > 0) this.say(this.notices.join("\n"));
  }

  /**
   * The first question without full points, or `undefined` when all have them.
   *
   * @returns a question number.
   */
  nextQuestion(): number | undefined {
    return this.report().questions.find((q) => q.status !== "correct")?.number;
  }

  private say(text: string): void {
    this.output.show(messageContent(text));
  }

  private questionAt(number: number): QuizQuestion {
    return this.definition.questions[number - 1] as QuizQuestion;
  }
}
