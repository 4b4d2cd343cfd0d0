import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { heatmapChart } from "../../src/viz";

describe("heatmapChart", () => {
  it("draws the matrix row 0 at the top, values in the cells of small matrices", () => {
    const figure = heatmapChart(
      [
        [1, 0.2],
        [0.1, 0.9],
        [-0.3, 0.4],
      ],
      { title: "Similarity", xLabels: ["p0", "p1"], yLabels: ["a0", "a1", "a2"], zRange: [-1, 1] },
    );
    const [trace] = figure.data;
    if (trace?.type !== "heatmap") throw new Error("expected a heatmap");
    assert.deepEqual(trace.z, [
      [1, 0.2],
      [0.1, 0.9],
      [-0.3, 0.4],
    ]);
    assert.deepEqual(trace.x, ["p0", "p1"]);
    assert.deepEqual(trace.y, ["a0", "a1", "a2"]);
    assert.equal(trace.zmin, -1);
    assert.equal(trace.zmax, 1);
    assert.equal(trace.texttemplate, "%{z:.2f}");
    assert.equal(trace.colorscale, "RdBu");
    assert.equal(figure.layout.yaxis?.autorange, "reversed");
    assert.equal(figure.layout.xaxis?.type, "category");
  });

  it("reads tensors without disposing them, labels 0..n-1 by default, no cell text when large", () => {
    const matrix = tf.ones([13, 13]) as tf.Tensor2D;
    const before = tf.memory().numTensors;
    const figure = heatmapChart(matrix, { valueFormat: ".1f", colorscale: "Viridis" });
    assert.equal(tf.memory().numTensors, before);
    assert.equal(matrix.isDisposed, false);
    matrix.dispose();
    const [trace] = figure.data;
    if (trace?.type !== "heatmap") throw new Error("expected a heatmap");
    assert.equal(trace.z.length, 13);
    assert.equal(trace.x?.[12], "12");
    assert.equal(trace.texttemplate, undefined);
    assert.equal(trace.colorscale, "Viridis");
    const forced = heatmapChart([[1]], { showValues: false }).data[0];
    assert.equal(forced?.type === "heatmap" ? forced.texttemplate : "?", undefined);
  });

  it("rejects bad input with the function and argument named", () => {
    assert.throws(
      () => heatmapChart([]),
      /heatmapChart: argument 'matrix' must be at least one row and one column/,
    );
    assert.throws(
      () => heatmapChart([[1, 2], [3]]),
      /'matrix' must be rectangular \(every row of length 2\), got row 1/,
    );
    assert.throws(
      () => heatmapChart([[1, Infinity]]),
      /'matrix' must be finite numbers, got Infinity at \[0, 1\]/,
    );
    assert.throws(
      () => heatmapChart(tf.zeros([2]) as unknown as tf.Tensor2D),
      /'matrix' must be shape \[\*, \*\], got shape \[2\]/,
    );
    assert.throws(
      () => heatmapChart([[1, 2]], { xLabels: ["a"] }),
      /'options.xLabels' must be an array of 2 labels/,
    );
    assert.throws(
      () => heatmapChart([[1, 2]], { zRange: [1, 1] }),
      /'options.zRange' must be \[min, max\]/,
    );
  });
});
