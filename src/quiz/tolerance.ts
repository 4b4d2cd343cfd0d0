import type { Tolerance } from "./quiz-types";
import { formatNumber } from "./format-value";

/**
 * Whether `value` is close enough to `key`: `|value - key| <= absolute` or
 * `|value - key| <= relative * |key|` (either tolerance may be absent).
 *
 * @param value - the learner's number.
 * @param key - the expected number.
 * @param tolerance - the accepted distance.
 * @returns true when within tolerance.
 * @example
 * ```ts
 * withinTolerance(0.705, 0.7071, { absolute: 0.01 }); // true
 * ```
 */
export function withinTolerance(value: number, key: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(key)) return Object.is(value, key);
  const gap = Math.abs(value - key);
  return (
    (tolerance.absolute !== undefined && gap <= tolerance.absolute) ||
    (tolerance.relative !== undefined && gap <= tolerance.relative * Math.abs(key))
  );
}

/**
 * Says a tolerance in words: `"within 0.001"`, `"within 1% of the answer"` or both.
 *
 * @param tolerance - the tolerance.
 * @returns a phrase to put in feedback.
 * @example
 * ```ts
 * describeTolerance({ absolute: 0.01 }); // "within 0.01"
 * ```
 */
export function describeTolerance(tolerance: Tolerance): string {
  const parts: string[] = [];
  if (tolerance.absolute !== undefined) parts.push(`within ${formatNumber(tolerance.absolute)}`);
  if (tolerance.relative !== undefined) {
    parts.push(`within ${formatNumber(tolerance.relative * 100)}% of the answer`);
  }
  return parts.join(" or ");
}
