import * as path from "node:path";

/** The part of tslab's display API siamese-lab uses. */
export interface KernelDisplay {
  /**
   * Shows an HTML fragment as the output of the running cell.
   *
   * @param html - the fragment; scripts in it run when the notebook is trusted.
   */
  html(html: string): void;
  /**
   * Shows plain text as the output of the running cell.
   *
   * @param text - the text, shown as is.
   */
  text(text: string): void;
}

/** tslab's public module, as far as siamese-lab uses it. */
export interface TslabKernel {
  /** Displays rich output in the running cell. */
  readonly display: KernelDisplay;
  /**
   * A display that overwrites its own previous output (for live progress).
   *
   * @returns a new display, attached to the running cell.
   */
  newDisplay(): KernelDisplay;
}

/**
 * The tslab kernel this process runs in, or `undefined` outside a notebook.
 *
 * tslab is already loaded when code runs in its kernel, so this only searches Node's module
 * cache and never loads tslab itself (slow to import, and useless outside a kernel). That also
 * finds the kernel's own copy when it is not the one in this package's `node_modules`. A cell
 * must be executing: tslab sets its output channel only then.
 *
 * @returns tslab's display functions, or `undefined`.
 * @example
 * ```ts
 * tslabKernel()?.display.html("<b>hello</b>");
 * ```
 */
export function tslabKernel(): TslabKernel | undefined {
  const suffix = `${path.sep}tslab${path.sep}dist${path.sep}jupyter.js`;
  for (const [file, cached] of Object.entries(require.cache)) {
    if (!file.endsWith(suffix)) continue;
    const jupyter = cached?.exports as { lastWriteDisplayData?: unknown } | undefined;
    if (jupyter?.lastWriteDisplayData == null) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tslab = require(path.join(path.dirname(file), "public.js")) as Partial<TslabKernel>;
    if (typeof tslab.display?.html === "function" && typeof tslab.newDisplay === "function") {
      return tslab as TslabKernel;
    }
  }
  return undefined;
}
