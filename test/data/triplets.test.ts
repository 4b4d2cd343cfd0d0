import { strict as assert } from "node:assert";
import { triplets, type GroupLike } from "../../src/data";
import { tokenJaccard } from "../../src/text";

const groups: GroupLike[] = [
  {
    id: "from",
    questions: ["Where are you from?", "What is your home country?", "Which country are you from?"],
  },
  { id: "going", questions: ["Where are you going?", "What is your destination?"] },
  { id: "cook", questions: ["How do I boil an egg?", "What is the way to boil eggs?"] },
];

describe("triplets", () => {
  it("draws anchor and positive from one group and the negative from another", () => {
    const drawn = triplets(groups, { count: 200, seed: 3 });
    assert.equal(drawn.length, 200);
    for (const t of drawn) {
      const own = groups.find((g) => g.id === t.anchorGroup)!;
      const other = groups.find((g) => g.id === t.negativeGroup)!;
      assert.notEqual(t.anchorGroup, t.negativeGroup);
      assert.ok(own.questions.includes(t.anchor) && own.questions.includes(t.positive));
      assert.notEqual(t.anchor, t.positive);
      assert.ok(other.questions.includes(t.negative));
    }
    const negativeGroups = new Set(drawn.map((t) => t.negativeGroup));
    assert.equal(negativeGroups.size, 3);
  });

  it("prefers negatives that share words with the anchor when asked", () => {
    const hard = triplets(groups, {
      count: 100,
      seed: 3,
      preferHardNegatives: true,
      hardNegativePool: 1,
    });
    for (const t of hard) {
      // The single most overlapping question of another group.
      const best = Math.max(
        ...groups
          .filter((g) => g.id !== t.anchorGroup)
          .flatMap((g) => g.questions.map((q) => tokenJaccard(t.anchor, q))),
      );
      assert.equal(tokenJaccard(t.anchor, t.negative), best);
    }
    const fromAnchor = hard.find((t) => t.anchor === "Where are you going?");
    assert.equal(fromAnchor?.negative, "Where are you from?");
    const easy = triplets(groups, { count: 100, seed: 3 });
    const mean = (list: typeof hard) =>
      list.reduce((s, t) => s + tokenJaccard(t.anchor, t.negative), 0) / list.length;
    assert.ok(mean(hard) > mean(easy));
  });

  it("is deterministic under a seed", () => {
    assert.deepEqual(
      triplets(groups, { count: 20, seed: 8 }),
      triplets(groups, { count: 20, seed: 8 }),
    );
    assert.notDeepEqual(
      triplets(groups, { count: 20, seed: 8 }),
      triplets(groups, { count: 20, seed: 9 }),
    );
  });

  it("rejects bad arguments by name", () => {
    assert.throws(
      () => triplets(groups, { count: 0, seed: 1 }),
      /triplets: argument 'options.count'/,
    );
    assert.throws(
      () => triplets([groups[0]!], { count: 1, seed: 1 }),
      /triplets: argument 'groups' must be at least 2 non-empty groups, one with two or more questions/,
    );
    assert.throws(
      () => triplets(groups, { count: 1, seed: 1, preferHardNegatives: 1 as unknown as boolean }),
      /argument 'options.preferHardNegatives' must be a boolean/,
    );
    assert.throws(
      () => triplets("x" as unknown as GroupLike[], { count: 1, seed: 1 }),
      /argument 'groups' must be an array/,
    );
  });
});
