import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { binaryMetrics } from "../../src/eval";
import { createRandom } from "../../src/random";
import * as ref from "../support/reference";

describe("binaryMetrics", () => {
  it("gives hand-computed counts and rates (similar when score > threshold)", () => {
    const m = binaryMetrics([0.9, 0.4, 0.7, 0.5], [1, 0, 0, 1], 0.5);
    assert.deepEqual({ tp: m.tp, fp: m.fp, tn: m.tn, fn: m.fn }, { tp: 1, fp: 1, tn: 1, fn: 1 });
    assert.equal(m.accuracy, 0.5);
    assert.equal(m.precision, 0.5);
    assert.equal(m.recall, 0.5);
    assert.equal(m.f1, 0.5);
  });

  it("matches a reference loop on random scores (3 seeds) and accepts tensors and booleans", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRandom(seed);
      const scores = Array.from({ length: 50 }, () => rng.next() * 2 - 1);
      const labels = Array.from({ length: 50 }, () => rng.int(2));
      const m = binaryMetrics(scores, labels, 0.1);
      assert.deepEqual({ ...m }, ref.countsAt(scores, labels, 0.1));
    }
    const s = tf.tensor1d([0.2, 0.8]);
    assert.equal(binaryMetrics(s, [false, true], 0.5).accuracy, 1);
    s.dispose();
  });

  it("defines precision, recall and F1 as 0 when their denominators are 0", () => {
    const m = binaryMetrics([0.1, 0.2], [0, 0], 0.5);
    assert.deepEqual([m.precision, m.recall, m.f1, m.accuracy], [0, 0, 0, 1]);
  });

  it("rejects bad labels, lengths, NaN scores and thresholds by name", () => {
    assert.throws(
      () => binaryMetrics([0.1], [2], 0),
      /binaryMetrics: argument 'labels' must be 0 or 1 \(or booleans\), got 2 at index 0/,
    );
    assert.throws(
      () => binaryMetrics([0.1, 0.2], [1], 0),
      /argument 'labels' must be 2 labels \(one per score\), got 1/,
    );
    assert.throws(
      () => binaryMetrics([NaN], [1], 0),
      /argument 'scores' must be finite numbers, got NaN at index 0/,
    );
    assert.throws(() => binaryMetrics([0.1], [1], Number.NaN), /argument 'threshold'/);
    assert.throws(() => binaryMetrics([], [], 0), /argument 'scores' must be at least one score/);
  });
});
