import { describeValue, invalidArgument } from "./validation-error";

/** Checks that an option is a finite number within `[min, max]` (either bound optional). */
export function checkNumber(
  fn: string,
  argument: string,
  value: unknown,
  { min, max }: { min?: number; max?: number } = {},
): number {
  const range =
    min !== undefined && max !== undefined
      ? ` in [${min}, ${max}]`
      : min !== undefined
        ? ` >= ${min}`
        : max !== undefined
          ? ` <= ${max}`
          : "";
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidArgument(fn, argument, `a finite number${range}`, describeValue(value));
  }
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    throw invalidArgument(fn, argument, `a finite number${range}`, describeValue(value));
  }
  return value;
}

/** Checks that an option is an integer within `[min, max]` (either bound optional). */
export function checkInteger(
  fn: string,
  argument: string,
  value: unknown,
  bounds: { min?: number; max?: number } = {},
): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw invalidArgument(fn, argument, "an integer", describeValue(value));
  }
  return checkNumber(fn, argument, value, bounds);
}

/** Checks that an option is one of the allowed string values. */
export function checkOneOf<T extends string>(
  fn: string,
  argument: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw invalidArgument(
      fn,
      argument,
      `one of ${allowed.map((a) => `'${a}'`).join(", ")}`,
      describeValue(value),
    );
  }
  return value as T;
}

/** Checks that an option is a boolean. */
export function checkBoolean(fn: string, argument: string, value: unknown): boolean {
  if (typeof value !== "boolean")
    throw invalidArgument(fn, argument, "true or false", describeValue(value));
  return value;
}
