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
  return setJaccard(tokenSet("a", a), tokenSet("b", b));
}

/**
 * The Jaccard index of two sets, `|A ∩ B| / |A ∪ B|` (1 for two empty sets). The fast path of
 * {@link tokenJaccard} for callers that compare the same texts many times and keep their word
 * sets.
 *
 * @param a - a set of tokens.
 * @param b - another set of tokens.
 * @returns a number in [0, 1].
 * @example
 * ```ts
 * setJaccard(new Set(["a", "b"]), new Set(["b", "c"])); // 1 / 3
 * ```
 */
export function setJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The set of words {@link tokenJaccard} compares for a text (lower-cased, punctuation dropped),
 * for callers that keep the sets and compare them with {@link setJaccard}.
 */
export function wordSet(text: string): Set<string> {
  return new Set(WORDS.tokenize(text));
}

function tokenSet(argument: string, value: string | readonly string[]): Set<string> {
  if (typeof value === "string") return wordSet(value);
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
