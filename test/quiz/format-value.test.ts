import { strict as assert } from "node:assert";
import { formatNumber, formatValue } from "../../src/quiz/format-value";

describe("formatNumber / formatValue", () => {
  it("formats numbers briefly", () => {
    assert.equal(formatNumber(3), "3");
    assert.equal(formatNumber(Math.SQRT1_2), "0.7071");
    assert.equal(formatNumber(Math.SQRT1_2, 6), "0.707107");
    assert.equal(formatNumber(-1.5e-7), "-1.5e-7");
    assert.equal(formatNumber(Number.NaN), "NaN");
  });

  it("formats nested values and cuts long arrays", () => {
    assert.equal(
      formatValue([
        [0.12, -0.5],
        [0.3, 0.9],
      ]),
      "[[0.12, -0.5], [0.3, 0.9]]",
    );
    assert.equal(formatValue({ threshold: 0.5, value: 0.75 }), "{ threshold: 0.5, value: 0.75 }");
    assert.equal(formatValue([1, 2, 3, 4], 2), "[1, 2, ... (4 items)]");
    assert.equal(formatValue(new Float32Array([0.5])), "[0.5]");
    assert.equal(formatValue("x"), '"x"');
    assert.equal(formatValue(undefined), "undefined");
    assert.equal(
      formatValue(() => 1),
      "a function",
    );
    assert.equal(formatValue({}), "{}");
  });
});
