import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { similarityMatrix } from "../../src/similarity";
import * as ref from "../support/reference";
import { assertAllClose, assertNoLeak, randomMatrix } from "../support/tensors";

describe("similarityMatrix", () => {
  it("gives hand-computed entries", () => {
    const s = similarityMatrix(
      [[1, 0]],
      [
        [1, 0],
        [0, 1],
        [-1, 1],
      ],
    );
    assert.deepEqual(s.shape, [1, 3]);
    assertAllClose(s.dataSync(), [1, 0, -Math.SQRT1_2]);
    s.dispose();
  });

  it("matches the reference for every pair on random [n, d] x [m, d] inputs (3 seeds)", () => {
    for (const seed of [5, 6, 7]) {
      const a = randomMatrix(seed, 6, 4);
      const b = randomMatrix(seed + 50, 3, 4);
      const s = similarityMatrix(tf.tensor2d(a), tf.tensor2d(b));
      assert.deepEqual(s.shape, [6, 3]);
      assertAllClose(
        s.dataSync(),
        a.flatMap((row) => b.map((col) => ref.cosine(row, col))),
      );
      s.dispose();
    }
  });

  it("leaks nothing and rejects different embedding sizes", () => {
    const a = tf.tensor2d(randomMatrix(1, 4, 3));
    assertNoLeak(() => similarityMatrix(a, a));
    a.dispose();
    assert.throws(
      () => similarityMatrix([[1, 2]], [[1, 2, 3]]),
      /similarityMatrix: argument 'b' must be \[m, 2\]/,
    );
  });
});
