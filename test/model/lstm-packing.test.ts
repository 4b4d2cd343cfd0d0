import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { floatMask, packingOf, unpack } from "../../src/model/lstm-packing";

describe("lstm packing", () => {
  it("turns any mask into float 0/1, and no mask into ones", () => {
    tf.tidy(() => {
      const mask = tf.tensor2d([[2, 0, -1]], [1, 3], "int32");
      assert.deepEqual(floatMask(mask, 1, 3).arraySync(), [[1, 0, 1]]);
      assert.equal(floatMask(mask, 1, 3).dtype, "float32");
      assert.deepEqual(floatMask(null, 2, 1).arraySync(), [[1], [1]]);
    });
  });

  it("lists the real steps and maps padding to the extra zero row", () => {
    tf.tidy(() => {
      const packing = packingOf(
        tf.tensor2d([
          [1, 1, 0, 0],
          [0, 1, 0, 1],
        ]),
      );
      assert.ok(packing !== null);
      assert.equal(packing.count, 4);
      assert.deepEqual(packing.live.arraySync(), [0, 1, 5, 7]);
      assert.deepEqual(packing.scatter.arraySync(), [0, 1, 4, 4, 4, 2, 4, 3]);
      const rows = tf.tensor2d([[1], [2], [3], [4]]);
      assert.deepEqual(unpack(rows, packing).arraySync(), [[1], [2], [0], [0], [0], [3], [0], [4]]);
    });
  });

  it("does not pack with little padding or no real step", () => {
    tf.tidy(() => {
      assert.equal(packingOf(tf.ones([1, 10])), null);
      assert.equal(packingOf(tf.tensor2d([[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]])), null);
      assert.equal(packingOf(tf.zeros([2, 3])), null);
      assert.notEqual(packingOf(tf.tensor2d([[1, 1, 1, 1, 1, 1, 1, 1, 1, 0]])), null);
    });
  });
});
