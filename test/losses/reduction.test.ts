import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { readReduction, reduceLoss, weightedMean } from "../../src/losses/reduction";
import { assertAllClose, assertClose, assertNoLeak, scalarValue } from "../support/tensors";

describe("reduceLoss", () => {
  const perItem = [0, 2, 0, 4, 6];
  const valid = [1, 1, 1, 1, 0];

  it("gives the hand-computed mean, mean of active items and sum", () => {
    const x = tf.tensor1d(perItem);
    assertClose(scalarValue(reduceLoss(x, "mean")), 12 / 5);
    assertClose(scalarValue(reduceLoss(x, "meanOfActive")), 12 / 3);
    assertClose(scalarValue(reduceLoss(x, "sum")), 12);
    x.dispose();
  });

  it("leaves invalid items out of every reduction", () => {
    const [x, v] = [tf.tensor1d(perItem), tf.tensor1d(valid)];
    assertClose(scalarValue(reduceLoss(x, "mean", v)), 6 / 4);
    assertClose(scalarValue(reduceLoss(x, "meanOfActive", v)), 6 / 2);
    assertClose(scalarValue(reduceLoss(x, "sum", v)), 6);
    assertNoLeak(() => reduceLoss(x, "meanOfActive", v));
    tf.dispose([x, v]);
  });

  it("is 0 with nothing active or valid, and passes gradients to the counted items only", () => {
    const zeros = tf.zeros([3]);
    assert.equal(scalarValue(reduceLoss(zeros, "meanOfActive")), 0);
    const [two, none] = [tf.tensor1d([1, 2]), tf.zeros([2])];
    assert.equal(scalarValue(reduceLoss(two, "mean", none)), 0);
    tf.dispose([zeros, two, none]);
    const x = tf.tensor1d(perItem);
    const v = tf.tensor1d(valid);
    const gradient = tf.grad((t: tf.Tensor) => reduceLoss(t, "meanOfActive", v))(x);
    assertAllClose(gradient.dataSync(), [0, 0.5, 0, 0.5, 0]);
    tf.dispose([x, v, gradient]);
  });
});

describe("weightedMean", () => {
  it("divides by the weight total, and gives 0 when every weight is 0", () => {
    const [values, weights, none] = [tf.tensor1d([1, 3]), tf.tensor1d([1, 3]), tf.zeros([2])];
    assertClose(scalarValue(weightedMean(values, weights)), 10 / 4);
    assert.equal(scalarValue(weightedMean(values, none)), 0);
    tf.dispose([values, weights, none]);
  });
});

describe("readReduction", () => {
  it("gives the loss's default, and rejects an unknown reduction by name", () => {
    assert.equal(readReduction("fn", undefined, "meanOfActive"), "meanOfActive");
    assert.equal(readReduction("fn", "sum", "mean"), "sum");
    assert.throws(
      () => readReduction("fn", "max", "mean"),
      /fn: argument 'options.reduction' must be one of 'mean', 'meanOfActive', 'sum', got "max"/,
    );
  });
});
