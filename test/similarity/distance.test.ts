import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { DISTANCE_METRICS, DISTANCES } from "../../src/similarity";
import { safeSqrt } from "../../src/similarity/distance";
import * as ref from "../support/reference";
import { assertAllClose, assertNoLeak, finiteGradient, randomMatrix } from "../support/tensors";

describe("DISTANCES", () => {
  it("has one record per metric, named after it", () => {
    assert.deepEqual(Object.keys(DISTANCES).sort(), [...DISTANCE_METRICS].sort());
    for (const metric of DISTANCE_METRICS) assert.equal(DISTANCES[metric].metric, metric);
  });

  it("measures row by row and all pairs like the reference loop (3 seeds)", () => {
    for (const seed of [31, 32, 33]) {
      const a = randomMatrix(seed, 6, 4);
      const b = randomMatrix(seed + 10, 6, 4);
      const [ta, tb] = [tf.tensor2d(a), tf.tensor2d(b)];
      for (const metric of DISTANCE_METRICS) {
        const distance = DISTANCES[metric];
        const rowwise = distance.rowwise(ta, tb);
        assertAllClose(
          rowwise.dataSync(),
          a.map((row, i) => ref.distance(row, b[i]!, metric)),
          1e-4,
        );
        const pairwise = distance.pairwise(ta);
        assertAllClose(
          pairwise.dataSync(),
          a.flatMap((x) => a.map((y) => ref.distance(x, y, metric))),
          1e-4,
        );
        tf.dispose([rowwise, pairwise]);
      }
      tf.dispose([ta, tb]);
    }
  });

  it("keeps gradients finite where rows coincide, and leaks nothing", () => {
    const x = [
      [1, 2],
      [1, 2],
      [0, 1],
    ];
    for (const metric of DISTANCE_METRICS) {
      const distance = DISTANCES[metric];
      finiteGradient((t) => tf.sum(distance.rowwise(t, tf.tensor2d(x))) as tf.Scalar, x);
      finiteGradient((t) => tf.sum(distance.pairwise(t)) as tf.Scalar, x);
      const t = tf.tensor2d(x);
      assertNoLeak(() => [distance.rowwise(t, t), distance.pairwise(t)]);
      t.dispose();
    }
  });
});

describe("safeSqrt", () => {
  it("is sqrt away from 0, and 0 with gradient 0 at 0", () => {
    const v = tf.tensor1d([0, 4, 9]);
    const root = safeSqrt(v);
    assertAllClose(root.dataSync(), [0, 2, 3]);
    const gradient = tf.grad((t: tf.Tensor) => tf.sum(safeSqrt(t)))(v);
    assertAllClose(gradient.dataSync(), [0, 0.25, 1 / 6]);
    tf.dispose([v, root, gradient]);
  });
});
