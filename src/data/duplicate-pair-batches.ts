import { createRandom, type Random } from "../random";
import { checkInteger, checkNumber, checkOneOf, describeValue, invalidArgument } from "../validate";
import { setJaccard, wordSet } from "../text/token-jaccard";
import { checkGroups, checkOptionsObject } from "./check-groups";
import type { GroupLike } from "./question-group";

/** One batch of {@link duplicatePairBatches}: row `i` of `anchors` and `positives` is a duplicate pair. */
export interface DuplicatePairBatch {
  /** The first question of each pair, `[rows]`. */
  readonly anchors: string[];
  /** The second question of each pair, `[rows]`: `positives[i]` asks what `anchors[i]` asks. */
  readonly positives: string[];
  /** The group of each row, `[rows]`; all different within a batch. */
  readonly groupIds: string[];
  /**
   * With {@link DuplicatePairBatchesOptions.hardNegatives}: one question per row from a group
   * that asks something else but is easily confused with the row's group, `[rows]`.
   */
  readonly negatives?: string[];
}

/** Options of {@link duplicatePairBatches}. */
export interface DuplicatePairBatchesOptions<G extends GroupLike = GroupLike> {
  /** Rows per batch: at least 2, at most the number of groups with two or more questions. */
  readonly batchSize: number;
  /** Seed of the shuffles; equal seeds give equal batches. */
  readonly seed: number;
  /** How many passes over the pairs (default 1); each epoch is shuffled anew. */
  readonly epochs?: number;
  /**
   * What to do with the pairs that cannot fill a full batch of distinct groups:
   * `"partial"` (default) ends the epoch with smaller batches holding them, so every pair is
   * visited; `"drop"` leaves them out of this epoch (other epochs may pick other pairs).
   */
  readonly remainder?: "partial" | "drop";
  /**
   * Hard negatives by batch composition: when given, every batch takes its rows from groups
   * with the same key (for example `(group) => group.topic`), so the in-batch negatives are
   * questions on the same subject instead of random ones. Batches of small clusters have fewer
   * than `batchSize` rows (as many as the cluster has groups), and the epoch's batches of all
   * clusters come in random order. Each epoch still visits every pair exactly once.
   */
  readonly clusterBy?: (group: G) => string;
  /**
   * Explicit hard negatives: for each row, the question of the groups this returns for the
   * row's group (for example its contrast groups: same words, another need) that shares the
   * most words with the row's anchor (token Jaccard; ties drawn at random), or a random
   * question of any other group when it returns none. The batch then carries `negatives`, which
   * `pairBatchLoss` adds to the in-batch negatives (Henderson et al., "Efficient Natural
   * Language Response Suggestion for Smart Reply", 2017, hard negatives in the same batch).
   */
  readonly hardNegatives?: (group: G) => readonly G[];
}

interface PairItem {
  readonly group: number;
  readonly anchor: string;
  readonly positive: string;
}

/**
 * Batches of duplicate pairs for in-batch-negative losses (the course's batch triplet loss,
 * multiple-negatives ranking): row `i` of `anchors` and row `i` of `positives` ask the same
 * thing, and **no two rows of a batch come from the same group**, so every off-diagonal pair
 * `(anchors[i], positives[j])`, `i != j`, is a true negative. (The course's generator draws
 * pairs at random and can put two pairs of one group in a batch, turning a duplicate into a
 * "negative".)
 *
 * One epoch visits every unordered duplicate pair `{a, b}` (`a != b`, same group) of the given
 * groups exactly once, in random order and orientation. It first makes the largest possible
 * number of full batches `B` — the largest `B` with `sum over groups of min(pairs_g, B) >=
 * batchSize * B`, since a group can give at most one pair to a batch — by laying the groups'
 * pairs end to end in random group order and dealing position `p` to batch `p mod B`
 * (McNaughton's wrap-around rule), then shuffles the batches. The pairs that cannot be placed
 * in a full batch — fewer than `batchSize` pairs of different groups, plus the pairs of any
 * group that has more pairs than there are full batches — follow at the end of the epoch in
 * smaller batches of distinct groups with `remainder: "partial"` (default; usually a single
 * batch), or are left out of that epoch with `remainder: "drop"` (other epochs leave out
 * other pairs).
 *
 * @param groups - groups of questions that ask the same thing; groups with fewer than two
 *   questions have no pairs and are ignored.
 * @param options - batchSize, seed, epochs (default 1), remainder (default `"partial"`),
 *   clusterBy (default none: batches mix all groups), hardNegatives (default none).
 * @returns an iterable of batches (each iteration restarts from the seed).
 * @throws Error when `groups` is malformed or an option is out of range (for example a
 *   batchSize larger than the number of groups with two or more questions).
 * @example
 * ```ts
 * const groups = [
 *   { id: "a", questions: ["a1", "a2", "a3"] },
 *   { id: "b", questions: ["b1", "b2"] },
 * ];
 * for (const batch of duplicatePairBatches(groups, { batchSize: 2, seed: 1 })) {
 *   console.log(batch.groupIds, batch.anchors, batch.positives);
 * }
 * // 3 + 1 pairs: one full batch (one pair of a, the pair of b), then 2 single-row batches
 * ```
 */
