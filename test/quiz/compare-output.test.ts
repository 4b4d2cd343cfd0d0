import * as tf from "@tensorflow/tfjs";
import { strict as assert } from "node:assert";
import { compareOutput, toPlainValue } from "../../src/quiz/compare-output";

const tol = { absolute: 1e-4 };

describe("toPlainValue", () => {
  it("reads tensors, typed arrays and nested objects as plain data", () => {
    const t = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const s = tf.scalar(0.5);
    assert.deepEqual(toPlainValue(t), [
      [1, 2],
      [3, 4],
    ]);
    assert.equal(toPlainValue(s), 0.5);
    assert.deepEqual(toPlainValue({ a: new Float32Array([1]), b: [s] }), { a: [1], b: [0.5] });
    t.dispose();
    s.dispose();
  });
});

describe("compareOutput", () => {
  it("accepts equal values within tolerance", () => {
    assert.equal(compareOutput([1, 0.50001], [1, 0.5], tol), undefined);
    assert.equal(
      compareOutput({ value: 1, threshold: 2 }, { value: 1, threshold: 2 }, tol),
      undefined,
    );
    assert.equal(compareOutput("x", "x", tol), undefined);
  });

  it("names the first difference in words", () => {
    assert.equal(
      compareOutput([1, 0.5], [1, 0.25], tol),
      "item [1] is 0.5, expected 0.25 (off by 0.25; allowed: within 0.0001)",
    );
    assert.equal(compareOutput([[1, 2]], [[1, 3]], tol)?.startsWith("item [0][1] is 2"), true);
    assert.equal(compareOutput([1, 2, 3], [1, 2], tol), "the result has 3 items, expected 2");
    assert.equal(
      compareOutput(undefined, [1], tol),
      "the result is nothing (undefined), expected an array of 1",
    );
    assert.equal(compareOutput([1], 1, tol), "the result is an array of 1, expected a number");
    assert.equal(compareOutput(Number.NaN, 1, tol), "the result is NaN, expected 1");
    assert.equal(
      compareOutput({ value: 1 }, { threshold: 1 }, tol),
      "the result has no field 'threshold'",
    );
    assert.equal(
      compareOutput(3, { value: 1 }, tol),
      "the result is a number, expected an object with value",
    );
    assert.equal(
      compareOutput({ v: [1, 5] }, { v: [1, 2] }, tol)?.startsWith("item v[1] is 5"),
      true,
    );
    assert.equal(compareOutput("a", "b", tol), 'the result is "a", expected "b"');
  });
});
