import { setJaccard } from "../../src/text/token-jaccard";

/** Two items whose word sets overlap at least the asked amount. */
export interface SimilarPair {
  /** Index of the first item (a < b). */
  readonly a: number;
  readonly b: number;
  /** Their token Jaccard. */
  readonly overlap: number;
}

/**
 * Every pair of word sets with Jaccard >= `threshold`, without comparing all pairs: sets this
 * similar must share one of their rarest `|A| - ceil(threshold * |A|) + 1` words (prefix
 * filtering; Chaudhuri, Ganti and Kaushik, "A Primitive Operator for Similarity Joins in Data
 * Cleaning", ICDE 2006), so only sets sharing such a word are compared. Gives exactly what a
 * loop over all pairs gives, in a fraction of the time on 10,000 questions.
 *
 * @param sets - the word sets.
 * @param threshold - the least Jaccard, in (0, 1].
 * @param skip - pairs to leave out before comparing (for example, the same group).
 * @returns the pairs, ordered by `a`, then `b`.
 */
export function similarPairs(
  sets: readonly ReadonlySet<string>[],
  threshold: number,
  skip: (a: number, b: number) => boolean = () => false,
): SimilarPair[] {
  const frequency = new Map<string, number>();
  for (const set of sets)
    for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarestFirst = (a: string, b: string): number =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const index = new Map<string, number[]>();
  const prefixes = sets.map((set) => {
    const sorted = [...set].sort(rarestFirst);
    return sorted.slice(0, sorted.length - Math.ceil(threshold * sorted.length) + 1);
  });
  prefixes.forEach((prefix, i) => {
    for (const word of prefix) {
      const list = index.get(word) ?? [];
      list.push(i);
      index.set(word, list);
    }
  });
  const pairs: SimilarPair[] = [];
  sets.forEach((set, a) => {
    const candidates = new Set<number>();
    for (const word of prefixes[a] as string[]) {
      for (const b of index.get(word) ?? []) if (b > a) candidates.add(b);
    }
    // Two empty sets have Jaccard 1 but no words to share: compare them directly.
    if (set.size === 0) sets.forEach((other, b) => b > a && other.size === 0 && candidates.add(b));
    for (const b of [...candidates].sort((x, y) => x - y)) {
      if (skip(a, b)) continue;
      const overlap = setJaccard(set, sets[b] as ReadonlySet<string>);
      if (overlap >= threshold) pairs.push({ a, b, overlap });
    }
  });
  return pairs;
}
