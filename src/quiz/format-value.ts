/**
 * Formats a number for feedback: integers as they are, others with `digits` significant
 * digits and no trailing zeros (`0.8341`, `-1.5e-7`).
 *
 * @param x - the number.
 * @param digits - significant digits, default 4.
 * @returns the text.
 * @example
 * ```ts
 * formatNumber(Math.SQRT1_2); // "0.7071"
 * ```
 */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(digits)));
}

/**
 * Formats any plain value (numbers, nested arrays, objects of numbers) briefly, the way a
 * failing case is described to a learner: `[[0.12, -0.5], [0.3, 0.9]]`. Arrays longer than
 * `maxItems` are cut with a count.
 *
 * @param value - the value.
 * @param maxItems - items shown per array, default 8.
 * @returns the text.
 * @example
 * ```ts
 * formatValue({ threshold: 0.5, value: 0.75 }); // "{ threshold: 0.5, value: 0.75 }"
 * ```
 */
export function formatValue(value: unknown, maxItems = 8): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined || value === null || typeof value === "boolean") return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, maxItems).map((item) => formatValue(item, maxItems));
    const more = items.length > maxItems ? `, ... (${items.length} items)` : "";
    return `[${shown.join(", ")}${more}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v, maxItems)}`).join(", ")} }`;
  }
  return typeof value;
}
