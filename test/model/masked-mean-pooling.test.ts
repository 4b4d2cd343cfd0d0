import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { MaskedMeanPooling } from "../../src/model";
import { maxAbsDiff } from "../support/on-backend";

describe("MaskedMeanPooling", () => {
  it("averages only the real steps; a row with no real step gives zeros", () => {
    const x = tf.tensor3d([
      [
        [1, 2],
        [3, 4],
        [100, 100],
      ],
      [
        [5, 6],
        [7, 8],
        [9, 10],
      ],
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
    ]);
    const mask = tf.tensor2d(
      [
        [1, 1, 0],
        [1, 1, 1],
        [0, 0, 0],
      ],
      undefined,
      "bool",
    );
    const before = tf.memory().numTensors;
    const y = new MaskedMeanPooling().apply(x, { mask }) as tf.Tensor;
    assert.equal(tf.memory().numTensors, before + 1);
    assert.deepEqual(y.shape, [3, 2]);
    assert.ok(maxAbsDiff(y, [2, 3, 7, 8, 0, 0]) < 1e-6);
  });

  it("is the plain mean without a mask, outputs [batch, d] and consumes the mask", () => {
    const layer = new MaskedMeanPooling();
    const y = layer.apply(
      tf.tensor3d([
        [
          [1, 2],
          [3, 6],
        ],
      ]),
    ) as tf.Tensor;
    assert.ok(maxAbsDiff(y, [2, 4]) < 1e-6);
    assert.deepEqual(layer.computeOutputShape([null, 7, 5]), [null, 5]);
    assert.equal(layer.computeMask(), null);
  });

  it("passes gradient only to the real steps", () => {
    const mask = tf.tensor2d([[1, 0]], undefined, "bool");
    const layer = new MaskedMeanPooling();
    const g = tf.grad((x: tf.Tensor) => tf.sum(layer.apply(x, { mask }) as tf.Tensor))(
      tf.ones([1, 2, 2]),
    );
    assert.deepEqual(Array.from(g.dataSync()), [1, 1, 0, 0]);
  });
});
