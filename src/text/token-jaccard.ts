import { describeValue, invalidArgument } from "../validate";
import { Tokenizer } from "./tokenizer";

const WORDS = new Tokenizer({ lowercase: true, punctuation: "drop" });

/**
 * Word overlap of two texts: the Jaccard index of their sets of word tokens,
 * `|A ∩ B| / |A ∪ B|`, where the words come from a lower-casing {@link Tokenizer} that drops
 * punctuation. It is the corpus's measure of how "hard" a non-duplicate pair is: at 0.5 or more
 * the two questions share most of their words but ask different things.
 *
 * @param a - a text, or its tokens already split.
 * @param b - a text, or its tokens already split.
 * @returns a number in [0, 1]; 1 for two texts with the same words (also for two empty texts).
 * @throws Error when `a` or `b` is neither a string nor an array of strings.
 * @example
 * ```ts
 * tokenJaccard("Where are you from?", "Where are you going?"); // 3 shared / 5 words = 0.6
 * ```
 */
export function tokenJaccard(a: string | readonly string[], b: string | readonly string[]): number {
  const setA = tokenSet("a", a);
  const setB = tokenSet("b", b);
  if (setA.size === 0 && setB.size === 0) return 1;
  let shared = 0;
  for (const token of setA) if (setB.has(token)) shared++;
  return shared / (setA.size + setB.size - shared);
}

function tokenSet(argument: string, value: string | readonly string[]): Set<string> {
  if (typeof value === "string") return new Set(WORDS.tokenize(value));
  if (Array.isArray(value) && value.every((token) => typeof token === "string")) {
    return new Set(value);
  }
  throw invalidArgument(
    "tokenJaccard",
    argument,
    "a string or an array of strings",
    describeValue(value),
  );
}
