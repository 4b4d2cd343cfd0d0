import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { readSavedTensors, savedTensorList } from "../../src/model/lstm-saved-tensors";

describe("lstm saved tensors", () => {
  it("reads back every field from the list, with and without packing", () => {
    tf.tidy(() => {
      const t = (): tf.Tensor3D => tf.zeros([1, 1, 1]);
      const u = (): tf.Tensor2D => tf.zeros([1, 4]);
      const base = {
        x: t(),
        kernel: u(),
        recurrentKernel: u(),
        mask: tf.ones([1, 1]) as tf.Tensor2D,
        h: t(),
        c: t(),
        tanhC: t(),
        gates: t(),
      };
      const unpacked = savedTensorList({ ...base, packing: null });
      assert.equal(unpacked.length, 8);
      assert.deepEqual(readSavedTensors(unpacked, null), { ...base, packing: null });
      const packing = { live: tf.tensor1d([0], "int32"), scatter: tf.tensor1d([0], "int32") };
      const packed = savedTensorList({ ...base, packing: { ...packing, count: 1 } });
      assert.equal(packed.length, 10);
      assert.deepEqual(readSavedTensors(packed, 1), { ...base, packing: { ...packing, count: 1 } });
    });
  });
});
