import { strict as assert } from "node:assert";
import { createRandom } from "../../../src/random";
import { setJaccard } from "../../../src/text";
import { similarPairs } from "../../../scripts/corpus/similar-pairs";

describe("similarPairs", () => {
  it("finds exactly the pairs a loop over all pairs finds", () => {
    const random = createRandom(11);
    const vocabulary = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const sets = Array.from({ length: 300 }, () => {
      const size = random.int(7);
      return new Set(
        Array.from({ length: size }, () => vocabulary[random.int(12 + random.int(18))]!),
      );
    });
    for (const threshold of [0.3, 0.5, 0.9, 1]) {
      const skip = (a: number, b: number): boolean => (a + b) % 7 === 0;
      const expected: string[] = [];
      for (let a = 0; a < sets.length; a++)
        for (let b = a + 1; b < sets.length; b++)
          if (!skip(a, b) && setJaccard(sets[a]!, sets[b]!) >= threshold)
            expected.push(`${a}:${b}`);
      const found = similarPairs(sets, threshold, skip);
      assert.deepEqual(
        found.map((p) => `${p.a}:${p.b}`),
        expected,
        `threshold ${threshold}`,
      );
      for (const pair of found)
        assert.equal(pair.overlap, setJaccard(sets[pair.a]!, sets[pair.b]!));
    }
  });
});
