/**
 * The four parts of the shipped corpus. `train` is for fitting, `validation` for choosing
 * thresholds and hyper-parameters, `test` for the reported numbers, and `oneshot` holds groups
 * (whole families) never used in training, for one-shot evaluation on unseen intents.
 */
export type Split = "train" | "validation" | "test" | "oneshot";

/** Every {@link Split}, in the order files and tables list them. */
export const SPLITS: readonly Split[] = ["train", "validation", "test", "oneshot"];

/**
 * Tells whether a value names a split.
 *
 * @param value - any value.
 * @returns `true` when `value` is one of {@link SPLITS}.
 * @example
 * ```ts
 * isSplit("oneshot"); // true
 * isSplit("dev"); // false
 * ```
 */
export function isSplit(value: unknown): value is Split {
  return typeof value === "string" && (SPLITS as readonly string[]).includes(value);
}
