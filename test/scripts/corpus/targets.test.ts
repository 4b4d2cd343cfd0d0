import { strict as assert } from "node:assert";
import type { CorpusStats, PartCounts } from "../../../scripts/corpus/corpus-stats";
import { checkTargets } from "../../../scripts/corpus/targets";

function stats(
  total: Partial<PartCounts>,
  topics = 45,
  extra: Partial<CorpusStats> = {},
): CorpusStats {
  const counts: PartCounts = {
    families: 1200,
    groups: 2600,
    questions: 16000,
    pairs: 24000,
    duplicates: 9120,
    nonDuplicates: 14880,
    hardNonDuplicates: 5208,
    ...total,
  };
  return {
    topics,
    total: counts,
    withinGroupJaccard: 0.1,
    unseenTopics: ["a", "b", "c", "d", "e"],
    ...extra,
  } as unknown as CorpusStats;
}

const hard = { train: 700, validation: 100, test: 100, oneshot: 100, "unseen-topics": 100 };

describe("checkTargets", () => {
  it("passes a corpus that meets every target", () => {
    assert.deepEqual(checkTargets(stats({}), hard), []);
  });

  it("says which target failed and by how much", () => {
    const failures = checkTargets(
      stats(
        {
          groups: 2480,
          questions: 14990,
          pairs: 5000,
          duplicates: 2100,
          nonDuplicates: 2900,
          hardNonDuplicates: 1000,
        },
        39,
        { withinGroupJaccard: 0.25, unseenTopics: ["a", "b"] },
      ),
      hard,
    );
    assert.deepEqual(failures, [
      "mean token Jaccard within groups: 0.25, target <= 0.21 (rewrite paraphrases that repeat " +
        "each other's words)",
      "unseen topics: 2, target >= 5",
      "topics: 39, target >= 40 (short by 1)",
      "groups: 2480, target >= 2500 (short by 20)",
      "distinct questions: 14990, target >= 15000 (short by 10)",
      "pairs: 5000, target >= 6000 (short by 1000). The hard negatives set the size: 6000 pairs need " +
        "at least 1260 non-duplicate pairs with token Jaccard >= 0.5 inside one split, and the splits " +
        "hold 1100 (train 700, validation 100, test 100, oneshot 100, unseen-topics 100): short by " +
        "160 hard negatives. Write more contrast groups (questions sharing most words with another " +
        "group's).",
      "duplicate share: 42.00% (2100 of 5000), target 35-40%",
      "hard share: 1000 of 2900 non-duplicates, target >= 35% (short by 15 hard negatives)",
    ]);
  });
});
