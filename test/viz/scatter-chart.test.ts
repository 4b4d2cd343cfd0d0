import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { scatterChart } from "../../src/viz";

describe("scatterChart", () => {
  it("draws one marker trace per group, in order of first appearance", () => {
    const figure = scatterChart(
      [
        [0, 1],
        [2, 3],
        [4, 5],
        [6, 7],
      ],
      ["cooking", "travel", "cooking", 7],
      { title: "PCA", labels: ["q0", "q1", "q2", "q3"] },
    );
    assert.deepEqual(
      figure.data.map((t) => (t.type === "scatter" ? [t.name, t.x, t.y, t.text] : [])),
      [
        ["cooking", [0, 4], [1, 5], ["q0", "q2"]],
        ["travel", [2], [3], ["q1"]],
        ["7", [6], [7], ["q3"]],
      ],
    );
    assert.equal(figure.data[0]?.type === "scatter" ? figure.data[0].mode : "", "markers");
    assert.equal(figure.layout.showlegend, true);
  });

  it("reads a [n, 2] tensor and keeps plotly templates out of group names", () => {
    const points = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const figure = scatterChart(points, ["%{x}", "b"]);
    points.dispose();
    const [first] = figure.data;
    if (first?.type !== "scatter") throw new Error("expected markers");
    assert.deepEqual(first.x, [1]);
    assert.ok(!first.hovertemplate?.startsWith("%{x}"), first.hovertemplate);
  });

  it("rejects bad input with the function and argument named", () => {
    assert.throws(
      () => scatterChart([[1, 2, 3]], ["a"]),
      /scatterChart: argument 'points' must be shape \[n, 2\]/,
    );
    assert.throws(
      () => scatterChart([[1, 2]], ["a", "b"]),
      /'groups' must be an array of 1 labels/,
    );
    assert.throws(
      () => scatterChart([[1, 2]], ["a"], { labels: [] }),
      /'options.labels' must be an array of 1 labels/,
    );
    assert.throws(
      () => scatterChart([[1, 2]], ["a"], { markerSize: 0 }),
      /'options.markerSize' must be a number in \(0, 50\]/,
    );
  });
});
