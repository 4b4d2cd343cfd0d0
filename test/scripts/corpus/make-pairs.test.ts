import { strict as assert } from "node:assert";
import { SPLITS, type Split } from "../../../src/data";
import { tokenJaccard } from "../../../src/text";
import { makePairs } from "../../../scripts/corpus/make-pairs";
import type { CorpusQuestion } from "../../../scripts/corpus/source-corpus";

/**
 * Two topics per split, three families per topic, two groups per family. Only the first
 * question of each group shares its family's words ("fam a b c d <thing>"), so each family
 * has exactly one hard pair (first question vs first question, Jaccard 4/6).
 */
function questions(): CorpusQuestion[] {
  const list: CorpusQuestion[] = [];
  for (const split of SPLITS) {
    for (const topicName of ["alpha", "beta"]) {
      for (let f = 0; f < 3; f++) {
        const family = `${split}-${topicName}-f${f}`;
        const tag = family.replace(/-/g, ""); // one token, shared with no other family
        const words = ["a", "b", "c", "d"].map((w) => `${tag}${w}`).join(" ");
        for (const [g, thing] of ["car", "bike"].entries()) {
          const group = `${family}-g${g}`;
          const texts = [
            `${words} ${thing}`,
            ...[1, 2, 3, 4].map((i) => `${thing}${tag}${g} variant${i}${tag}${g}`),
          ];
          for (const text of texts) {
            list.push({ qid: list.length + 1, text, group, family, topic: topicName, split });
          }
        }
      }
    }
  }
  return list;
}

describe("makePairs", () => {
  const all = questions();
  const { pairs, hardAvailable } = makePairs(all, 5);

  it("takes every high-overlap cross-group pair of a split as a hard negative", () => {
    for (const split of SPLITS) {
      const inSplit = all.filter((q) => q.split === split);
      const expected: string[] = [];
      for (let a = 0; a < inSplit.length; a++) {
        for (let b = a + 1; b < inSplit.length; b++) {
          if (
            inSplit[a]!.group !== inSplit[b]!.group &&
            tokenJaccard(inSplit[a]!.text, inSplit[b]!.text) >= 0.5
          ) {
            expected.push(`${inSplit[a]!.qid}:${inSplit[b]!.qid}`);
          }
        }
      }
      const hard = pairs
        .filter(
          (p) =>
            p.split === split &&
            !p.isDuplicate &&
            tokenJaccard(p.question1.text, p.question2.text) >= 0.5,
        )
        .map((p) => [p.question1.qid, p.question2.qid].sort((x, y) => x - y).join(":"));
      assert.equal(expected.length, 6); // one per family
      assert.deepEqual(hard.sort(), expected.sort());
      assert.equal(hardAvailable[split], expected.length);
    }
  });

  it("sizes each split from its hard negatives: 35% of non-duplicates hard, 38% duplicates", () => {
    for (const split of SPLITS) {
      const inSplit = pairs.filter((p) => p.split === split);
      const nonDuplicates = inSplit.filter((p) => !p.isDuplicate).length;
      const duplicates = inSplit.length - nonDuplicates;
      assert.equal(nonDuplicates, Math.floor(hardAvailable[split] / 0.35 + 1e-9));
      assert.equal(duplicates, Math.round((nonDuplicates * 0.38) / 0.62));
      // 6 hard -> 17 non-duplicates: 6 hard, 6 same-topic and 5 other-topic easier ones.
      assert.equal(nonDuplicates, 17);
      const easier = inSplit.filter(
        (p) => !p.isDuplicate && tokenJaccard(p.question1.text, p.question2.text) < 0.5,
      );
      assert.equal(easier.filter((p) => p.question1.topic === p.question2.topic).length, 6);
      assert.equal(easier.filter((p) => p.question1.topic !== p.question2.topic).length, 5);
    }
  });

  it("labels by group, keeps pairs inside a split, never repeats a pair", () => {
    const seen = new Set<string>();
    pairs.forEach((pair, id) => {
      assert.equal(pair.id, id);
      assert.equal(pair.isDuplicate, pair.question1.group === pair.question2.group);
      assert.equal(pair.question1.split, pair.split);
      assert.equal(pair.question2.split, pair.split);
      const key = [pair.question1.qid, pair.question2.qid].sort((x, y) => x - y).join(":");
      assert.ok(!seen.has(key), key);
      seen.add(key);
    });
    const splitsInOrder = pairs
      .map((p) => p.split)
      .filter((s, i, list) => i === 0 || list[i - 1] !== s);
    assert.deepEqual(splitsInOrder, SPLITS as Split[]);
  });

  it("is deterministic under a seed", () => {
    const again = makePairs(all, 5).pairs.map((p) => [p.question1.qid, p.question2.qid]);
    assert.deepEqual(
      again,
      pairs.map((p) => [p.question1.qid, p.question2.qid]),
    );
    const other = makePairs(all, 6).pairs.map((p) => [p.question1.qid, p.question2.qid]);
    assert.notDeepEqual(other, again);
  });
});
