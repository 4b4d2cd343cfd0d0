import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { projectInputs, runRecurrence } from "../../src/model/lstm-forward";
import { packingOf } from "../../src/model/lstm-packing";
import { maxAbsDiff } from "../support/on-backend";

describe("lstm forward", () => {
  it("projects the real steps alike with and without packing, padding to zeros", () => {
    tf.tidy(() => {
      const x = tf.randomUniform([2, 4, 3], -1, 1, "float32", 1) as tf.Tensor3D;
      const kernel = tf.randomUniform([3, 8], -1, 1, "float32", 2) as tf.Tensor2D;
      const bias = tf.randomUniform([8], -1, 1, "float32", 3) as tf.Tensor1D;
      const mask = tf.tensor2d([
        [1, 1, 0, 0],
        [1, 0, 0, 0],
      ]);
      const full = projectInputs(x, kernel, bias, null);
      const packed = projectInputs(x, kernel, bias, packingOf(mask));
      const expected = tf.mul(full, tf.expandDims(mask, 2));
      assert.ok(maxAbsDiff(packed.dataSync(), expected.dataSync()) < 1e-6);
    });
  });

  it("keeps c, tanh(c) and the gates only when asked", () => {
    tf.tidy(() => {
      const xp = tf.randomUniform([2, 3, 8], -1, 1, "float32", 4) as tf.Tensor3D;
      const recurrentKernel = tf.randomUniform([2, 8], -1, 1, "float32", 5) as tf.Tensor2D;
      const mask = tf.ones([2, 3]) as tf.Tensor2D;
      const light = runRecurrence(xp, recurrentKernel, mask, "sigmoid", false);
      assert.deepEqual(Object.keys(light), ["h"]);
      const kept = runRecurrence(xp, recurrentKernel, mask, "sigmoid", true);
      assert.deepEqual(kept.h.shape, [2, 3, 2]);
      assert.deepEqual(kept.gates?.shape, [2, 3, 8]);
      assert.ok(maxAbsDiff(kept.tanhC!.dataSync(), tf.tanh(kept.c!).dataSync()) < 1e-6);
    });
  });
});
