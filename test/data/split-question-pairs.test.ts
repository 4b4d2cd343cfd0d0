import { strict as assert } from "node:assert";
import { splitQuestionPairs, type QuestionPair, type QuestionPairSplits } from "../../src/data";
import { createRandom } from "../../src/random";
import { pair } from "../support/question-pairs";

// Components of the duplicate edges: {1, 2, 3}, {4, 5}, {6}, {7}.
const SMALL: QuestionPair[] = [
  pair(0, 1, 2, true),
  pair(1, 2, 3, true),
  pair(2, 4, 5, true),
  pair(3, 6, 7, false),
  pair(4, 1, 4, false),
  pair(5, 3, 6, false),
];

/** Connected components by breadth-first search: the slow reference for the union-find. */
function componentsByBfs(pairs: readonly QuestionPair[]): Map<number, number> {
  const neighbours = new Map<number, number[]>();
  for (const p of pairs) {
    for (const q of [p.qid1, p.qid2]) if (!neighbours.has(q)) neighbours.set(q, []);
    if (p.isDuplicate) {
      neighbours.get(p.qid1)!.push(p.qid2);
      neighbours.get(p.qid2)!.push(p.qid1);
    }
  }
  const component = new Map<number, number>();
  let next = 0;
  for (const start of neighbours.keys()) {
    if (component.has(start)) continue;
    const queue = [start];
    component.set(start, next);
    while (queue.length > 0) {
      for (const other of neighbours.get(queue.shift()!)!) {
        if (!component.has(other)) {
          component.set(other, next);
          queue.push(other);
        }
      }
    }
    next++;
  }
  return component;
}

function randomPairs(count: number, questions: number, seed: number): QuestionPair[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, (_, id) =>
    pair(id, rng.int(questions), rng.int(questions), rng.next() < 0.3),
  );
}

/** Which split every qid is in, asserting that none is in two. */
function splitOfQid(splits: QuestionPairSplits): Map<number, string> {
  const where = new Map<number, string>();
  for (const name of ["train", "validation", "test"] as const) {
    const part = splits[name];
    const qids = [
      ...part.pairs.flatMap((p) => [p.qid1, p.qid2]),
      ...part.groups.flatMap((g) => g.questions.map((t) => Number(t.slice(1)))),
    ];
    for (const qid of qids) {
      const seen = where.get(qid);
      assert.ok(seen === undefined || seen === name, `qid ${qid} is in ${seen} and ${name}`);
      where.set(qid, name);
    }
  }
  return where;
}

