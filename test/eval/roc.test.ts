import { strict as assert } from "node:assert";
import { averagePrecision, rocAuc, rocCurve } from "../../src/eval";
import { createRandom } from "../../src/random";
import * as ref from "../support/reference";
import { assertClose } from "../support/tensors";

describe("rocCurve and rocAuc", () => {
  it("give hand-computed points and areas", () => {
    const curve = rocCurve([0.9, 0.8, 0.3], [1, 0, 1]);
    assert.deepEqual(curve.fpr, [0, 0, 1, 1]);
    assert.deepEqual(curve.tpr, [0, 0.5, 0.5, 1]);
    assert.deepEqual(curve.thresholds, [Infinity, 0.9, 0.8, 0.3]);
    assert.equal(rocAuc([0.9, 0.8, 0.3], [1, 0, 1]), 0.5);
    assert.equal(rocAuc([0.9, 0.5, 0.5, 0.1], [1, 1, 0, 0]), 0.875, "a tie counts half");
    assert.equal(rocAuc([0.9, 0.8, 0.1], [1, 1, 0]), 1);
    assert.equal(rocAuc([0.1, 0.8, 0.9], [1, 1, 0]), 0);
  });

  it("rocAuc equals the pairwise win rate on random, tied scores (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRandom(seed);
      const scores = Array.from({ length: 60 }, () => Math.round(rng.next() * 20) / 20);
      const labels = scores.map((s) => (rng.next() < 0.3 + s / 2 ? 1 : 0));
      assertClose(rocAuc(scores, labels), ref.aucByPairs(scores, labels), 1e-12);
    }
  });

  it("requires both classes", () => {
    assert.throws(
      () => rocAuc([0.1, 0.2], [1, 1]),
      /^Error: rocAuc: argument 'labels' must be both classes .* got 2 positives and 0 negatives/,
    );
  });
});

describe("averagePrecision", () => {
  it("gives a hand-computed value", () => {
    assertClose(averagePrecision([0.9, 0.8, 0.3], [1, 0, 1]), 0.5 + 0.5 * (2 / 3));
    assert.equal(averagePrecision([0.9, 0.8, 0.3], [1, 1, 0]), 1);
  });

  it("equals the mean precision at each positive on random, tied scores (3 seeds)", () => {
    for (const seed of [4, 5, 6]) {
      const rng = createRandom(seed);
      const scores = Array.from({ length: 60 }, () => Math.round(rng.next() * 20) / 20);
      const labels = scores.map((s) => (rng.next() < s ? 1 : 0));
      assertClose(averagePrecision(scores, labels), ref.apByPositives(scores, labels), 1e-12);
    }
  });

  it("requires both classes", () => {
    assert.throws(
      () => averagePrecision([0.1], [0]),
      /averagePrecision: argument 'labels' must be both classes/,
    );
  });
});
