import type { ScoreTotals } from "./answer-outcome";
import type { QuestionView } from "./question-view";
import type { QuizContent } from "./quiz-output";
import type { QuizDefinition, QuizQuestion } from "./quiz-types";
import { escapeHtml } from "./render-html";
import { formatPoints, plural } from "./render-text";

/**
 * How to answer a question from a notebook cell, shown under the question unless the session
 * was given its own `answerHint`.
 *
 * @param view - the question as shown (for its number).
 * @param question - the question (for its kind and, for code, the function's name).
 * @returns the call to type, e.g. `quiz.answer(6, ["<letter>", "<letter>", ...])`.
 * @example
 * ```ts
 * notebookHint(view, question); // 'quiz.answer(3, <number>)' for a numeric question 3
 * ```
 */
export function notebookHint(view: QuestionView, question: QuizQuestion): string {
  switch (question.kind) {
    case "choice":
      return question.select === "one"
        ? `quiz.answer(${view.number}, "<letter>")`
        : `quiz.answer(${view.number}, ["<letter>", "<letter>", ...])`;
    case "numeric":
      return `quiz.answer(${view.number}, <number>)`;
    case "code":
      return `quiz.answer(${view.number}, ${question.functionName})`;
  }
}

/**
 * A plain message in both forms: each line of the text becomes one HTML `<div>`, escaped.
 *
 * @param text - the message, lines separated by `\n`.
 * @returns the content to show.
 * @example
 * ```ts
 * messageContent("a < b"); // { text: "a < b", html: "<div>a &lt; b</div>" }
 * ```
 */
export function messageContent(text: string): QuizContent {
  const html = text
    .split("\n")
    .map((line) => `<div>${escapeHtml(line)}</div>`)
    .join("");
  return { text, html };
}

/**
 * Says why `number` names no question of the quiz, or nothing when it does.
 *
 * @param number - what was given as a question number (anything, as learners type it).
 * @param definition - the quiz.
 * @returns the message, or `undefined` when `number` is a question's number.
 * @example
 * ```ts
 * noSuchQuestion(9, quiz); // 'there is no question 9; "Demo" has questions 1 to 5.'
 * ```
 */
export function noSuchQuestion(number: unknown, definition: QuizDefinition): string | undefined {
  const size = definition.questions.length;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1 || number > size) {
    return `there is no question ${String(number)}; "${definition.title}" has questions 1 to ${size}.`;
  }
  return undefined;
}

/**
 * The notice for saved answers dropped because their questions changed since.
 *
 * @param dropped - the dropped questions' numbers, as text.
 * @returns the notice, or `undefined` when nothing was dropped.
 * @example
 * ```ts
 * changedQuestionsNotice(["2"]); // "Question 2 changed since you answered; its saved ..."
 * ```
 */
export function changedQuestionsNotice(dropped: readonly string[]): string | undefined {
  if (dropped.length === 0) return undefined;
  return `Question${dropped.length === 1 ? "" : "s"} ${dropped.join(", ")} changed since you answered; ${dropped.length === 1 ? "its" : "their"} saved progress was dropped.`;
}

/** What {@link introText} tells about a session. */
export interface IntroFacts {
  /** The quiz. */
  readonly definition: QuizDefinition;
  /** The running totals (what was restored). */
  readonly totals: ScoreTotals;
  /** Where progress is saved, or `undefined` when it is not. */
  readonly savedTo: string | undefined;
  /** Messages from opening the quiz. */
  readonly notices: readonly string[];
}

/**
 * The quiz's introduction: title, size, what was restored, where progress is saved, and the
 * notices from opening it.
 *
 * @param facts - the session's quiz, totals, progress file and notices.
 * @returns the text, one fact a line.
 * @example
 * ```ts
 * introText({ definition, totals, savedTo: undefined, notices: [] });
 * // 'Demo (demo): 5 questions, 8 points.\nProgress is not saved.'
 * ```
 */
export function introText(facts: IntroFacts): string {
  const { definition, totals } = facts;
  const lines = [
    `${definition.title} (${definition.id}): ${plural(definition.questions.length, "question")}, ${plural(totals.points, "point")}.`,
  ];
  if (definition.description !== undefined) lines.push(definition.description);
  if (totals.answered > 0) {
    lines.push(
      `Restored your progress: ${totals.answered} answered, ${formatPoints(totals.score)} of ${formatPoints(totals.points)} points.`,
    );
  }
  lines.push(
    facts.savedTo !== undefined
      ? `Progress is saved to ${facts.savedTo}.`
      : "Progress is not saved.",
  );
  lines.push(...facts.notices);
  return lines.join("\n");
}
