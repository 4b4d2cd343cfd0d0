/**
 * Builds the error every siamese-lab function throws for bad input: it names the function, the
 * argument, what was expected and what was given, so the message alone says what to fix.
 *
 * @example
 * ```ts
 * throw invalidArgument("cosineSimilarity", "b", "shape [4, 8] (same as 'a')", "shape [4, 9]");
 * // Error: cosineSimilarity: argument 'b' must be shape [4, 8] (same as 'a'), got shape [4, 9]
 * ```
 */
export function invalidArgument(
  fn: string,
  argument: string,
  expected: string,
  actual: string,
): Error {
  return new Error(`${fn}: argument '${argument}' must be ${expected}, got ${actual}`);
}

/** Formats a tensor shape the way error messages print it: `[4, 8]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(", ")}]`;
}

/** Formats any value briefly for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value === "object" ? (value.constructor?.name ?? "an object") : typeof value;
}
