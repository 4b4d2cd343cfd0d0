import type { Random } from "../random";
import { checkNumber, invalidArgument } from "../validate";

/**
 * Word dropout for training: removes each token with probability `rate`, keeping at least one
 * token per sequence (the first, when all would go). Seeing questions with a word or two
 * missing stops a small model from memorising exact wordings, the same idea as dropout on
 * inputs (Srivastava et al., JMLR 2014), applied to whole words.
 *
 * @param sequences - token ids per text (as {@link encode} returns).
 * @param rate - the probability of dropping a token, in [0, 1).
 * @param random - the seeded generator that decides (so runs are reproducible).
 * @returns new sequences; the input is not changed.
 * @throws Error when `rate` is outside [0, 1).
 * @example
 * ```ts
 * const noisy = dropTokens(encode(texts, vocabulary), 0.1, createRandom(1));
 * ```
 */
export function dropTokens(
  sequences: readonly (readonly number[])[],
  rate: number,
  random: Random,
): number[][] {
  checkNumber("dropTokens", "rate", rate, { min: 0 });
  if (rate >= 1) throw invalidArgument("dropTokens", "rate", "a number in [0, 1)", String(rate));
  return sequences.map((sequence) => {
    const kept = sequence.filter(() => random.next() >= rate);
    return kept.length > 0 || sequence.length === 0 ? kept : [sequence[0] as number];
  });
}
