import { strict as assert } from "node:assert";
import { pkBatches, type GroupLike } from "../../src/data";

function makeGroups(sizes: readonly number[]): GroupLike[] {
  return sizes.map((size, i) => ({
    id: `g${i}`,
    questions: Array.from({ length: size }, (_, j) => `g${i}q${j}`),
  }));
}

describe("pkBatches", () => {
  it("gives floor(groups / p) batches of p groups x k distinct questions per epoch", () => {
    const groups = makeGroups([4, 5, 3, 6, 4, 3, 5]);
    const batches = [...pkBatches(groups, { p: 3, k: 2, seed: 4 })];
    assert.equal(batches.length, 2);
    const seen = new Set<string>();
    for (const batch of batches) {
      assert.equal(batch.texts.length, 6);
      for (let g = 0; g < 3; g++) {
        const rows = [g * 2, g * 2 + 1];
        const labels = rows.map((r) => batch.labels[r]!);
        assert.equal(labels[0], labels[1]);
        const group = groups[labels[0]!]!;
        assert.ok(!seen.has(group.id), "a group twice in one epoch");
        seen.add(group.id);
        assert.deepEqual(
          rows.map((r) => batch.groupIds[r]),
          [group.id, group.id],
        );
        const texts = rows.map((r) => batch.texts[r]!);
        assert.ok(texts.every((t) => group.questions.includes(t)));
        assert.notEqual(texts[0], texts[1]);
      }
      assert.equal(new Set(batch.labels).size, 3);
    }
  });

  it("is deterministic under a seed", () => {
    const groups = makeGroups([4, 5, 3, 6, 4, 3, 5]);
    const a = [...pkBatches(groups, { p: 2, k: 3, seed: 1, epochs: 3 })];
    assert.equal(a.length, 9);
    assert.deepEqual(a, [...pkBatches(groups, { p: 2, k: 3, seed: 1, epochs: 3 })]);
    assert.notDeepEqual(a, [...pkBatches(groups, { p: 2, k: 3, seed: 2, epochs: 3 })]);
  });

  it("rejects bad arguments by name", () => {
    const groups = makeGroups([4, 3, 5]);
    assert.throws(
      () => pkBatches(groups, { p: 4, k: 2, seed: 1 }),
      /pkBatches: argument 'options.p' must be at most 3 \(the number of groups\), got 4/,
    );
    assert.throws(
      () => pkBatches(groups, { p: 2, k: 4, seed: 1 }),
      /pkBatches: argument 'options.k' must be at most 3 \(the size of the smallest group, "g1"\), got 4/,
    );
    assert.throws(() => pkBatches(groups, { p: 2, k: 1, seed: 1 }), /argument 'options.k'/);
    assert.throws(
      () => pkBatches(groups.slice(0, 1), { p: 2, k: 2, seed: 1 }),
      /argument 'groups' must be at least 2 groups/,
    );
    assert.throws(
      () => pkBatches(groups, { p: 2, k: 2, seed: 1, epochs: 0 }),
      /argument 'options.epochs'/,
    );
  });
});
