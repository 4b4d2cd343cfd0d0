import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { MaskedMaxPooling } from "../../src/model";
import { maxAbsDiff } from "../support/on-backend";

describe("MaskedMaxPooling", () => {
  it("takes the max over the real steps only; a row with no real step gives zeros", () => {
    const x = tf.tensor3d([
      [
        [1, -2],
        [3, -4],
        [100, 100],
      ],
      [
        [-5, 6],
        [-7, 8],
        [-9, 1],
      ],
      [
        [1, 1],
        [2, 2],
        [3, 3],
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
    const y = new MaskedMaxPooling().apply(x, { mask }) as tf.Tensor;
    assert.equal(tf.memory().numTensors, before + 1);
    assert.deepEqual(y.shape, [3, 2]);
    assert.ok(maxAbsDiff(y, [3, -2, -5, 8, 0, 0]) < 1e-6);
  });

  it("sends the gradient only to the picked real step", () => {
    const mask = tf.tensor2d([[1, 1, 0]], undefined, "bool");
    const layer = new MaskedMaxPooling();
    const grad = tf.grad((x: tf.Tensor) => tf.sum(layer.apply(x, { mask }) as tf.Tensor))(
      tf.tensor3d([[[1], [3], [9]]]),
    );
    assert.deepEqual(Array.from(grad.dataSync()), [0, 1, 0]);
  });
});
