import { strict as assert } from "node:assert";
import { duplicatePairBatches, type DuplicatePairBatch, type GroupLike } from "../../src/data";
import { createRandom } from "../../src/random";
import { tokenJaccard } from "../../src/text";

/** Groups named g0, g1, ... with the given sizes; question j of group i is "g<i>q<j>". */
function makeGroups(sizes: readonly number[]): GroupLike[] {
  return sizes.map((size, i) => ({
    id: `g${i}`,
    questions: Array.from({ length: size }, (_, j) => `g${i}q${j}`),
  }));
}

/** Every unordered pair of every group, as "a|b" keys with a < b. */
function allPairs(groups: readonly GroupLike[]): string[] {
  const keys: string[] = [];
  for (const group of groups) {
    for (let a = 0; a < group.questions.length; a++) {
      for (let b = a + 1; b < group.questions.length; b++) {
        keys.push(pairKey(group.questions[a]!, group.questions[b]!));
      }
    }
  }
  return keys.sort();
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function checkBatch(
  batch: DuplicatePairBatch,
  groups: readonly GroupLike[],
  batchSize: number,
): void {
  const rows = batch.anchors.length;
  assert.ok(rows >= 1 && rows <= batchSize);
  assert.equal(batch.positives.length, rows);
  assert.equal(batch.groupIds.length, rows);
  assert.equal(new Set(batch.groupIds).size, rows, "two rows of one group in a batch");
  for (let i = 0; i < rows; i++) {
    const group = groups.find((g) => g.id === batch.groupIds[i])!;
    assert.ok(group.questions.includes(batch.anchors[i]!));
    assert.ok(group.questions.includes(batch.positives[i]!));
    assert.notEqual(batch.anchors[i], batch.positives[i]);
  }
}

describe("duplicatePairBatches", () => {
  it("visits every pair once per epoch, never two rows of one group in a batch (hand case)", () => {
    // Pairs per group: 3, 1, 3, 6 = 13. batchSize 3 allows 3 full batches (3+1+3+3 = 10 >= 9),
    // not 4 (3+1+3+4 = 11 < 12): the 4 pairs left come in smaller batches.
    const groups = makeGroups([3, 2, 3, 4]);
    const batches = [...duplicatePairBatches(groups, { batchSize: 3, seed: 1 })];
    for (const batch of batches) checkBatch(batch, groups, 3);
    const visited = batches.flatMap((b) => b.anchors.map((a, i) => pairKey(a, b.positives[i]!)));
    assert.deepEqual(visited.sort(), allPairs(groups));
    const sizes = batches.map((b) => b.anchors.length);
    assert.deepEqual(sizes.slice(0, 3), [3, 3, 3]); // the full batches come first
    assert.equal(
      sizes.slice(3).reduce((s, n) => s + n, 0),
      4,
    );
  });

  it("makes the largest possible number of full batches on random groups", () => {
    const random = createRandom(3);
    for (let trial = 0; trial < 20; trial++) {
      const groups = makeGroups(
        Array.from({ length: 3 + random.int(20) }, () => 2 + random.int(7)),
      );
      const batchSize = 2 + random.int(Math.min(groups.length - 1, 8));
      const batches = [...duplicatePairBatches(groups, { batchSize, seed: trial })];
      for (const batch of batches) checkBatch(batch, groups, batchSize);
      const visited = batches.flatMap((b) => b.anchors.map((a, i) => pairKey(a, b.positives[i]!)));
      assert.deepEqual(visited.sort(), allPairs(groups));
      // Slow reference for the number of full batches: try every B from the top.
      const counts = groups.map((g) => (g.questions.length * (g.questions.length - 1)) / 2);
      let best = 0;
      for (let b = 1; b * batchSize <= counts.reduce((s, c) => s + c, 0); b++) {
        if (counts.reduce((s, c) => s + Math.min(c, b), 0) >= batchSize * b) best = b;
      }
      assert.equal(batches.filter((b) => b.anchors.length === batchSize).length, best);
      // The leftovers: fewer than batchSize pairs plus what groups hold beyond `best`, packed
      // into the fewest batches of distinct groups.
      const partial = batches.filter((b) => b.anchors.length < batchSize);
      const leftPerGroup = new Map<string, number>();
      for (const b of partial) {
        for (const id of b.groupIds) leftPerGroup.set(id, (leftPerGroup.get(id) ?? 0) + 1);
      }
      const leftTotal = [...leftPerGroup.values()].reduce((s, n) => s + n, 0);
      const overCap = counts.reduce((s, c) => s + Math.max(0, c - best), 0);
      assert.ok(leftTotal < batchSize + overCap, `${leftTotal} left over`);
      assert.equal(
        partial.length,
        Math.max(0, ...leftPerGroup.values(), Math.ceil(leftTotal / batchSize)),
      );
      const dropped = [
        ...duplicatePairBatches(groups, { batchSize, seed: trial, remainder: "drop" }),
      ];
      assert.equal(dropped.length, best);
      assert.ok(dropped.every((b) => b.anchors.length === batchSize));
    }
  });

  it("is deterministic under a seed and reshuffles between seeds and epochs", () => {
    const groups = makeGroups([5, 6, 4, 7, 3, 5]);
    const a = [...duplicatePairBatches(groups, { batchSize: 4, seed: 9 })];
    const b = [...duplicatePairBatches(groups, { batchSize: 4, seed: 9 })];
    const c = [...duplicatePairBatches(groups, { batchSize: 4, seed: 10 })];
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    const two = [...duplicatePairBatches(groups, { batchSize: 4, seed: 9, epochs: 2 })];
    assert.equal(two.length, 2 * a.length);
    assert.deepEqual(two.slice(0, a.length), a);
    assert.notDeepEqual(two.slice(a.length), a);
    const iterable = duplicatePairBatches(groups, { batchSize: 4, seed: 9 });
    assert.deepEqual([...iterable], [...iterable]); // each iteration restarts from the seed
  });

  it("with clusterBy, keeps every batch within one cluster and still visits every pair once", () => {
    const groups = makeGroups([3, 4, 2, 5, 3, 3, 4]).map((g, i) => ({
      ...g,
      topic: i < 4 ? "a" : "b",
    }));
    const batches = [
      ...duplicatePairBatches(groups, { batchSize: 3, seed: 4, clusterBy: (g) => g.topic }),
    ];
    const seen: string[] = [];
    const topics = new Set<string>();
    for (const batch of batches) {
      checkBatch(batch, groups, 3);
      const batchTopics = new Set(
        batch.groupIds.map((id) => groups.find((g) => g.id === id)!.topic),
      );
      assert.equal(batchTopics.size, 1, "a batch mixes clusters");
      topics.add([...batchTopics][0]!);
      batch.anchors.forEach((a, i) => seen.push(pairKey(a, batch.positives[i]!)));
    }
    assert.deepEqual(seen.sort(), allPairs(groups));
    assert.deepEqual([...topics].sort(), ["a", "b"]);
    const again = [
      ...duplicatePairBatches(groups, { batchSize: 3, seed: 4, clusterBy: (g) => g.topic }),
    ];
    assert.deepEqual(again, batches);
    assert.throws(
      () =>
        duplicatePairBatches(groups, {
          batchSize: 3,
          seed: 4,
          clusterBy: "topic" as unknown as (g: GroupLike) => string,
        }),
      /duplicatePairBatches: argument 'options.clusterBy' must be a function/,
    );
  });

  it("with hardNegatives, adds per row the contrast question sharing most words with the anchor", () => {
    const groups = [
      {
        id: "sell",
        family: "f1",
        questions: [
          "how do i sell my car privately",
          "tips for a private car sale",
          "getting rid of my old vehicle",
        ],
      },
      {
        id: "insure",
        family: "f1",
        questions: [
          "how do i insure my car privately",
          "cheap cover for an old vehicle",
          "insurance for a second car",
        ],
      },
      {
        id: "lonely",
        family: "f2",
        questions: ["why is the sky blue", "what makes the sky look blue"],
      },
    ];
    const family = (g: (typeof groups)[number]) => groups.filter((o) => o.family === g.family);
    const batches = [
      ...duplicatePairBatches(groups, { batchSize: 3, seed: 7, hardNegatives: family }),
    ];
    const without = [...duplicatePairBatches(groups, { batchSize: 3, seed: 7 })];
    assert.deepEqual(
      batches.map(({ anchors, positives, groupIds }) => ({ anchors, positives, groupIds })),
      without,
      "the pairs are the same as without negatives",
    );
    for (const batch of batches) {
      batch.groupIds.forEach((id, row) => {
        const negative = batch.negatives![row]!;
        const owner = groups.find((g) => g.questions.includes(negative))!;
        assert.notEqual(owner.id, id);
        if (id === "lonely") return; // no contrast group: any other group's question
        const siblings = family(groups.find((g) => g.id === id)!).filter((g) => g.id !== id);
        const overlaps = siblings
          .flatMap((g) => g.questions)
          .map((q) => tokenJaccard(batch.anchors[row]!, q));
        assert.equal(tokenJaccard(batch.anchors[row]!, negative), Math.max(...overlaps));
      });
    }
    assert.deepEqual(
      [...duplicatePairBatches(groups, { batchSize: 3, seed: 7, hardNegatives: family })],
      batches,
      "deterministic",
    );
  });

  it("ignores groups with fewer than two questions", () => {
    const groups = [...makeGroups([3, 3]), { id: "single", questions: ["alone"] }];
    const batches = [...duplicatePairBatches(groups, { batchSize: 2, seed: 1 })];
    assert.ok(batches.every((b) => !b.groupIds.includes("single")));
  });

  it("rejects bad arguments by name", () => {
    const groups = makeGroups([3, 3, 2]);
    assert.throws(
      () => duplicatePairBatches(groups, { batchSize: 4, seed: 1 }),
      /duplicatePairBatches: argument 'options.batchSize' must be at most 3 \(the number of groups with two or more questions\), got 4/,
    );
    assert.throws(
      () => duplicatePairBatches(groups, { batchSize: 1, seed: 1 }),
      /argument 'options.batchSize' must be a finite number >= 2, got 1/,
    );
    assert.throws(
      () => duplicatePairBatches(makeGroups([3, 1]), { batchSize: 2, seed: 1 }),
      /argument 'groups' must be at least 2 groups with two or more questions, got 1 such group/,
    );
    assert.throws(
      () => duplicatePairBatches(groups, { batchSize: 2, seed: Number.NaN }),
      /argument 'options.seed'/,
    );
    assert.throws(
      () => duplicatePairBatches(groups, { batchSize: 2, seed: 1, remainder: "keep" as "drop" }),
      /argument 'options.remainder' must be one of 'partial', 'drop'/,
    );
    assert.throws(
      () =>
        duplicatePairBatches([...groups, { id: "g0", questions: [] }], { batchSize: 2, seed: 1 }),
      /argument 'groups\[3\].id' must be unique among the groups, got a second "g0"/,
    );
  });
});