export function duplicatePairBatches<G extends GroupLike>(
  groups: readonly G[],
  options: DuplicatePairBatchesOptions<G>,
): Iterable<DuplicatePairBatch> {
  const fn = "duplicatePairBatches";
  checkGroups(fn, groups);
  checkOptionsObject(fn, options);
  const usable = groups.filter((group) => group.questions.length >= 2);
  if (usable.length < 2) {
    throw invalidArgument(
      fn,
      "groups",
      "at least 2 groups with two or more questions",
      `${usable.length} such group${usable.length === 1 ? "" : "s"}`,
    );
  }
  const batchSize = checkInteger(fn, "options.batchSize", options.batchSize, { min: 2 });
  if (batchSize > usable.length) {
    throw invalidArgument(
      fn,
      "options.batchSize",
      `at most ${usable.length} (the number of groups with two or more questions)`,
      String(batchSize),
    );
  }
  const seed = checkNumber(fn, "options.seed", options.seed);
  const epochs = checkInteger(fn, "options.epochs", options.epochs ?? 1, { min: 1 });
  const remainder = checkOneOf(fn, "options.remainder", options.remainder ?? "partial", [
    "partial",
    "drop",
  ] as const);
  const clusterBy = options.clusterBy;
  if (clusterBy !== undefined && typeof clusterBy !== "function") {
    throw invalidArgument(
      fn,
      "options.clusterBy",
      "a function (group) => key",
      describeValue(clusterBy),
    );
  }
  const hardNegatives = options.hardNegatives;
  if (hardNegatives !== undefined && typeof hardNegatives !== "function") {
    throw invalidArgument(
      fn,
      "options.hardNegatives",
      "a function (group) => groups",
      describeValue(hardNegatives),
    );
  }
  const clusters = clusterBy === undefined ? [usable] : clusterGroups(usable, clusterBy);
  const byId = new Map(usable.map((group) => [group.id, group]));
  const withNegatives = (batch: DuplicatePairBatch, random: Random): DuplicatePairBatch =>
    hardNegatives === undefined ? batch : addNegatives(batch, byId, usable, hardNegatives, random);
  return {
    *[Symbol.iterator]() {
      const random = createRandom(seed);
      for (let epoch = 0; epoch < epochs; epoch++) {
        const negatives = createRandom(random.fork());
        if (clusters.length === 1) {
          for (const batch of epochBatches(usable, batchSize, remainder, random)) {
            yield withNegatives(batch, negatives);
          }
          continue;
        }
        const batches = clusters.flatMap((cluster) => [
          ...epochBatches(cluster, Math.min(batchSize, cluster.length), remainder, random),
        ]);
        for (const batch of random.shuffle(batches)) yield withNegatives(batch, negatives);
      }
    },
  };
}

/** One question per row from the row group's hard-negative groups (any other group if none). */
function addNegatives<G extends GroupLike>(
  batch: DuplicatePairBatch,
  byId: ReadonlyMap<string, G>,
  pool: readonly G[],
  hardNegatives: (group: G) => readonly G[],
  random: Random,
): DuplicatePairBatch {
  const negatives = batch.groupIds.map((id, row) => {
    const candidates = hardNegatives(byId.get(id) as G).filter(
      (other) => other.id !== id && other.questions.length > 0,
    );
    if (candidates.length > 0) {
      const anchor = wordSet(batch.anchors[row] as string);
      let best: string[] = [];
      let bestOverlap = -1;
      for (const question of candidates.flatMap((group) => group.questions)) {
        const overlap = setJaccard(anchor, wordSet(question));
        if (overlap > bestOverlap) [best, bestOverlap] = [[question], overlap];
        else if (overlap === bestOverlap) best.push(question);
      }
      return random.pick(best);
    }
    let chosen = random.pick(pool);
    // The pool has at least two groups, so this ends.
    while (chosen.id === id) chosen = random.pick(pool);
    return random.pick(chosen.questions);
  });
  return { ...batch, negatives };
}

