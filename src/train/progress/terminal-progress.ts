import { describeProgress, progressBar } from "./format-progress";
import type { ProgressReporter, ProgressSnapshot } from "./progress-reporter";

/** A writable text stream (process.stdout, process.stderr or a test double). */
export interface TextStream {
  /**
   * Writes text as is (no newline added).
   *
   * @param text - the text, possibly with `\r` and ANSI escapes when `isTTY` is true.
   * @returns anything (`process.stdout.write` returns a boolean); it is ignored.
   */
  write(text: string): unknown;
  /** True for an interactive terminal: draw one live bar line; otherwise print plain lines. */
  readonly isTTY?: boolean;
}

/**
 * Progress for terminals. On a TTY it redraws one live bar line (at most 10 times a second);
 * elsewhere (CI logs, pipes) it prints a plain line at every 10% of the run, or every 50 steps
 * when the total is unknown, so logs stay short.
 *
 * @param stream - where to write; default `process.stderr`.
 * @returns a reporter to pass as `train`'s `progress` option.
 * @example
 * ```ts
 * const history = await train({ ...options, progress: terminalProgress(process.stdout) });
 * ```
 */
export function terminalProgress(stream: TextStream = process.stderr): ProgressReporter {
  const live = stream.isTTY === true;
  let lastDraw = 0;
  let lastDecile = -1;
  let drawn = false;
  const clear = (): void => {
    if (live && drawn) stream.write("\r\x1b[2K");
    drawn = false;
  };
  return {
    update(p: ProgressSnapshot) {
      if (live) {
        const now = Date.now();
        if (now - lastDraw < 100 && p.step !== p.totalSteps) return;
        lastDraw = now;
        const bar = p.totalSteps === undefined ? "" : `${progressBar(p.step / p.totalSteps)} `;
        stream.write(`\r\x1b[2K${bar}${describeProgress(p)}`);
        drawn = true;
        return;
      }
      const decile =
        p.totalSteps === undefined
          ? Math.floor(p.step / 50)
          : Math.floor((10 * p.step) / p.totalSteps);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${describeProgress(p)}\n`);
      }
    },
    epochEnd(summary: string) {
      clear();
      stream.write(`${summary}\n`);
    },
    finish(summary: string) {
      clear();
      stream.write(`${summary}\n`);
    },
  };
}
