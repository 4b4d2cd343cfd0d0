import { SPLITS, type Split } from "../../src/data";
import { tokenJaccard } from "../../src/text";
import { setJaccard, wordSet } from "../../src/text/token-jaccard";
import { negativeKind, PAIR_PLAN, type NegativeKind } from "./make-pairs";
import type { CorpusGroup, CorpusPair, CorpusQuestion } from "./source-corpus";

/** Word-overlap (token Jaccard) summary of a set of pairs. */
export interface OverlapSummary {
  readonly pairs: number;
  readonly mean: number;
  /** Quantiles by linear interpolation between order statistics (numpy's default). */
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  /** The share of pairs with overlap >= 0.5. */
  readonly atLeastHalf: number;
}

/** Counts of one split (or of the whole corpus). */
export interface PartCounts {
  readonly families: number;
  readonly groups: number;
  readonly questions: number;
  readonly pairs: number;
  readonly duplicates: number;
  readonly nonDuplicates: number;
  readonly hardNonDuplicates: number;
}

/** The numbers `stats.json` holds and the datasheet quotes. */
export interface CorpusStats {
  readonly seed: number;
  readonly hardOverlap: number;
  readonly topics: number;
  readonly total: PartCounts;
  /** duplicates / pairs. */
  readonly duplicateShare: number;
  /** hard non-duplicates / non-duplicates. */
  readonly hardShare: number;
  readonly splits: Readonly<Record<Split, PartCounts>>;
  readonly byTopic: readonly {
    readonly topic: string;
    readonly groups: Readonly<Record<Split, number>>;
    readonly questions: number;
  }[];
  readonly nonDuplicateKinds: Readonly<Record<NegativeKind, number>>;
  /** Mean token Jaccard over every pair of questions within a group. */
  readonly withinGroupJaccard: number;
  /** The topics of the `unseen-topics` split. */
  readonly unseenTopics: readonly string[];
  readonly overlap: {
    readonly duplicates: OverlapSummary;
    readonly nonDuplicates: OverlapSummary;
  };
}

/** Rounds a share or mean for the JSON file and the tables. */
export function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Quantile `q` of ascending `sorted` values, interpolating linearly. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = q * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (position - low);
}

/** Summarises overlaps. */
export function summariseOverlap(values: readonly number[]): OverlapSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return {
    pairs: sorted.length,
    mean: round4(mean),
    p10: round4(quantile(sorted, 0.1)),
    median: round4(quantile(sorted, 0.5)),
    p90: round4(quantile(sorted, 0.9)),
    atLeastHalf: round4(
      sorted.filter((v) => v >= PAIR_PLAN.hardOverlap).length / Math.max(1, sorted.length),
    ),
  };
}

/** Mean token Jaccard over all pairs of questions that share a group. */
export function withinGroupJaccard(groups: readonly { questions: readonly string[] }[]): number {
  let sum = 0;
  let count = 0;
  for (const group of groups) {
    const sets = group.questions.map((question) => wordSet(question));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        sum += setJaccard(sets[i] as Set<string>, sets[j] as Set<string>);
        count++;
      }
    }
  }
  return count === 0 ? 0 : sum / count;
}

/**
 * Counts everything the datasheet publishes.
 *
 * @param groups - the groups with their split.
 * @param questions - the questions with their split.
 * @param pairs - the pairs.
 * @param seed - the corpus seed, recorded with the numbers.
 */
export function corpusStats(
  groups: readonly CorpusGroup[],
  questions: readonly CorpusQuestion[],
  pairs: readonly CorpusPair[],
  seed: number,
): CorpusStats {
  const overlapOf = (pair: CorpusPair): number =>
    tokenJaccard(pair.question1.text, pair.question2.text);
  const count = (part: Split | undefined): PartCounts => {
    const inPart = <T extends { split: Split }>(item: T): boolean =>
      part === undefined || item.split === part;
    const partGroups = groups.filter(inPart);
    const partPairs = pairs.filter(inPart);
    const nonDuplicates = partPairs.filter((pair) => !pair.isDuplicate);
    return {
      families: new Set(partGroups.map((group) => group.family)).size,
      groups: partGroups.length,
      questions: questions.filter(inPart).length,
      pairs: partPairs.length,
      duplicates: partPairs.length - nonDuplicates.length,
      nonDuplicates: nonDuplicates.length,
      hardNonDuplicates: nonDuplicates.filter((pair) => overlapOf(pair) >= PAIR_PLAN.hardOverlap)
        .length,
    };
  };
  const total = count(undefined);
  const topics = [...new Set(groups.map((group) => group.topic))];
  const nonDuplicateKinds: Record<NegativeKind, number> = {
    sameFamily: 0,
    sameTopic: 0,
    otherTopic: 0,
  };
  for (const pair of pairs) {
    if (!pair.isDuplicate) nonDuplicateKinds[negativeKind(pair.question1, pair.question2)] += 1;
  }
  return {
    seed,
    hardOverlap: PAIR_PLAN.hardOverlap,
    topics: topics.length,
    total,
    duplicateShare: round4(total.duplicates / Math.max(1, total.pairs)),
    hardShare: round4(total.hardNonDuplicates / Math.max(1, total.nonDuplicates)),
    splits: Object.fromEntries(SPLITS.map((split) => [split, count(split)])) as Record<
      Split,
      PartCounts
    >,
    byTopic: topics.map((topic) => ({
      topic,
      groups: Object.fromEntries(
        SPLITS.map((split) => [
          split,
          groups.filter((group) => group.topic === topic && group.split === split).length,
        ]),
      ) as Record<Split, number>,
      questions: questions.filter((question) => question.topic === topic).length,
    })),
    nonDuplicateKinds,
    withinGroupJaccard: round4(withinGroupJaccard(groups)),
    unseenTopics: topics.filter((topic) =>
      groups.some((group) => group.topic === topic && group.split === "unseen-topics"),
    ),
    overlap: {
      duplicates: summariseOverlap(pairs.filter((pair) => pair.isDuplicate).map(overlapOf)),
      nonDuplicates: summariseOverlap(pairs.filter((pair) => !pair.isDuplicate).map(overlapOf)),
    },
  };
}
