import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { l2Normalize } from "../../src/similarity";
import * as ref from "../support/reference";
import { assertAllClose, assertNoLeak, finiteGradient, randomMatrix } from "../support/tensors";

describe("l2Normalize", () => {
  it("scales a hand-computed row to unit length and keeps a zero row zero", () => {
    const y = l2Normalize([
      [3, 4],
      [0, 0],
    ]);
    assert.deepEqual(y.shape, [2, 2]);
    assertAllClose(y.dataSync(), [0.6, 0.8, 0, 0]);
    y.dispose();
  });

  it("matches the reference on random inputs (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const x = randomMatrix(seed, 7, 5, 3);
      const y = l2Normalize(tf.tensor2d(x));
      assertAllClose(y.dataSync(), x.flatMap(ref.normalize));
      y.dispose();
    }
  });

  it("has a finite gradient at a zero row", () => {
    finiteGradient(
      (x) => tf.sum(l2Normalize(x)) as tf.Scalar,
      [
        [0, 0, 0],
        [1, 2, 3],
      ],
    );
  });

  it("leaks no tensors and does not dispose its input", () => {
    const x = tf.tensor2d(randomMatrix(4, 3, 3));
    assertNoLeak(() => l2Normalize(x));
    assert.equal(x.isDisposed, false);
    x.dispose();
  });

  it("names the argument on bad input", () => {
    assert.throws(
      () => l2Normalize(tf.tensor1d([1, 2])),
      /l2Normalize: argument 'x' must be shape \[\*, \*\], got shape \[2\]/,
    );
    assert.throws(
      () => l2Normalize([[1, NaN]]),
      /l2Normalize: argument 'x' must be finite everywhere, got NaN at flat index 1/,
    );
    assert.throws(() => l2Normalize([[1, 2], [3]]), /rectangular/);
    assert.throws(() => l2Normalize([[1]], { epsilon: 0 }), /options.epsilon/);
  });
});
