import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { L2Normalization } from "../../src/model";
import { maxAbsDiff } from "../support/on-backend";

describe("L2Normalization", () => {
  it("scales rows to unit length and keeps a zero row zero", () => {
    const y = new L2Normalization().apply(
      tf.tensor2d([
        [3, 4],
        [0, 0],
      ]),
    ) as tf.Tensor;
    assert.ok(maxAbsDiff(y, [0.6, 0.8, 0, 0]) < 1e-6);
  });

  it("has a finite gradient at a zero row", () => {
    const layer = new L2Normalization();
    const g = tf.grad((x: tf.Tensor) => tf.sum(layer.apply(x) as tf.Tensor))(tf.zeros([1, 3]));
    assert.ok(Array.from(g.dataSync()).every(Number.isFinite));
  });
});
