import { tslabKernel } from "../../notebook/tslab-kernel";
import { notebookProgress } from "./notebook-progress";
import { silentProgress, type ProgressReporter } from "./progress-reporter";
import { terminalProgress } from "./terminal-progress";

/** Where training progress goes: chosen for you (`'auto'`), or given explicitly. */
export type ProgressOption = "auto" | "notebook" | "terminal" | "none" | ProgressReporter;

/**
 * Resolves a {@link ProgressOption}: `'auto'` means a live display in a tslab notebook, else a
 * terminal bar (or plain log lines when standard error is not a terminal).
 */
export function resolveProgress(option: ProgressOption = "auto"): ProgressReporter {
  if (typeof option === "object") return option;
  if (option === "none") return silentProgress;
  const kernel = option === "terminal" ? undefined : tslabKernel();
  if (kernel !== undefined) return notebookProgress(kernel.newDisplay());
  if (option === "notebook") {
    throw new Error(
      "train: argument 'options.progress' is 'notebook', but no tslab kernel is running this code",
    );
  }
  return terminalProgress(process.stderr);
}