describe("splitQuestionPairs", () => {
  it("groups the connected components of the duplicate pairs (hand-checked)", () => {
    const splits = splitQuestionPairs(SMALL, {
      fractions: { train: 1, validation: 0, test: 0 },
    });
    assert.deepEqual(splits.train.groups, [
      { id: "q1", questions: ["t1", "t2", "t3"] },
      { id: "q4", questions: ["t4", "t5"] },
    ]);
    assert.deepEqual(splits.train.pairs, SMALL);
    assert.equal(splits.train.questions, 7);
    assert.deepEqual(
      [splits.pairs, splits.questions, splits.groups, splits.droppedPairs],
      [6, 7, 4, 0],
    );
    assert.deepEqual(splits.validation, { groups: [], pairs: [], questions: 0 });
    assert.deepEqual(splits.test, { groups: [], pairs: [], questions: 0 });
  });

  it("drops and counts the pairs between splits, never a duplicate pair", () => {
    // 7 questions: train takes groups until it holds >= 3.5 of them, then test the rest.
    const splits = splitQuestionPairs(SMALL, {
      fractions: { train: 0.5, validation: 0, test: 0.5 },
      seed: 3,
    });
    const where = splitOfQid(splits);
    assert.equal(where.size, 7);
    const crossing = SMALL.filter((p) => where.get(p.qid1) !== where.get(p.qid2));
    assert.equal(splits.droppedPairs, crossing.length);
    assert.ok(crossing.every((p) => !p.isDuplicate));
    assert.equal(
      splits.train.pairs.length + splits.test.pairs.length + splits.droppedPairs,
      SMALL.length,
    );
    assert.equal(where.get(1), where.get(3));
    assert.equal(where.get(4), where.get(5));
  });

  it("matches breadth-first components and leaks no question on random graphs", () => {
    for (const seed of [1, 2, 3]) {
      const pairs = randomPairs(400, 300, seed);
      const splits = splitQuestionPairs(pairs, {
        fractions: { train: 0.6, validation: 0.2, test: 0.2 },
        seed,
      });
      const reference = componentsByBfs(pairs);
      assert.equal(splits.groups, new Set(reference.values()).size);
      assert.equal(splits.questions, reference.size);
      // Every group is one whole BFS component.
      const sizes = new Map<number, number>();
      for (const c of reference.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      for (const name of ["train", "validation", "test"] as const) {
        for (const group of splits[name].groups) {
          const qids = group.questions.map((t) => Number(t.slice(1)));
          const components = new Set(qids.map((q) => reference.get(q)));
          assert.equal(components.size, 1, `group ${group.id} spans components`);
          assert.equal(qids.length, sizes.get([...components][0]!));
        }
      }
      const where = splitOfQid(splits);
      for (const [qid, component] of reference) {
        for (const [other, otherComponent] of reference) {
          if (component === otherComponent && where.has(qid) && where.has(other)) {
            assert.equal(where.get(qid), where.get(other));
          }
        }
      }
      const kept =
        splits.train.pairs.length + splits.validation.pairs.length + splits.test.pairs.length;
      assert.equal(kept + splits.droppedPairs, pairs.length);
      const counted = splits.train.questions + splits.validation.questions + splits.test.questions;
      assert.equal(counted, reference.size);
    }
  });

  it("meets the fractions to within the largest group", () => {
    const pairs = randomPairs(3000, 4000, 7);
    const fractions = { train: 0.7, validation: 0.15, test: 0.15 };
    const splits = splitQuestionPairs(pairs, { fractions, seed: 5 });
    const largest = Math.max(...splits.train.groups.map((g) => g.questions.length), 1);
    const total = splits.questions;
    for (const name of ["train", "validation", "test"] as const) {
      const expected = fractions[name] * total;
      assert.ok(
        Math.abs(splits[name].questions - expected) <= 2 * largest + 1,
        `${name}: ${splits[name].questions} questions, expected about ${expected}`,
      );
    }
  });

  it("is deterministic under a seed, and the seed changes the deal", () => {
    const pairs = randomPairs(500, 400, 11);
    const a = splitQuestionPairs(pairs, { seed: 42 });
    assert.deepEqual(splitQuestionPairs(pairs, { seed: 42 }), a);
    assert.deepEqual(splitQuestionPairs(pairs), splitQuestionPairs(pairs, { seed: 1 }));
    assert.notDeepEqual(splitQuestionPairs(pairs, { seed: 43 }).test.pairs, a.test.pairs);
    assert.deepEqual(a.fractions, { train: 0.8, validation: 0.1, test: 0.1 });
    assert.equal(a.seed, 42);
  });

  it("takes any iterable and keeps a qid's first text", () => {
    function* generate(): Generator<QuestionPair> {
      yield { ...pair(0, 1, 2, true), question1: "first" };
      yield { ...pair(1, 1, 3, true), question1: "second" };
    }
    const splits = splitQuestionPairs(generate(), {
      fractions: { train: 1, validation: 0, test: 0 },
    });
    assert.deepEqual(splits.train.groups, [{ id: "q1", questions: ["first", "t2", "t3"] }]);
    assert.equal(splits.train.pairs[1]!.question1, "first");
  });

  it("rejects bad input with errors naming the argument", () => {
    const fn = "splitQuestionPairs";
    assert.throws(
      () => splitQuestionPairs(3 as unknown as QuestionPair[]),
      new RegExp(`^Error: ${fn}: argument 'pairs' must be an iterable of question pairs, got 3$`),
    );
    assert.throws(
      () => splitQuestionPairs([SMALL[0]!, { ...SMALL[1]!, qid2: -1 }]),
      /splitQuestionPairs: argument 'pairs\[1\]\.qid2' must be an integer in \[0, 2\^31\), got -1/,
    );
    assert.throws(
      () => splitQuestionPairs([{ ...SMALL[0]!, isDuplicate: 1 as unknown as boolean }]),
      /argument 'pairs\[0\]\.isDuplicate' must be true or false, got 1/,
    );
    assert.throws(
      () => splitQuestionPairs([null as unknown as QuestionPair]),
      /argument 'pairs\[0\]' must be a question pair/,
    );
    assert.throws(
      () => splitQuestionPairs(SMALL, { fractions: { train: 0.8, validation: 0.1, test: 0.2 } }),
      /splitQuestionPairs: argument 'options.fractions' must be \{ train, validation, test \}: numbers in \[0, 1\] that add up to 1, got fractions adding up to 1.1/,
    );
    assert.throws(
      () => splitQuestionPairs(SMALL, { fractions: { train: 1.2, validation: -0.2, test: 0 } }),
      /argument 'options.fractions.train' must be a number in \[0, 1\], got 1.2/,
    );
    assert.throws(
      () =>
        splitQuestionPairs(SMALL, {
          fractions: { train: 1, validation: 0 } as unknown as { train: 1; validation: 0; test: 0 },
        }),
      /argument 'options.fractions.test' must be a number in \[0, 1\], got undefined/,
    );
    assert.throws(
      () => splitQuestionPairs(SMALL, { seed: Number.NaN }),
      /splitQuestionPairs: argument 'options.seed' must be a finite number, got NaN/,
    );
  });
});
