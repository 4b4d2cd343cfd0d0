import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { histogramChart } from "../../src/viz";

describe("histogramChart", () => {
  it("overlays the groups on shared bins spanning the data, as densities by default", () => {
    const different = tf.tensor1d([-0.5, 0, 0.25]);
    const figure = histogramChart([
      { name: "duplicates", values: [0.5, 0.9, 1] },
      { name: "different", values: different },
    ]);
    different.dispose();
    assert.equal(figure.layout.barmode, "overlay");
    assert.equal(figure.layout.showlegend, true);
    assert.deepEqual(figure.layout.yaxis?.title, { text: "density" });
    const [a, b] = figure.data;
    if (a?.type !== "histogram" || b?.type !== "histogram") throw new Error("expected histograms");
    assert.deepEqual(b.x, [-0.5, 0, 0.25]);
    assert.deepEqual(a.xbins, b.xbins);
    assert.equal(a.xbins?.start, -0.5);
    assert.equal(a.xbins?.end, 1);
    // 30 bins cover [-0.5, 1] and a hair more, so the maximum lands in the last bin.
    const size = a.xbins!.size;
    assert.ok(30 * size > 1.5 && 30 * size < 1.5 + 1e-6, `size ${size}`);
    assert.equal(a.histnorm, "probability density");
    assert.equal(a.opacity, 0.6);
  });

  it("uses the given range, bins and counts, and draws a marker line with a label", () => {
    const figure = histogramChart([{ name: "scores", values: [0.1, 0.2] }], {
      range: [-1, 1],
      bins: 4,
      normalize: false,
      marker: { x: 0.35, label: "tau" },
    });
    const [trace] = figure.data;
    if (trace?.type !== "histogram") throw new Error("expected a histogram");
    assert.equal(trace.xbins?.start, -1);
    assert.ok(Math.abs(trace.xbins!.size - 0.5) < 1e-6);
    assert.equal(trace.histnorm, "");
    assert.equal(trace.opacity, 1);
    assert.deepEqual(figure.layout.yaxis?.title, { text: "count" });
    assert.equal(figure.layout.shapes?.[0]?.x0, 0.35);
    assert.equal(figure.layout.annotations?.[0]?.text, "tau");
  });

  it("widens a range of one repeated value", () => {
    const [trace] = histogramChart([{ name: "same", values: [2, 2] }]).data;
    if (trace?.type !== "histogram") throw new Error("expected a histogram");
    assert.equal(trace.xbins?.start, 1.5);
    assert.equal(trace.xbins?.end, 2.5);
  });

  it("rejects bad input with the function and argument named", () => {
    assert.throws(
      () => histogramChart([]),
      /histogramChart: argument 'groups' must be a non-empty array/,
    );
    assert.throws(
      () => histogramChart([{ name: "a", values: [] }]),
      /'groups\[0\]\.values' must be at least one value/,
    );
    assert.throws(
      () => histogramChart([{ name: "a", values: [1] }], { bins: 0 }),
      /'options.bins' must be a finite number in \[1, 1000\]/,
    );
    assert.throws(
      () => histogramChart([{ name: "a", values: [1] }], { marker: { x: NaN } }),
      /'options.marker.x' must be a finite number, got NaN/,
    );
  });
});
