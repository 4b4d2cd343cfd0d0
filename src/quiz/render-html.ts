import type { AnswerOutcome, ScoreTotals } from "./answer-outcome";
import { formatNumber } from "./format-value";
import type { GradeFeedback } from "./grade-question";
import type { QuestionView } from "./question-view";
import type { QuizReport } from "./quiz-report";
import { formatPoints, missedOptionsText, plural, renderTotalsText } from "./render-text";

/**
 * Escapes text for HTML.
 *
 * @param text - any text.
 * @returns the text with `& < > " '` escaped.
 * @example
 * ```ts
 * escapeHtml("a < b"); // "a &lt; b"
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const BOX =
  "border:1px solid #c8ccd0;border-radius:6px;padding:10px 14px;margin:6px 0;max-width:52em";
const RIGHT = "color:#1a7f37";
const WRONG = "color:#cf222e";
const MUTED = "color:#57606a;font-size:90%";

/**
 * A question as an HTML card for a notebook: the same content as `renderQuestionText`.
 *
 * @param view - the question's view.
 * @param hint - how to answer (shown as code), if any.
 * @returns an HTML fragment.
 * @example
 * ```ts
 * display.html(renderQuestionHtml(session.view(6), 'quiz.answer(6, ["A", "C"])'));
 * ```
 */
export function renderQuestionHtml(view: QuestionView, hint?: string): string {
  const parts = [
    `<div style="${BOX}">`,
    `<div style="${MUTED}">Question ${view.number} of ${view.total} · ${escapeHtml(view.label)} · ${plural(view.points, "point")}</div>`,
    `<p style="font-weight:600;margin:6px 0">${escapeHtml(view.stem)}</p>`,
  ];
  // Letters are written out: notebook stylesheets often reset `<ol type="A">` to numbers.
  for (const option of view.options) {
    parts.push(
      `<div style="margin:2px 0 2px 1em"><b>${option.letter})</b> ${escapeHtml(option.text)}</div>`,
    );
  }
  const code = view.starter ?? view.signature;
  if (code !== undefined) parts.push(`<pre>${escapeHtml(code)}</pre>`);
  parts.push(`<div>${escapeHtml(view.instructions)}</div>`);
  if (view.progress !== undefined) {
    parts.push(
      `<div style="${MUTED}">So far: ${plural(view.progress.attempts, "attempt")}, best score ${formatPoints(view.progress.bestScore)} of ${formatPoints(view.points)}.</div>`,
    );
  }
  if (hint !== undefined)
    parts.push(`<div style="${MUTED}">Answer with <code>${escapeHtml(hint)}</code></div>`);
  parts.push(`</div>`);
  return parts.join("");
}

function feedbackHtml(feedback: GradeFeedback): string {
  const mark = (ok: boolean): string =>
    ok ? `<span style="${RIGHT}">✓</span>` : `<span style="${WRONG}">✗</span>`;
  switch (feedback.kind) {
    case "choice": {
      const items = feedback.chosen.map(
        (o) =>
          `<li style="list-style:none">${mark(o.correct)} <b>${o.letter})</b> ${escapeHtml(o.text)}<br><span style="${MUTED}">${escapeHtml(o.explanation)}</span></li>`,
      );
      const missed =
        feedback.select === "many" && feedback.missed > 0
          ? `<div>${missedOptionsText(feedback.missed)}</div>`
          : "";
      return `<ul style="padding-left:0;margin:4px 0">${items.join("")}</ul>${missed}`;
    }
    case "numeric":
      return feedback.withinTolerance
        ? `<div>${mark(true)} ${formatNumber(feedback.value, 6)} is right (the library gives ${formatNumber(feedback.key ?? Number.NaN, 6)}).</div>` +
            (feedback.explanation === undefined
              ? ""
              : `<div style="${MUTED}">${escapeHtml(feedback.explanation)}</div>`)
        : `<div>${mark(false)} ${formatNumber(feedback.value, 6)} is not ${escapeHtml(feedback.tolerance)}.</div>` +
            (feedback.hint === undefined
              ? ""
              : `<div style="${MUTED}">Hint: ${escapeHtml(feedback.hint)}</div>`);
    case "code":
      return feedback.passed
        ? `<div>${mark(true)} All ${feedback.casesTotal} cases match the library.</div>` +
            (feedback.explanation === undefined
              ? ""
              : `<div style="${MUTED}">${escapeHtml(feedback.explanation)}</div>`)
        : `<div>${mark(false)} <pre style="white-space:pre-wrap;margin:4px 0">${escapeHtml(feedback.failure ?? "A case failed.")}</pre></div>`;
  }
}

