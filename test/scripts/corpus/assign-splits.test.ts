import { strict as assert } from "node:assert";
import { SEEN_SPLITS, type SeenSplit } from "../../../scripts/corpus/source-corpus";
import { assignSplits } from "../../../scripts/corpus/assign-splits";
import type { SourceTopic } from "../../../scripts/corpus/source-corpus";

/** A topic whose families have the given numbers of groups. */
function topic(name: string, sizes: readonly number[]): SourceTopic {
  let group = 0;
  return {
    topic: name,
    file: `${name}.json`,
    families: sizes.map((size, f) => ({
      id: `${name}-f${String(f + 1).padStart(2, "0")}`,
      topic: name,
      groups: Array.from({ length: size }, () => ({
        id: `${name}-${String(++group).padStart(3, "0")}`,
        family: `${name}-f${String(f + 1).padStart(2, "0")}`,
        topic: name,
        intent: "x",
        questions: ["a?", "b?", "c?"],
      })),
    })),
  };
}

describe("assignSplits", () => {
  const topics = ["a", "b", "c", "d", "e", "f"].map((name) =>
    topic(name, [1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 1]),
  );

  it("puts every family in one split, stratified by topic, close to 70/10/10/10", () => {
    const splitOf = assignSplits(topics, 1);
    const totals: Record<SeenSplit, number> = { train: 0, validation: 0, test: 0, oneshot: 0 };
    for (const t of topics) {
      const perTopic: Record<SeenSplit, number> = { train: 0, validation: 0, test: 0, oneshot: 0 };
      for (const family of t.families) {
        const split = splitOf.get(family.id);
        assert.ok(split !== undefined && split !== "unseen-topics", `${family.id}: ${split}`);
        perTopic[split] += family.groups.length;
      }
      // 25 groups per topic: 17.5 / 2.5 / 2.5 / 2.5, rounded to whole groups.
      assert.ok(perTopic.train >= 17 && perTopic.train <= 18, JSON.stringify(perTopic));
      for (const split of ["validation", "test", "oneshot"] as const) {
        assert.ok(perTopic[split] >= 2 && perTopic[split] <= 3, JSON.stringify(perTopic));
      }
      for (const split of SEEN_SPLITS) totals[split] += perTopic[split];
    }
    // 150 groups: 105 / 15 / 15 / 15, within one group thanks to the carried rounding.
    assert.ok(Math.abs(totals.train - 105) <= 1, JSON.stringify(totals));
    for (const split of ["validation", "test", "oneshot"] as const) {
      assert.ok(Math.abs(totals[split] - 15) <= 1, JSON.stringify(totals));
    }
  });

  it("puts every family of a held-out topic in unseen-topics, and only those", () => {
    const splitOf = assignSplits(topics, 1, ["b", "e"]);
    for (const t of topics) {
      for (const family of t.families) {
        assert.equal(
          splitOf.get(family.id) === "unseen-topics",
          t.topic === "b" || t.topic === "e",
        );
      }
    }
    // The seen topics are split as they would be without the held-out ones.
    const without = assignSplits(
      topics.filter((t) => t.topic !== "b" && t.topic !== "e"),
      1,
      [],
    );
    for (const [family, split] of without) assert.equal(splitOf.get(family), split);
  });

  it("is deterministic under a seed and varies with it", () => {
    assert.deepEqual([...assignSplits(topics, 1)], [...assignSplits(topics, 1)]);
    assert.notDeepEqual([...assignSplits(topics, 1)], [...assignSplits(topics, 2)]);
  });
});
