import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { lineChart } from "../../src/viz";

describe("lineChart", () => {
  it("draws one scatter line per series, x counting from 1 by default", () => {
    const figure = lineChart(
      [
        { name: "training", y: [0.9, 0.5, 0.3] },
        { name: "validation", y: [1, 0.7, 0.6], x: [2, 4, 6], dash: "dash" },
      ],
      { title: "Loss", xLabel: "epoch", yLabel: "loss" },
    );
    assert.equal(figure.data.length, 2);
    const [training, validation] = figure.data;
    assert.equal(training?.type, "scatter");
    if (training?.type !== "scatter" || validation?.type !== "scatter") return;
    assert.deepEqual(training.x, [1, 2, 3]);
    assert.deepEqual(training.y, [0.9, 0.5, 0.3]);
    assert.equal(training.name, "training");
    assert.equal(training.mode, "lines+markers");
    assert.deepEqual(validation.x, [2, 4, 6]);
    assert.equal(validation.line?.dash, "dash");
    assert.deepEqual(figure.layout.title, { text: "Loss" });
    assert.deepEqual(figure.layout.xaxis?.title, { text: "epoch" });
    assert.deepEqual(figure.layout.yaxis?.title, { text: "loss" });
    assert.equal(figure.layout.showlegend, true);
    assert.equal(figure.layout.height, 400);
  });

  it("accepts tensors and typed arrays, drops markers on long lines, sets ranges and log axes", () => {
    const y = tf.tensor1d([3, 2, 1]);
    const figure = lineChart(
      [
        { name: "a", y: y as unknown as Float32Array, x: Float32Array.from([2, 5, 10]) },
        {
          name: "long",
          y: Array.from({ length: 31 }, (_, i) => i),
          x: Array.from({ length: 31 }, (_, i) => i + 1),
        },
      ],
      { logX: true, yRange: [0, 1], xRange: [1, 100], yFormat: ".0%", height: 300 },
    );
    y.dispose();
    const [a, long] = figure.data;
    if (a?.type !== "scatter" || long?.type !== "scatter")
      throw new Error("expected scatter traces");
    assert.deepEqual(a.y, [3, 2, 1]);
    assert.equal(long.mode, "lines");
    assert.equal(figure.layout.xaxis?.type, "log");
    assert.equal(
      figure.layout.xaxis?.tickvals,
      undefined,
      "too many distinct x values for fixed ticks",
    );
    const few = lineChart([{ name: "accuracy", x: [10, 2, 5], y: [0.5, 0.9, 0.7] }], {
      logX: true,
    });
    assert.deepEqual(few.layout.xaxis?.tickvals, [2, 5, 10]);
    assert.deepEqual(figure.layout.xaxis?.range, [0, 2]);
    assert.deepEqual(figure.layout.yaxis?.range, [0, 1]);
    assert.equal(figure.layout.yaxis?.tickformat, ".0%");
    assert.equal(figure.layout.height, 300);
  });

  it("hides the legend for a single series and serialises to plain JSON", () => {
    const figure = lineChart([{ name: "accuracy", y: [0.5, 0.75] }]);
    assert.equal(figure.layout.showlegend, false);
    assert.equal(figure.layout.title, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(figure)), figure);
  });

  it("rejects bad input with the function and argument named", () => {
    assert.throws(() => lineChart([]), /lineChart: argument 'series' must be a non-empty array/);
    assert.throws(
      () => lineChart([{ name: "a", y: [] }]),
      /argument 'series\[0\]\.y' must be at least one value/,
    );
    assert.throws(
      () => lineChart([{ name: "a", y: [1, 2], x: [1] }]),
      /argument 'series\[0\]\.x' must be 2 values \(as many as y\), got 1/,
    );
    assert.throws(
      () => lineChart([{ name: "a", y: [1, NaN] }]),
      /'series\[0\]\.y' must be finite numbers, got NaN at index 1/,
    );
    assert.throws(
      () => lineChart([{ name: "a", y: [1], x: [0] }], { logX: true }),
      /positive values for a log axis/,
    );
    assert.throws(
      () => lineChart([{ name: "a", y: [1] }], { logX: true, xRange: [0, 10] }),
      /'options.xRange' must be/,
    );
    assert.throws(
      () => lineChart([{ name: "a", y: [1] }], { yRange: [1, 0] }),
      /'options.yRange' must be \[min, max\]/,
    );
    assert.throws(
      () => lineChart([{ name: "a", y: [1] }], { height: 10 }),
      /'options.height' must be a finite number in \[100, 4000\]/,
    );
  });
});
