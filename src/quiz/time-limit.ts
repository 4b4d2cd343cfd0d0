import * as vm from "node:vm";

/** Thrown by {@link callWithTimeLimit} when the call did not return in time. */
export class TimeLimitError extends Error {
  /**
   * @param timeoutMs - the limit that was exceeded, in ms.
   */
  constructor(readonly timeoutMs: number) {
    super(`did not return within ${timeoutMs} ms`);
    this.name = "TimeLimitError";
  }
}

/**
 * Whether an error says that code was stopped by a time limit: a {@link TimeLimitError}, or
 * the error of a `vm` script's own `timeout` (code `ERR_SCRIPT_EXECUTION_TIMEOUT`), as a
 * compiled code answer's calls throw.
 *
 * @param error - anything thrown.
 * @returns whether it is a time-limit stop.
 * @example
 * ```ts
 * isTimeLimitError(new TimeLimitError(2000)); // true
 * ```
 */
export function isTimeLimitError(error: unknown): boolean {
  return (
    error instanceof TimeLimitError ||
    (typeof error === "object" &&
      error !== null &&
      (error as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT")
  );
}

// One context for every call: creating a context costs milliseconds, running a script in it
// microseconds. The script only calls the function it is handed.
const context = vm.createContext({ run: undefined as (() => unknown) | undefined });
const script = new vm.Script("run()", { filename: "siamese-lab-time-limit" });

/**
 * Calls `action` and stops it if it runs longer than `timeoutMs`: a learner's endless loop
 * costs one failed case instead of a hung notebook kernel. Works for any synchronous code,
 * functions made in the notebook included, because `vm`'s time limit interrupts whatever
 * JavaScript runs in the thread. A stopped call runs none of its `finally` blocks: callers
 * that hand it code touching shared state (a TensorFlow.js scope) repair that state afterwards
 * (see `restoreEngine`).
 *
 * The limit covers synchronous work only: a Promise the action returns is not awaited.
 *
 * @param action - the work to run.
 * @param timeoutMs - the limit, in ms (a positive integer).
 * @returns what `action` returned.
 * @throws {@link TimeLimitError} when the limit was reached; whatever `action` throws.
 * @example
 * ```ts
 * callWithTimeLimit(() => learnerFunction(a, b), 2000);
 * ```
 */
export function callWithTimeLimit<T>(action: () => T, timeoutMs: number): T {
  const previous = context["run"] as unknown;
  context["run"] = action;
  try {
    return script.runInContext(context, { timeout: timeoutMs }) as T;
  } catch (error) {
    if (isTimeLimitError(error) && !(error instanceof TimeLimitError)) {
      throw new TimeLimitError(timeoutMs);
    }
    throw error;
  } finally {
    context["run"] = previous;
  }
}
