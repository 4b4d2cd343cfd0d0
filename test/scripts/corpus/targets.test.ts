import { strict as assert } from "node:assert";
import type { CorpusStats, PartCounts } from "../../../scripts/corpus/corpus-stats";
import { checkTargets } from "../../../scripts/corpus/targets";

function stats(total: Partial<PartCounts>, topics = 20): CorpusStats {
  const counts: PartCounts = {
    families: 250,
    groups: 500,
    questions: 3000,
    pairs: 6200,
    duplicates: 2356,
    nonDuplicates: 3844,
    hardNonDuplicates: 1154,
    ...total,
  };
  return { topics, total: counts } as unknown as CorpusStats;
}

const hard = { train: 700, validation: 100, test: 100, oneshot: 100 };

describe("checkTargets", () => {
  it("passes a corpus that meets every target", () => {
    assert.deepEqual(checkTargets(stats({}), hard), []);
  });

  it("says which target failed and by how much", () => {
    const failures = checkTargets(
      stats(
        {
          groups: 380,
          questions: 1990,
          pairs: 5000,
          duplicates: 2100,
          nonDuplicates: 2900,
          hardNonDuplicates: 850,
        },
        14,
      ),
      hard,
    );
    assert.deepEqual(failures, [
      "topics: 14, target >= 15 (short by 1)",
      "groups: 380, target >= 400 (short by 20)",
      "distinct questions: 1990, target >= 2000 (short by 10)",
      "pairs: 5000, target >= 6000 (short by 1000). The hard negatives set the size: 6000 pairs need " +
        "at least 1080 non-duplicate pairs with token Jaccard >= 0.5 inside one split, and the splits " +
        "hold 1000 (train 700, validation 100, test 100, oneshot 100): short by 80 hard negatives. " +
        "Write more contrast groups (questions sharing most words with another group's).",
      "duplicate share: 42.00% (2100 of 5000), target 35-40%",
      "hard share: 850 of 2900 non-duplicates, target >= 30% (short by 20 hard negatives)",
    ]);
  });
});
