import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import { setJaccard, tokenJaccard } from "../../src/text";

/** Slow reference: Jaccard over arrays without sets. */
function slowJaccard(a: string[], b: string[]): number {
  const unionList: string[] = [];
  for (const token of [...a, ...b]) if (!unionList.includes(token)) unionList.push(token);
  if (unionList.length === 0) return 1;
  const shared = unionList.filter((token) => a.includes(token) && b.includes(token)).length;
  return shared / unionList.length;
}

describe("tokenJaccard", () => {
  it("matches hand-computed overlaps", () => {
    // {where, are, you, from} vs {where, are, you, going}: 3 shared of 5.
    assert.equal(tokenJaccard("Where are you from?", "Where are you going?"), 0.6);
    assert.equal(tokenJaccard("How do I reset my password?", "how do i reset my password"), 1);
    assert.equal(tokenJaccard("cats", "dogs"), 0);
    assert.equal(tokenJaccard("", ""), 1);
    assert.equal(tokenJaccard("a a b", ["a", "c"]), 1 / 3);
  });

  it("agrees with a slow implementation on random token lists", () => {
    const random = createRandom(11);
    const words = ["a", "b", "c", "d", "e", "f"];
    for (let trial = 0; trial < 200; trial++) {
      const a = Array.from({ length: random.int(6) }, () => random.pick(words));
      const b = Array.from({ length: random.int(6) }, () => random.pick(words));
      assert.ok(Math.abs(tokenJaccard(a, b) - slowJaccard(a, b)) < 1e-12);
      assert.equal(setJaccard(new Set(a), new Set(b)), tokenJaccard(a, b));
    }
  });

  it("rejects other inputs by name", () => {
    assert.throws(() => tokenJaccard(1 as unknown as string, "x"), /tokenJaccard: argument 'a'/);
    assert.throws(
      () => tokenJaccard("x", [1] as unknown as string[]),
      /tokenJaccard: argument 'b'/,
    );
  });
});
