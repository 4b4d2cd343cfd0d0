import type { MultipleScoring } from "./quiz-types";

/** How a set of chosen letters compares with the key. */
export interface ChoiceScore {
  /** Share of the question's points earned, in [0, 1]. */
  readonly fraction: number;
  /** Chosen letters that are correct. */
  readonly right: readonly string[];
  /** Chosen letters that are not. */
  readonly wrong: readonly string[];
  /** How many correct letters were not chosen. */
  readonly missed: number;
}

/**
 * Scores chosen option letters against the correct ones.
 *
 * `"all-or-nothing"`: 1 when the chosen set equals the correct set, else 0.
 * `"partial"`: with k correct letters, `max(0, (right - wrong) / k)`, so every correct choice
 * earns 1/k and every wrong one costs 1/k.
 *
 * @param correct - the key's letters.
 * @param chosen - the learner's letters (already validated: distinct, in range).
 * @param scoring - the rule.
 * @returns the fraction earned and which choices were right and wrong.
 * @example
 * ```ts
 * scoreChoice(["A", "D"], ["A", "B"], "partial").fraction; // 0 (1/2 - 1/2)
 * scoreChoice(["A", "D"], ["A"], "partial").fraction;      // 0.5
 * ```
 */
export function scoreChoice(
  correct: readonly string[],
  chosen: readonly string[],
  scoring: MultipleScoring,
): ChoiceScore {
  const right = chosen.filter((l) => correct.includes(l));
  const wrong = chosen.filter((l) => !correct.includes(l));
  const missed = correct.length - right.length;
  const exact = wrong.length === 0 && missed === 0;
  const fraction =
    scoring === "partial"
      ? Math.max(0, (right.length - wrong.length) / correct.length)
      : exact
        ? 1
        : 0;
  return { fraction, right, wrong, missed };
}