function totalsHtml(totals: ScoreTotals): string {
  return `<div style="${MUTED}">${escapeHtml(renderTotalsText(totals))}</div>`;
}

/**
 * The response to an answer as HTML: the same content as `renderOutcomeText`.
 *
 * @param outcome - what the session did with the answer.
 * @returns an HTML fragment.
 * @example
 * ```ts
 * display.html(renderOutcomeHtml(session.submit(6, ["A", "D"])));
 * ```
 */
export function renderOutcomeHtml(outcome: AnswerOutcome): string {
  if (outcome.status === "invalid") {
    return `<div style="${BOX}"><b>Question ${outcome.number}: not graded.</b> ${escapeHtml(outcome.message)}<div style="${MUTED}">This did not count as an attempt.</div></div>`;
  }
  const best =
    outcome.bestScore > outcome.score
      ? `<div>Your best attempt on this question scored ${formatPoints(outcome.bestScore)}; that one counts.</div>`
      : "";
  const warning =
    outcome.saveError === undefined
      ? ""
      : `<div style="${WRONG}">Warning: ${escapeHtml(outcome.saveError)}</div>`;
  return (
    `<div style="${BOX}"><b>Question ${outcome.number}: ${formatPoints(outcome.score)} of ${plural(outcome.points, "point")}</b> <span style="${MUTED}">(attempt ${outcome.attempt})</span>` +
    feedbackHtml(outcome.feedback) +
    best +
    totalsHtml(outcome.totals) +
    warning +
    `</div>`
  );
}

/**
 * A quiz summary as an HTML table: the same content as `renderSummaryText`.
 *
 * @param report - the quiz's report.
 * @returns an HTML fragment.
 * @example
 * ```ts
 * display.html(renderSummaryHtml(session.report()));
 * ```
 */
export function renderSummaryHtml(report: QuizReport): string {
  const percent = report.points > 0 ? Math.round((100 * report.score) / report.points) : 0;
  const colour = (status: string): string =>
    status === "correct" ? RIGHT : status === "unanswered" ? "" : WRONG;
  const cell = "padding:2px 10px;text-align:left";
  const rows = report.questions.map(
    (q) =>
      `<tr><td style="${cell}">${q.number}</td><td style="${cell}">${escapeHtml(q.label)}</td><td style="${cell}">${formatPoints(q.points)}</td><td style="${cell}">${formatPoints(q.score)}</td><td style="${cell}">${q.attempts}</td><td style="${cell};${colour(q.status)}">${escapeHtml(q.status)}${q.detail === undefined ? "" : `: ${escapeHtml(q.detail)}`}</td></tr>`,
  );
  return (
    `<div style="${BOX}"><b>${escapeHtml(report.title)}</b>: ${formatPoints(report.score)} of ${plural(report.points, "point")} (${percent}%), ${report.answered} of ${plural(report.questions.length, "question")} answered.` +
    `<table style="border-collapse:collapse;margin-top:6px"><thead><tr>${["#", "kind", "points", "score", "attempts", "status"].map((h) => `<th style="${cell}">${h}</th>`).join("")}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div>`
  );
}
