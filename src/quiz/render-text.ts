import type { AnswerOutcome, ScoreTotals } from "./answer-outcome";
import { formatNumber } from "./format-value";
import type { GradeFeedback } from "./grade-question";
import type { QuestionView } from "./question-view";
import type { QuizReport } from "./quiz-report";

/**
 * Formats points: at most two decimals, no trailing zeros (`1`, `0.5`, `0.33`).
 *
 * @param points - a score or a point count.
 * @returns the text.
 * @example
 * ```ts
 * formatPoints(1 / 3); // "0.33"
 * ```
 */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/**
 * A count with its noun in the right number.
 *
 * @param n - the count (points may be fractional).
 * @param word - the noun in the singular.
 * @returns e.g. `1 point`, `2 points`, `1.5 points`.
 * @example
 * ```ts
 * plural(3, "question"); // "3 questions"
 * ```
 */
export function plural(n: number, word: string): string {
  return `${formatPoints(n)} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Says how many correct options of a multiple-answer question were not chosen (without
 * naming them: the letters stay hidden).
 *
 * @param missed - how many, at least 1.
 * @returns e.g. `2 correct options were not chosen.`
 * @example
 * ```ts
 * missedOptionsText(1); // "1 correct option was not chosen."
 * ```
 */
export function missedOptionsText(missed: number): string {
  return `${missed === 1 ? "1 correct option was" : `${missed} correct options were`} not chosen.`;
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

/**
 * A question as plain text: number, kind and points, the stem, the options or the function
 * to write, and how to answer.
 *
 * @param view - the question's view.
 * @param hint - how to answer in this setting (e.g. `quiz.answer(6, ["A", "C"])`), if any.
 * @returns the text.
 * @example
 * ```ts
 * console.log(renderQuestionText(session.view(1)));
 * ```
 */
export function renderQuestionText(view: QuestionView, hint?: string): string {
  const lines = [
    `Question ${view.number} of ${view.total} (${view.label}, ${plural(view.points, "point")})`,
    view.stem,
  ];
  for (const option of view.options) lines.push(`  ${option.letter}) ${option.text}`);
  const code = view.starter ?? view.signature;
  if (code !== undefined) lines.push(indent(code, "    "));
  lines.push(view.instructions);
  if (view.progress !== undefined) {
    lines.push(
      `So far: ${plural(view.progress.attempts, "attempt")}, best score ${formatPoints(view.progress.bestScore)} of ${formatPoints(view.points)}.`,
    );
  }
  if (hint !== undefined) lines.push(`Answer with ${hint}`);
  return lines.join("\n");
}

/**
 * The feedback lines of a graded answer (without the header and the totals).
 *
 * @param feedback - the grade's feedback.
 * @returns the lines.
 * @example
 * ```ts
 * feedbackLines(grade.feedback).join("\n");
 * ```
 */
export function feedbackLines(feedback: GradeFeedback): string[] {
  const lines: string[] = [];
  switch (feedback.kind) {
    case "choice":
      for (const option of feedback.chosen) {
        lines.push(`  ${option.correct ? "✓" : "✗"} ${option.letter}) ${option.text}`);
        lines.push(`      ${option.explanation}`);
      }
      if (feedback.select === "many" && feedback.missed > 0) {
        lines.push(`  ${missedOptionsText(feedback.missed)}`);
      }
      break;
    case "numeric":
      if (feedback.withinTolerance) {
        lines.push(
          `  ✓ ${formatNumber(feedback.value, 6)} is right (the library gives ${formatNumber(feedback.key ?? Number.NaN, 6)}).`,
        );
        if (feedback.explanation !== undefined) lines.push(`      ${feedback.explanation}`);
      } else {
        lines.push(`  ✗ ${formatNumber(feedback.value, 6)} is not ${feedback.tolerance}.`);
        if (feedback.hint !== undefined) lines.push(`      Hint: ${feedback.hint}`);
      }
      break;
    case "code":
      if (feedback.passed) {
        lines.push(`  ✓ All ${feedback.casesTotal} cases match the library.`);
        if (feedback.explanation !== undefined) lines.push(`      ${feedback.explanation}`);
      } else {
        lines.push(indent(`✗ ${feedback.failure ?? "A case failed."}`, "  "));
      }
      break;
  }
  return lines;
}

/**
 * The running total in one sentence.
 *
 * @param totals - score, points and answered questions.
 * @returns e.g. `Score so far: 7 of 20 points; 9 of 20 questions answered.`
 * @example
 * ```ts
 * renderTotalsText({ score: 7, points: 20, answered: 9, questions: 20 });
 * ```
 */
export function renderTotalsText(totals: ScoreTotals): string {
  return `Score so far: ${formatPoints(totals.score)} of ${plural(totals.points, "point")}; ${totals.answered} of ${plural(totals.questions, "question")} answered.`;
}

/**
 * The response to an answer as plain text: the points of this attempt, each chosen option
 * marked right or wrong with its explanation (or the numeric / code verdict), and the
 * running score. An answer that was not accepted gets its reason.
 *
 * @param outcome - what the session did with the answer.
 * @returns the text.
 * @example
 * ```ts
 * console.log(renderOutcomeText(session.submit(6, ["A", "D"])));
 * ```
 */
export function renderOutcomeText(outcome: AnswerOutcome): string {
  if (outcome.status === "invalid") {
    return `Question ${outcome.number}: not graded: ${outcome.message} (This did not count as an attempt.)`;
  }
  const lines = [
    `Question ${outcome.number}: ${formatPoints(outcome.score)} of ${plural(outcome.points, "point")} (attempt ${outcome.attempt}).`,
    ...feedbackLines(outcome.feedback),
  ];
  if (outcome.bestScore > outcome.score) {
    lines.push(
      `Your best attempt on this question scored ${formatPoints(outcome.bestScore)}; that one counts.`,
    );
  }
  lines.push(renderTotalsText(outcome.totals));
  if (outcome.saveError !== undefined) lines.push(`Warning: ${outcome.saveError}`);
  return lines.join("\n");
}

/**
 * A quiz summary as a plain-text table: one row per question (kind, points, score, attempts,
 * status, detail) and the total.
 *
 * @param report - the quiz's report.
 * @param options - `attempts: false` leaves out the attempts column (graded files).
 * @returns the text.
 * @example
 * ```ts
 * console.log(renderSummaryText(session.report()));
 * ```
 */
export function renderSummaryText(
  report: QuizReport,
  options: { readonly attempts?: boolean } = {},
): string {
  const withAttempts = options.attempts ?? true;
  const header = ["#", "kind", "points", "score", ...(withAttempts ? ["attempts"] : []), "status"];
  const rows = report.questions.map((q) => [
    String(q.number),
    q.label,
    formatPoints(q.points),
    formatPoints(q.score),
    ...(withAttempts ? [String(q.attempts)] : []),
    q.status + (q.detail === undefined ? "" : `: ${q.detail.split("\n")[0] ?? ""}`),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const percent = report.points > 0 ? Math.round((100 * report.score) / report.points) : 0;
  return [
    `${report.title} (${report.quiz}): ${formatPoints(report.score)} of ${plural(report.points, "point")} (${percent}%), ${report.answered} of ${plural(report.questions.length, "question")} answered.`,
    line(header),
    ...rows.map(line),
  ].join("\n");
}