/** Splits groups by key, in order of first appearance (so the result is deterministic). */
function clusterGroups<G extends GroupLike>(
  groups: readonly G[],
  key: (group: G) => string,
): G[][] {
  const clusters = new Map<string, G[]>();
  for (const group of groups) {
    const k = key(group);
    const cluster = clusters.get(k);
    if (cluster === undefined) clusters.set(k, [group]);
    else cluster.push(group);
  }
  return [...clusters.values()];
}

function* epochBatches(
  groups: readonly GroupLike[],
  batchSize: number,
  remainder: "partial" | "drop",
  random: Random,
): Generator<DuplicatePairBatch> {
  const order = random.shuffle(groups.map((_, index) => index));
  const pairsByGroup = order.map((group) => groupPairs(groups, group, random));
  const counts = pairsByGroup.map((pairs) => pairs.length);
  const fullBatches = largestFullBatchCount(counts, batchSize);
  // Each group may give at most one pair per batch. The capped counts add up to a little more
  // than the full batches hold (less than one batch more); the surplus is taken one pair each
  // from different groups, preferring groups not already over the cap, so that the pairs left
  // over fit in as few extra batches as possible.
  const taken = counts.map((count) => Math.min(count, fullBatches));
  let surplus = taken.reduce((sum, count) => sum + count, 0) - fullBatches * batchSize;
  const donors = random
    .shuffle(taken.map((_, index) => index).filter((index) => (taken[index] as number) > 0))
    .sort((a, b) => Number(counts[a]! > fullBatches) - Number(counts[b]! > fullBatches));
  for (const index of donors) {
    if (surplus === 0) break;
    taken[index] = (taken[index] as number) - 1;
    surplus--;
  }
  // McNaughton's wrap-around rule: lay the taken pairs end to end and deal position p to batch
  // p mod B. A group's pairs are contiguous and at most B, so they land in different batches.
  const batches: PairItem[][] = Array.from({ length: fullBatches }, () => []);
  const left: PairItem[][] = [];
  let position = 0;
  pairsByGroup.forEach((pairs, index) => {
    const count = taken[index] as number;
    for (const pair of pairs.slice(0, count)) {
      (batches[position % fullBatches] as PairItem[]).push(pair);
      position++;
    }
    if (pairs.length > count) left.push(pairs.slice(count));
  });
  for (const batch of random.shuffle(batches)) yield toBatch(groups, random.shuffle(batch));
  if (remainder === "drop") return;
  // Leftovers: each batch takes one pair from each of the (up to batchSize) groups with the
  // most pairs left, which needs the fewest extra batches.
  while (left.length > 0) {
    left.sort((a, b) => b.length - a.length);
    const taken = left.slice(0, batchSize).map((pairs) => pairs.pop() as PairItem);
    for (let i = left.length - 1; i >= 0; i--)
      if ((left[i] as PairItem[]).length === 0) left.splice(i, 1);
    yield toBatch(groups, random.shuffle(taken));
  }
}

/** The unordered pairs of one group, shuffled, each in a random orientation. */
function groupPairs(groups: readonly GroupLike[], group: number, random: Random): PairItem[] {
  const questions = (groups[group] as GroupLike).questions;
  const pairs: PairItem[] = [];
  for (let a = 0; a < questions.length; a++) {
    for (let b = a + 1; b < questions.length; b++) {
      const [first, second] = random.next() < 0.5 ? [a, b] : [b, a];
      pairs.push({
        group,
        anchor: questions[first] as string,
        positive: questions[second] as string,
      });
    }
  }
  return random.shuffle(pairs);
}

/**
 * The largest number of batches of `batchSize` distinct groups the counts can fill: a group
 * gives at most one pair per batch, so `B` batches are possible exactly when
 * `sum(min(count, B)) >= batchSize * B`.
 */
function largestFullBatchCount(counts: readonly number[], batchSize: number): number {
  const total = counts.reduce((sum, count) => sum + count, 0);
  for (let batches = Math.floor(total / batchSize); batches > 0; batches--) {
    const fillable = counts.reduce((sum, count) => sum + Math.min(count, batches), 0);
    if (fillable >= batchSize * batches) return batches;
  }
  return 0;
}

function toBatch(groups: readonly GroupLike[], items: readonly PairItem[]): DuplicatePairBatch {
  return {
    anchors: items.map((item) => item.anchor),
    positives: items.map((item) => item.positive),
    groupIds: items.map((item) => (groups[item.group] as GroupLike).id),
  };
}
