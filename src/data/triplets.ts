import { createRandom } from "../random";
import { setJaccard, wordSet } from "../text/token-jaccard";
import { checkInteger, checkNumber, describeValue, invalidArgument } from "../validate";
import { checkGroups, checkOptionsObject } from "./check-groups";
import type { GroupLike } from "./question-group";

/** An explicit triplet: `anchor` and `positive` ask the same thing, `negative` does not. */
export interface Triplet {
  /** A question. */
  readonly anchor: string;
  /** Another question of the anchor's group. */
  readonly positive: string;
  /** A question of another group. */
  readonly negative: string;
  /** The id of the anchor's (and positive's) group. */
  readonly anchorGroup: string;
  /** The id of the negative's group. */
  readonly negativeGroup: string;
}

/** Options of {@link triplets}. */
export interface TripletsOptions {
  /** How many triplets to draw (at least 1). */
  readonly count: number;
  /** Seed of the draws; equal seeds give equal triplets. */
  readonly seed: number;
  /**
   * Draw each negative among the questions of other groups with the highest word overlap
   * (token Jaccard, `tokenJaccard`) with the anchor, instead of uniformly. Default false.
   */
  readonly preferHardNegatives?: boolean;
  /** With `preferHardNegatives`: how many of the most overlapping questions to draw from (default 10). */
  readonly hardNegativePool?: number;
}

/**
 * Draws explicit (anchor, positive, negative) triplets for the triplet loss (Schroff et al.,
 * "FaceNet", 2015): a group is chosen uniformly among those with two or more questions, anchor
 * and positive are two different questions of it, and the negative is a question of another
 * group — uniformly (a random group, then a random question), or with `preferHardNegatives`
 * uniformly among the `hardNegativePool` questions of other groups that share the most words
 * with the anchor ("Where are you from?" for "Where are you going?"), which are the negatives
 * a bag-of-words model confuses.
 *
 * @param groups - groups of questions that ask the same thing (at least two groups, one of
 *   them with two or more questions).
 * @param options - count, seed, preferHardNegatives (default false), hardNegativePool (default 10).
 * @returns `count` triplets.
 * @throws Error when `groups` is malformed or an option is invalid.
 * @example
 * ```ts
 * const groups = [
 *   { id: "from", questions: ["Where are you from?", "What is your home country?"] },
 *   { id: "going", questions: ["Where are you going?", "What is your destination?"] },
 * ];
 * triplets(groups, { count: 4, seed: 1, preferHardNegatives: true });
 * ```
 */
export function triplets(groups: readonly GroupLike[], options: TripletsOptions): Triplet[] {
  const fn = "triplets";
  checkGroups(fn, groups);
  checkOptionsObject(fn, options);
  const anchorGroups = groups
    .map((_, index) => index)
    .filter((index) => (groups[index] as GroupLike).questions.length >= 2);
  const negativeSources = groups.filter((group) => group.questions.length > 0).length;
  if (anchorGroups.length === 0 || negativeSources < 2) {
    throw invalidArgument(
      fn,
      "groups",
      "at least 2 non-empty groups, one with two or more questions",
      `${groups.length} groups, ${anchorGroups.length} with two or more questions`,
    );
  }
  const count = checkInteger(fn, "options.count", options.count, { min: 1 });
  const seed = checkNumber(fn, "options.seed", options.seed);
  const preferHard = options.preferHardNegatives ?? false;
  if (typeof preferHard !== "boolean") {
    throw invalidArgument(
      fn,
      "options.preferHardNegatives",
      "a boolean",
      describeValue(preferHard),
    );
  }
  const poolSize = checkInteger(fn, "options.hardNegativePool", options.hardNegativePool ?? 10, {
    min: 1,
  });

  const random = createRandom(seed);
  // Only hard negatives compare words.
  const tokens = preferHard ? groups.map((group) => group.questions.map(wordSet)) : [];
  const pools = new Map<string, { group: number; question: number }[]>();
  const hardPool = (group: number, question: number): { group: number; question: number }[] => {
    const key = `${group}:${question}`;
    let pool = pools.get(key);
    if (pool === undefined) {
      const anchorTokens = tokens[group]?.[question] ?? new Set<string>();
      const scored: { group: number; question: number; overlap: number }[] = [];
      tokens.forEach((questions, other) => {
        if (other === group) return;
        questions.forEach((candidate, index) => {
          scored.push({
            group: other,
            question: index,
            overlap: setJaccard(anchorTokens, candidate),
          });
        });
      });
      // Stable sort: equal overlaps keep corpus order, so the pool does not depend on timing.
      scored.sort((a, b) => b.overlap - a.overlap);
      pool = scored.slice(0, poolSize);
      pools.set(key, pool);
    }
    return pool;
  };

  const result: Triplet[] = [];
  for (let n = 0; n < count; n++) {
    const group = random.pick(anchorGroups);
    const questions = (groups[group] as GroupLike).questions;
    const [anchor, positive] = random.sample(
      questions.map((_, index) => index),
      2,
    ) as [number, number];
    let negative: { group: number; question: number };
    if (preferHard) {
      negative = random.pick(hardPool(group, anchor));
    } else {
      let other = random.int(groups.length - 1);
      // Uniform over the other groups: skip the anchor's own index, and empty groups.
      for (;;) {
        const candidate = other >= group ? other + 1 : other;
        if ((groups[candidate] as GroupLike).questions.length > 0) {
          other = candidate;
          break;
        }
        other = random.int(groups.length - 1);
      }
      negative = {
        group: other,
        question: random.int((groups[other] as GroupLike).questions.length),
      };
    }
    const negativeGroup = groups[negative.group] as GroupLike;
    result.push({
      anchor: questions[anchor] as string,
      positive: questions[positive] as string,
      negative: negativeGroup.questions[negative.question] as string,
      anchorGroup: (groups[group] as GroupLike).id,
      negativeGroup: negativeGroup.id,
    });
  }
  return result;
}
