import { tslabKernel } from "../notebook";

/** Something shown to the learner, in both forms: plain text and an HTML fragment. */
export interface QuizContent {
  /** For a terminal: plain text, lines separated by `\n`, no trailing blank line. */
  readonly text: string;
  /** For a notebook: an HTML fragment with inline styles, text already escaped. */
  readonly html: string;
}

/** Where a quiz shows questions, feedback and summaries. */
export interface QuizOutput {
  /**
   * Shows one block, in whichever form the output uses.
   *
   * @param content - the block, as text and as HTML.
   */
  show(content: QuizContent): void;
}

/**
 * The default output: HTML through tslab's display inside a notebook kernel (found by
 * `tslabKernel`), plain text on standard output everywhere else, each block followed by a
 * blank line (never standard error, which notebook graders treat as a failure).
 *
 * @returns the output.
 * @example
 * ```ts
 * defaultQuizOutput().show({ text: "Hello", html: "<p>Hello</p>" });
 * ```
 */
export function defaultQuizOutput(): QuizOutput {
  return {
    show(content) {
      const kernel = tslabKernel();
      if (kernel !== undefined) kernel.display.html(content.html);
      else process.stdout.write(`${content.text}\n\n`);
    },
  };
}
