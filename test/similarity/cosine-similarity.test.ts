import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { cosineSimilarity } from "../../src/similarity";
import * as ref from "../support/reference";
import { assertAllClose, assertNoLeak, finiteGradient, randomMatrix } from "../support/tensors";

describe("cosineSimilarity", () => {
  it("gives hand-computed values: orthogonal 0, parallel 1, opposite -1, zero row 0", () => {
    const s = cosineSimilarity(
      [
        [1, 0],
        [1, 1],
        [2, 0],
        [0, 0],
      ],
      [
        [0, 1],
        [3, 3],
        [-1, 0],
        [1, 1],
      ],
    );
    assert.deepEqual(s.shape, [4]);
    assertAllClose(s.dataSync(), [0, 1, -1, 0]);
    s.dispose();
  });

  it("matches the reference row by row on random inputs (3 seeds)", () => {
    for (const seed of [10, 11, 12]) {
      const a = randomMatrix(seed, 9, 6);
      const b = randomMatrix(seed + 100, 9, 6);
      const s = cosineSimilarity(tf.tensor2d(a), tf.tensor2d(b));
      assertAllClose(
        s.dataSync(),
        a.map((row, i) => ref.cosine(row, b[i]!)),
      );
      s.dispose();
    }
  });

  it("works for a batch of one, has finite gradients, leaks nothing", () => {
    const s = cosineSimilarity([[1, 2]], [[2, 4]]);
    assertAllClose(s.dataSync(), [1]);
    s.dispose();
    finiteGradient(
      (x) =>
        tf.sum(
          cosineSimilarity(x, [
            [1, 0],
            [0, 1],
          ]),
        ) as tf.Scalar,
      [
        [0, 0],
        [1, 1],
      ],
    );
    const a = tf.tensor2d(randomMatrix(1, 4, 3));
    assertNoLeak(() => cosineSimilarity(a, a));
    a.dispose();
  });

  it("rejects mismatched shapes and non-finite values, naming the argument", () => {
    assert.throws(
      () => cosineSimilarity([[1, 2]], [[1, 2, 3]]),
      /cosineSimilarity: argument 'b' must be shape \[1, 2\] \(the shape of 'a'\), got shape \[1, 3\]/,
    );
    assert.throws(
      () => cosineSimilarity([[Infinity, 1]], [[1, 2]]),
      /argument 'a' must be finite everywhere, got Infinity/,
    );
  });
});
