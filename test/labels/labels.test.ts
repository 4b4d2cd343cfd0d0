import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { readLabels } from "../../src/labels/labels";

describe("readLabels", () => {
  it("reads arrays and 1-D tensors into a fresh plain array", () => {
    const given = [0, "b", 0];
    const values = readLabels("fn", given, 3);
    assert.deepEqual(values, [0, "b", 0]);
    assert.notEqual(values, given, "a copy, so callers cannot change the input");
    const tensor = tf.tensor1d([2, 1, 2], "int32");
    assert.deepEqual(readLabels("fn", tensor, 3), [2, 1, 2]);
    tensor.dispose();
  });

  it("rejects a wrong count, a tensor of another rank and values that are not labels", () => {
    assert.throws(
      () => readLabels("fn", [0, 1], 3),
      /fn: argument 'labels' must be 3 labels \(one per embedding row\), got 2/,
    );
    const matrix = tf.tensor2d([[0, 1]]);
    assert.throws(
      () => readLabels("fn", matrix as unknown as tf.Tensor1D, 2),
      /fn: argument 'labels' must be a 1-D tensor, got rank 2/,
    );
    matrix.dispose();
    assert.throws(
      () => readLabels("fn", [0, Infinity], 2),
      /must be finite numbers or strings, got Infinity at index 1/,
    );
    assert.throws(
      () => readLabels("fn", "ab" as unknown as string[], 2),
      /must be an array or 1-D tensor of labels/,
    );
  });
});
