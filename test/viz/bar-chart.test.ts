import { strict as assert } from "node:assert";
import { barChart } from "../../src/viz";

describe("barChart", () => {
  it("draws one bar per category with the values written on them", () => {
    const figure = barChart(["easy", "semi-hard", "hard"], [412, 37, 23.456], {
      title: "Triplets",
    });
    const [trace] = figure.data;
    if (trace?.type !== "bar") throw new Error("expected bars");
    assert.deepEqual(trace.x, ["easy", "semi-hard", "hard"]);
    assert.deepEqual(trace.y, [412, 37, 23.456]);
    assert.deepEqual(trace.text, ["412", "37", "23.456"]);
    assert.equal(trace.name, undefined);
    assert.equal(figure.layout.showlegend, false);
  });

  it("groups several series side by side, with a legend", () => {
    const figure = barChart(
      ["easy", "hard"],
      [
        { name: "random", values: [10, 2] },
        { name: "batch-hard", values: [0, 8] },
      ],
      { showValues: false },
    );
    assert.equal(figure.layout.barmode, "group");
    assert.equal(figure.layout.showlegend, true);
    assert.deepEqual(
      figure.data.map((t) => (t.type === "bar" ? [t.name, t.y, t.text] : [])),
      [
        ["random", [10, 2], undefined],
        ["batch-hard", [0, 8], undefined],
      ],
    );
  });

  it("rejects bad input with the function and argument named", () => {
    assert.throws(
      () => barChart([], [1]),
      /barChart: argument 'categories' must be a non-empty array/,
    );
    assert.throws(
      () => barChart(["a"], []),
      /'values' must be numbers or \{ name, values \} series/,
    );
    assert.throws(
      () => barChart(["a", "b"], [1]),
      /'values' must be 2 values \(one per category\), got 1/,
    );
    assert.throws(
      () => barChart(["a"], [{ name: "s", values: [NaN] }]),
      /'values\[0\]\.values' must be finite numbers, got NaN at index 0/,
    );
  });
});
