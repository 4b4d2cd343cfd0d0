import { SPLITS, type Split } from "../../src/data";
import type { CorpusStats } from "./corpus-stats";
import { PAIR_PLAN } from "./make-pairs";

/** What the corpus must reach. */
export const TARGETS = {
  minTopics: 40,
  minGroups: 2500,
  minQuestions: 15000,
  minPairs: 6000,
  duplicateShare: { min: 0.35, max: 0.4 },
  minHardShare: 0.35,
  /** Paraphrases must not be findable by shared words. */
  maxMeanWithinJaccard: 0.21,
  minUnseenTopics: 5,
} as const;

/**
 * Compares the built corpus with {@link TARGETS}.
 *
 * @param stats - the built corpus's numbers.
 * @param hardAvailable - the hard negatives each split held (they set the number of pairs).
 * @returns one message per missed target, saying by how much (empty when all are met).
 */
export function checkTargets(
  stats: CorpusStats,
  hardAvailable: Readonly<Record<Split, number>>,
): string[] {
  const failures: string[] = [];
  if (stats.withinGroupJaccard > TARGETS.maxMeanWithinJaccard) {
    failures.push(
      `mean token Jaccard within groups: ${stats.withinGroupJaccard}, target <= ` +
        `${TARGETS.maxMeanWithinJaccard} (rewrite paraphrases that repeat each other's words)`,
    );
  }
  if (stats.unseenTopics.length < TARGETS.minUnseenTopics) {
    failures.push(
      `unseen topics: ${stats.unseenTopics.length}, target >= ${TARGETS.minUnseenTopics}`,
    );
  }
  return [...failures, ...countTargets(stats, hardAvailable)];
}

function countTargets(
  stats: CorpusStats,
  hardAvailable: Readonly<Record<Split, number>>,
): string[] {
  const failures: string[] = [];
  const atLeast = (name: string, value: number, min: number): void => {
    if (value < min) failures.push(`${name}: ${value}, target >= ${min} (short by ${min - value})`);
  };
  atLeast("topics", stats.topics, TARGETS.minTopics);
  atLeast("groups", stats.total.groups, TARGETS.minGroups);
  atLeast("distinct questions", stats.total.questions, TARGETS.minQuestions);
  if (stats.total.pairs < TARGETS.minPairs) {
    const hard = SPLITS.reduce((sum, split) => sum + hardAvailable[split], 0);
    // The most favourable mix allowed: 40% duplicates, so 60% of the pairs are non-duplicates,
    // 30% of which must be hard.
    const needed = Math.ceil(
      TARGETS.minPairs * (1 - TARGETS.duplicateShare.max) * TARGETS.minHardShare - 1e-9,
    );
    failures.push(
      `pairs: ${stats.total.pairs}, target >= ${TARGETS.minPairs} (short by ` +
        `${TARGETS.minPairs - stats.total.pairs}). The hard negatives set the size: ` +
        `${TARGETS.minPairs} pairs need at least ${needed} non-duplicate pairs with token ` +
        `Jaccard >= ${PAIR_PLAN.hardOverlap} inside one split, and the splits hold ${hard} ` +
        `(${SPLITS.map((split) => `${split} ${hardAvailable[split]}`).join(", ")})` +
        (hard < needed ? `: short by ${needed - hard} hard negatives` : "") +
        ". Write more contrast groups (questions sharing most words with another group's).",
    );
  }
  const share = stats.total.duplicates / Math.max(1, stats.total.pairs);
  if (share < TARGETS.duplicateShare.min || share > TARGETS.duplicateShare.max) {
    failures.push(
      `duplicate share: ${(100 * share).toFixed(2)}% (${stats.total.duplicates} of ` +
        `${stats.total.pairs}), target ${100 * TARGETS.duplicateShare.min}-` +
        `${100 * TARGETS.duplicateShare.max}%`,
    );
  }
  const hardNeeded = Math.ceil(stats.total.nonDuplicates * TARGETS.minHardShare - 1e-9);
  if (stats.total.hardNonDuplicates < hardNeeded) {
    failures.push(
      `hard share: ${stats.total.hardNonDuplicates} of ${stats.total.nonDuplicates} ` +
        `non-duplicates, target >= ${100 * TARGETS.minHardShare}% (short by ` +
        `${hardNeeded - stats.total.hardNonDuplicates} hard negatives)`,
    );
  }
  return failures;
}
