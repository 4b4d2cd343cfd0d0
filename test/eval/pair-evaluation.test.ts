import { strict as assert } from "node:assert";
import { evaluateWithTunedThreshold, pairMetrics } from "../../src/eval";
import { assertClose } from "../support/tensors";

describe("pairMetrics and evaluateWithTunedThreshold", () => {
  it("names every metric with its threshold (hand-computed)", () => {
    // scores 0.9 (1), 0.2 (0), 0.7 (0), 0.6 (1); tau 0.5 -> tp 2, fp 1, tn 1, fn 0.
    const m = pairMetrics({ scores: [0.9, 0.2, 0.7, 0.6], labels: [1, 0, 0, 1] }, 0.5);
    assert.equal(m.threshold, 0.5);
    assertClose(m.accuracy, 3 / 4);
    assertClose(m.precision, 2 / 3);
    assertClose(m.recall, 1);
    assertClose(m.f1, 0.8);
    // Positives 0.9 and 0.6 against negatives 0.2 and 0.7: 3 of 4 orderings right.
    assertClose(m.rocAuc, 3 / 4);
    // Ranked: 0.9 (1) precision 1, 0.7 (0), 0.6 (1) precision 2/3 -> AP (1 + 2/3) / 2.
    assertClose(m.averagePrecision, (1 + 2 / 3) / 2);
  });

  it("tunes tau on validation and reports on the other pairs", () => {
    const validation = { scores: [0.1, 0.3, 0.8, 0.9], labels: [0, 0, 1, 1] };
    const evaluated = { scores: [0.5, 0.35, 0.95], labels: [1, 0, 1] };
    const result = evaluateWithTunedThreshold(validation, evaluated);
    // Any tau in [0.3, 0.8) separates validation perfectly; the chosen one lies there.
    for (const tuned of [result.accuracy, result.f1]) {
      assert.ok(tuned.threshold >= 0.3 && tuned.threshold < 0.8, String(tuned.threshold));
      assertClose(tuned.rocAuc, 1);
    }
  });
});
