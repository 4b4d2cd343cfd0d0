import type { Split } from "../../src/data";
import { createRandom, type Random } from "../../src/random";
import {
  SEEN_SPLITS,
  SPLIT_SHARES,
  subSeed,
  UNSEEN_TOPICS,
  type SeenSplit,
  type SourceFamily,
  type SourceTopic,
} from "./source-corpus";

/**
 * Puts every family, whole, into a split, so that contrast groups (the hard negatives) never
 * straddle two splits. The families of the held-out topics ({@link UNSEEN_TOPICS} by default)
 * all go to `unseen-topics`. The other topics are stratified: each topic's groups are divided in the
 * {@link SPLIT_SHARES} proportions, rounded to whole groups (largest remainder first; where a
 * remainder ties, the split the corpus as a whole is furthest behind on wins, so the totals land
 * close to 70/10/10/10). Then validation, test and oneshot each get a random set of the topic's
 * families (seeded per topic) whose sizes add up exactly to their share — or as close as the
 * family sizes (1 to 3 groups) allow — using as few families as possible, and train gets the
 * rest.
 *
 * @param topics - the topics, in a fixed order.
 * @param seed - the corpus seed.
 * @returns the split of each family id.
 */
export function assignSplits(
  topics: readonly SourceTopic[],
  seed: number,
  unseenTopics: readonly string[] = UNSEEN_TOPICS,
): Map<string, Split> {
  const splitOf = new Map<string, Split>();
  const behind: Record<SeenSplit, number> = { train: 0, validation: 0, test: 0, oneshot: 0 };
  for (const topic of topics) {
    if (unseenTopics.includes(topic.topic)) {
      for (const family of topic.families) splitOf.set(family.id, "unseen-topics");
      continue;
    }
    const random = createRandom(subSeed(seed, "split", topic.topic));
    const total = topic.families.reduce((sum, family) => sum + family.groups.length, 0);
    const target = topicTargets(total, behind);
    let left = random.shuffle(topic.families);
    const assigned: Record<SeenSplit, number> = { train: 0, validation: 0, test: 0, oneshot: 0 };
    for (const split of SEEN_SPLITS.filter((s) => s !== "train")) {
      const chosen = closestSubset(left, target[split], random);
      for (const family of chosen) {
        splitOf.set(family.id, split);
        assigned[split] += family.groups.length;
      }
      left = left.filter((family) => !chosen.includes(family));
    }
    for (const family of left) {
      splitOf.set(family.id, "train");
      assigned.train += family.groups.length;
    }
    for (const split of SEEN_SPLITS) behind[split] += SPLIT_SHARES[split] * total - assigned[split];
  }
  return splitOf;
}

/** Whole-group shares of one topic: largest remainder, ties to the split furthest behind. */
function topicTargets(
  total: number,
  behind: Readonly<Record<SeenSplit, number>>,
): Record<SeenSplit, number> {
  const ideal = SEEN_SPLITS.map((split) => ({ split, value: SPLIT_SHARES[split] * total }));
  const target = Object.fromEntries(
    ideal.map(({ split, value }) => [split, Math.floor(value)]),
  ) as Record<SeenSplit, number>;
  let left = total - SEEN_SPLITS.reduce((sum, split) => sum + target[split], 0);
  const order = [...ideal].sort(
    (a, b) =>
      b.value -
      Math.floor(b.value) +
      behind[b.split] -
      (a.value - Math.floor(a.value) + behind[a.split]),
  );
  for (const { split } of order) {
    if (left <= 0) break;
    target[split] += 1;
    left--;
  }
  return target;
}

/**
 * A random set of families whose group counts add up to `target`, or, when no set does, to the
 * nearest reachable total (below before above). Searches sets of up to five families, which
 * covers every target a topic of up to about 50 groups produces.
 */
function closestSubset(
  families: readonly SourceFamily[],
  target: number,
  random: Random,
): SourceFamily[] {
  const bySum = new Map<number, SourceFamily[][]>();
  const visit = (start: number, chosen: SourceFamily[], sum: number): void => {
    if (chosen.length > 0) {
      const list = bySum.get(sum) ?? [];
      list.push(chosen);
      bySum.set(sum, list);
    }
    if (chosen.length === 5 || sum >= target) return;
    for (let i = start; i < families.length; i++) {
      const family = families[i] as SourceFamily;
      visit(i + 1, [...chosen, family], sum + family.groups.length);
    }
  };
  visit(0, [], 0);
  for (let distance = 0; distance <= target; distance++) {
    for (const sum of [target - distance, target + distance]) {
      const sets = bySum.get(sum);
      if (sum > 0 && sets !== undefined) {
        // Fewest families first: whole contrast families rather than single groups, so the
        // held-out splits keep as many hard negatives per group as train.
        const fewest = Math.min(...sets.map((set) => set.length));
        return random.pick(sets.filter((set) => set.length === fewest));
      }
    }
  }
  return [];
}
