/**
 * Says what was thrown in one line (`TypeError: a is undefined`), also for errors from another
 * realm (a `vm` context), where `instanceof Error` is false.
 *
 * @param error - anything thrown.
 * @returns `name: message`, or the value as text.
 * @example
 * ```ts
 * describeError(new RangeError("too big")); // "RangeError: too big"
 * ```
 */
export function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return `${typeof name === "string" ? name : "Error"}: ${String(message)}`;
  }
  return String(error);
}
