import * as tf from "@tensorflow/tfjs";
import { formatNumber } from "./format-value";
import type { Tolerance } from "./quiz-types";
import { describeTolerance, withinTolerance } from "./tolerance";

/**
 * Converts what a function returned into plain data: a tensor becomes (nested) arrays or a
 * number, a typed array becomes an array, objects and arrays are converted item by item. The
 * tensor is not disposed (the caller owns it).
 *
 * @param value - any value.
 * @returns plain numbers, arrays and objects.
 * @example
 * ```ts
 * toPlainValue(tf.tensor1d([1, 2])); // [1, 2]
 * ```
 */
export function toPlainValue(value: unknown): unknown {
  if (value instanceof tf.Tensor) return value.arraySync();
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>);
  }
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlainValue(v)]),
    );
  }
  return value;
}

/**
 * Compares a learner's (plain) output with the expected one and says the first difference
 * in words: a wrong type, a wrong length, a missing field, or the first number outside the
 * tolerance with both values and the gap.
 *
 * @param actual - the learner's output, as plain data.
 * @param expected - the reference output, as plain data.
 * @param tolerance - accepted gap for every number.
 * @returns `undefined` when they agree, else one sentence.
 * @example
 * ```ts
 * compareOutput([1, 0.5], [1, 0.25], { absolute: 1e-4 });
 * // "item [1] is 0.5, expected 0.25 (off by 0.25; allowed: within 0.0001)"
 * ```
 */
export function compareOutput(
  actual: unknown,
  expected: unknown,
  tolerance: Tolerance,
): string | undefined {
  return compareAt("", actual, expected, tolerance);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return "null";
  if (value === undefined) return "nothing (undefined)";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : "a number";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function compareAt(
  path: string,
  actual: unknown,
  expected: unknown,
  tolerance: Tolerance,
): string | undefined {
  const where = path === "" ? "the result" : `item ${path}`;
  if (typeof expected === "number") {
    if (typeof actual !== "number") {
      return `${where} is ${kindOf(actual)}, expected a number`;
    }
    if (withinTolerance(actual, expected, tolerance)) return undefined;
    if (Number.isNaN(actual)) return `${where} is NaN, expected ${formatNumber(expected, 6)}`;
    return `${where} is ${formatNumber(actual, 6)}, expected ${formatNumber(expected, 6)} (off by ${formatNumber(Math.abs(actual - expected), 3)}; allowed: ${describeTolerance(tolerance)})`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      return `${where} is ${kindOf(actual)}, expected an array of ${expected.length}`;
    if (actual.length !== expected.length) {
      return `${where} has ${actual.length} items, expected ${expected.length}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const difference = compareAt(`${path}[${i}]`, actual[i], expected[i], tolerance);
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) {
      return `${where} is ${kindOf(actual)}, expected an object with ${Object.keys(expected).join(", ")}`;
    }
    for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
      if (!(key in actual)) return `${where} has no field '${key}'`;
      const difference = compareAt(
        path === "" ? key : `${path}.${key}`,
        (actual as Record<string, unknown>)[key],
        value,
        tolerance,
      );
      if (difference !== undefined) return difference;
    }
    return undefined;
  }
  return Object.is(actual, expected)
    ? undefined
    : `${where} is ${JSON.stringify(actual) ?? String(actual)}, expected ${JSON.stringify(expected) ?? String(expected)}`;
}
