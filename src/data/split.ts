/**
 * The five parts of the shipped corpus. `train` is for fitting, `validation` for choosing
 * thresholds and hyper-parameters, `test` for the reported numbers, and `oneshot` holds groups
 * (whole families) never used in training, for one-shot evaluation on unseen intents. These
 * four divide the families of the same topics. `unseen-topics` holds whole topics that no
 * training, validation or model-selection step sees: it measures whether a model learned what
 * questions mean or only the topics it was trained on.
 */
export type Split = "train" | "validation" | "test" | "oneshot" | "unseen-topics";

/** Every {@link Split}, in the order files and tables list them. */
export const SPLITS: readonly Split[] = ["train", "validation", "test", "oneshot", "unseen-topics"];

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
