import { describeProgress } from "./format-progress";
import type { ProgressReporter, ProgressSnapshot } from "./progress-reporter";

/** The part of tslab's display API the notebook reporter needs. */
export interface UpdatableDisplay {
  /**
   * Replaces what the display shows.
   *
   * @param content - an HTML fragment.
   */
  html(content: string): void;
}

/**
 * Progress for notebooks: one self-updating output (tslab's `newDisplay()`) with a bar, the
 * step, loss, speed, time left and the log of finished epochs. Updates are throttled to four
 * a second because each one is a message to the front end.
 *
 * @param display - a display that overwrites itself, e.g. `tslab.newDisplay()`.
 * @returns a reporter to pass as `train`'s `progress` option.
 * @example
 * ```ts
 * const history = await train({ ...options, progress: notebookProgress(tslab.newDisplay()) });
 * ```
 */
export function notebookProgress(display: UpdatableDisplay): ProgressReporter {
  const epochLines: string[] = [];
  let last: ProgressSnapshot | undefined;
  let lastDraw = 0;
  const draw = (footer = ""): void => {
    const fraction =
      last?.totalSteps === undefined || last === undefined
        ? undefined
        : last.step / last.totalSteps;
    const bar =
      fraction === undefined
        ? ""
        : `<progress value="${fraction.toFixed(4)}" max="1" style="width:24em"></progress> ${(100 * fraction).toFixed(0)}%<br>`;
    const status = last === undefined ? "starting..." : escapeHtml(describeProgress(last));
    const epochs = epochLines.map((line) => `<div>${escapeHtml(line)}</div>`).join("");
    display.html(
      `<div style="font-family:monospace">${bar}${status}${epochs}${footer ? `<div><b>${escapeHtml(footer)}</b></div>` : ""}</div>`,
    );
  };
  return {
    update(p) {
      last = p;
      const now = Date.now();
      if (now - lastDraw < 250 && p.step !== p.totalSteps) return;
      lastDraw = now;
      draw();
    },
    epochEnd(summary) {
      epochLines.push(summary);
      draw();
    },
    finish(summary) {
      draw(summary);
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
