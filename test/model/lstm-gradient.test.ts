import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { projectInputs, runRecurrence } from "../../src/model/lstm-forward";
import { lstmGradients } from "../../src/model/lstm-gradient";
import { packingOf } from "../../src/model/lstm-packing";
import { lstmRecurrenceOps, type LstmRecurrenceResult } from "../../src/model/lstm-recurrence-ops";
import { maxAbsDiff } from "../support/on-backend";

describe("lstmGradients", () => {
  it("matches the autodiff of the public-op LSTM, packed or not", () => {
    tf.tidy(() => {
      const x = tf.randomUniform([2, 5, 3], -1, 1, "float32", 1) as tf.Tensor3D;
      const kernel = tf.randomUniform([3, 8], -0.5, 0.5, "float32", 2) as tf.Tensor2D;
      const recurrentKernel = tf.randomUniform([2, 8], -0.5, 0.5, "float32", 3) as tf.Tensor2D;
      const bias = tf.randomUniform([8], -0.5, 0.5, "float32", 4) as tf.Tensor1D;
      const mask = tf.tensor2d([
        [1, 1, 1, 0, 0],
        [1, 1, 0, 0, 0],
      ]);
      const dy = tf.randomUniform([2, 5, 2], -1, 1, "float32", 5) as tf.Tensor3D;
      const reference = tf.grads((a, k, u, b) =>
        tf.sum(
          tf.mul(
            lstmRecurrenceOps(
              projectInputs(a as tf.Tensor3D, k as tf.Tensor2D, b as tf.Tensor1D, null),
              u as tf.Tensor2D,
              mask,
              "sigmoid",
              false,
            ).h,
            dy,
          ),
        ),
      )([x, kernel, recurrentKernel, bias]);
      for (const packing of [null, packingOf(mask)]) {
        const xp = projectInputs(x, kernel, bias, packing);
        const kept = runRecurrence(xp, recurrentKernel, mask, "sigmoid", true);
        const { h, c, tanhC, gates } = kept as Required<LstmRecurrenceResult>;
        const saved = { x, kernel, recurrentKernel, mask, h, c, tanhC, gates, packing };
        const grads = lstmGradients(dy, saved, "sigmoid");
        reference.forEach((expected, i) =>
          assert.ok(
            maxAbsDiff(grads[i]!, expected) < 1e-5,
            `gradient ${i}, packing ${packing !== null}`,
          ),
        );
        assert.deepEqual(grads[4]!.arraySync(), tf.zerosLike(mask).arraySync());
      }
    });
  });
});
