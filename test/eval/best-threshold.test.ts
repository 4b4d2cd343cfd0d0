import { strict as assert } from "node:assert";
import { bestThreshold } from "../../src/eval";
import { createRandom } from "../../src/random";
import * as ref from "../support/reference";
import { assertClose } from "../support/tensors";

/** Brute force: every candidate threshold evaluated with the reference loop. */
function bruteForce(scores: number[], labels: number[], metric: "accuracy" | "f1") {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  const candidates = [
    distinct[0]! - 1,
    ...distinct.slice(1).map((s, i) => (s + distinct[i]!) / 2),
    distinct.at(-1)! + 1,
  ];
  let best = { threshold: NaN, value: -1 };
  for (const t of candidates) {
    const value = ref.countsAt(scores, labels, t)[metric];
    if (value > best.value) best = { threshold: t, value };
  }
  return best;
}

describe("bestThreshold", () => {
  it("finds the hand-computed threshold at a midpoint", () => {
    const choice = bestThreshold([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    assertClose(choice.threshold, 0.225, 1e-12);
    assert.equal(choice.value, 0.75);
    const perfect = bestThreshold([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]);
    assertClose(perfect.threshold, 0.5);
    assert.equal(perfect.value, 1);
  });

  it("matches brute force over every candidate for accuracy and F1, with ties (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRandom(seed);
      // Scores rounded to one decimal so that many are tied.
      const scores = Array.from({ length: 40 }, () => Math.round(rng.next() * 10) / 10);
      const labels = scores.map((s) => (rng.next() < s ? 1 : 0));
      for (const metric of ["accuracy", "f1"] as const) {
        const actual = bestThreshold(scores, labels, { metric });
        const expected = bruteForce(scores, labels, metric);
        assertClose(actual.value, expected.value, 1e-12, `${metric} value`);
        assertClose(actual.threshold, expected.threshold, 1e-12, `${metric} threshold`);
        assertClose(
          ref.countsAt(scores, labels, actual.threshold)[metric],
          actual.value,
          1e-12,
          "value at threshold",
        );
      }
    }
  });

  it("handles one class only and all-tied scores", () => {
    assert.deepEqual(bestThreshold([0.3, 0.5], [1, 1]), { threshold: -0.7, value: 1 });
    assert.deepEqual(bestThreshold([0.5, 0.5], [0, 0]), { threshold: 1.5, value: 1 });
    assert.equal(bestThreshold([0.5, 0.5], [0, 1]).value, 0.5);
  });

  it("rejects an unknown metric", () => {
    assert.throws(
      () => bestThreshold([1], [1], { metric: "auc" as "f1" }),
      /bestThreshold: argument 'options.metric' must be one of 'accuracy', 'f1'/,
    );
  });
});
