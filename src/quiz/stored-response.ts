/** An answer as progress and answers files keep it: letters, a number, or JavaScript source. */
export type StoredResponse = readonly string[] | number | string;

/**
 * Whether a value is a {@link StoredResponse} that survives a JSON round trip unchanged:
 * a string, a finite number (JSON has no Infinity or NaN: they would be written as `null`), or
 * an array of strings. The progress store and answers files accept exactly these values, and
 * the grader only ever produces them, so what one writes the other reads back.
 *
 * @param value - anything.
 * @returns whether it can be stored.
 * @example
 * ```ts
 * isStoredResponse(["A", "D"]); // true
 * isStoredResponse(Infinity);   // false
 * ```
 */
export function isStoredResponse(value: unknown): value is StoredResponse {
  return (
    typeof value === "string" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((item) => typeof item === "string"))
  );
}
