import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import { dropTokens } from "../../src/text";

describe("dropTokens", () => {
  it("drops about `rate` of the tokens, reproducibly, keeping order and at least one token", () => {
    const sequences = Array.from({ length: 200 }, (_, i) =>
      Array.from({ length: 10 }, (_, j) => i * 10 + j + 2),
    );
    const a = dropTokens(sequences, 0.2, createRandom(5));
    const b = dropTokens(sequences, 0.2, createRandom(5));
    assert.deepEqual(a, b);
    const kept = a.reduce((sum, s) => sum + s.length, 0);
    assert.ok(Math.abs(kept / 2000 - 0.8) < 0.03, `kept ${kept} of 2000`);
    a.forEach((s, i) => {
      assert.ok(s.length >= 1);
      assert.deepEqual(
        s,
        [...s].sort((x, y) => x - y),
        "order kept",
      );
      for (const id of s) assert.ok(sequences[i]!.includes(id));
    });
  });

  it("keeps everything at rate 0, keeps the first token when all would go, leaves empty rows empty", () => {
    assert.deepEqual(dropTokens([[3, 4, 5]], 0, createRandom(1)), [[3, 4, 5]]);
    assert.deepEqual(dropTokens([[3, 4, 5]], 0.999999, createRandom(1)), [[3]]);
    assert.deepEqual(dropTokens([[]], 0.5, createRandom(1)), [[]]);
  });

  it("rejects a rate outside [0, 1)", () => {
    assert.throws(
      () => dropTokens([[1]], 1, createRandom(1)),
      /dropTokens: argument 'rate' must be a number in \[0, 1\), got 1/,
    );
    assert.throws(() => dropTokens([[1]], -0.1, createRandom(1)), /dropTokens: argument 'rate'/);
  });
});
