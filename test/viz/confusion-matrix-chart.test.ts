import { strict as assert } from "node:assert";
import { binaryMetrics } from "../../src/eval";
import { confusionMatrixChart } from "../../src/viz";

describe("confusionMatrixChart", () => {
  it("puts truth in rows and predictions in columns, with the counts written in the cells", () => {
    const figure = confusionMatrixChart({ tp: 40, fn: 10, fp: 5, tn: 45 });
    const [trace] = figure.data;
    if (trace?.type !== "heatmap") throw new Error("expected a heatmap");
    assert.deepEqual(trace.z, [
      [40, 10],
      [5, 45],
    ]);
    assert.deepEqual(trace.y, ["actually similar", "actually different"]);
    assert.deepEqual(trace.x, ["predicted similar", "predicted different"]);
    assert.equal(trace.texttemplate, "%{z}");
    assert.deepEqual(figure.layout.title, { text: "Confusion matrix" });
    assert.equal(figure.layout.yaxis?.autorange, "reversed");
  });

  it("takes binaryMetrics' result as it is", () => {
    const metrics = binaryMetrics([0.9, 0.4, 0.7, 0.2], [1, 0, 0, 1], 0.5);
    const [trace] = confusionMatrixChart(metrics, { title: "tau = 0.5" }).data;
    if (trace?.type !== "heatmap") throw new Error("expected a heatmap");
    assert.deepEqual(trace.z, [
      [1, 1],
      [1, 1],
    ]);
  });

  it("rejects counts that are not non-negative integers", () => {
    assert.throws(
      () => confusionMatrixChart({ tp: 1.5, fp: 0, tn: 0, fn: 0 }),
      /confusionMatrixChart: argument 'counts.tp' must be an integer, got 1.5/,
    );
    assert.throws(
      () => confusionMatrixChart({ tp: 1, fp: -1, tn: 0, fn: 0 }),
      /'counts.fp' must be a finite number >= 0/,
    );
    assert.throws(
      () => confusionMatrixChart(null as unknown as { tp: 0; fp: 0; tn: 0; fn: 0 }),
      /'counts' must be an object \{ tp, fp, tn, fn \}, got null/,
    );
  });
});
