import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { contrastiveLoss } from "../../src/losses";
import { createRandom } from "../../src/random";
import { assertClose, assertNoLeak, scalarValue } from "../support/tensors";

describe("contrastiveLoss", () => {
  it("gives hand-computed values", () => {
    // Similar at 0.5 -> 0.25; dissimilar at 0.2 with margin 1 -> 0.64; dissimilar at 1.5 -> 0.
    assertClose(
      scalarValue(contrastiveLoss([0.5, 0.2, 1.5], [1, 0, 0], { margin: 1 })),
      (0.25 + 0.64) / 3,
    );
    assertClose(scalarValue(contrastiveLoss([0.5], [true])), 0.25);
  });

  it("matches a loop on random inputs (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRandom(seed);
      const d = Array.from({ length: 20 }, () => rng.next() * 2);
      const y = Array.from({ length: 20 }, () => rng.int(2));
      const expected =
        d.reduce((s, di, i) => s + (y[i] === 1 ? di * di : Math.max(1.2 - di, 0) ** 2), 0) / 20;
      assertClose(scalarValue(contrastiveLoss(d, y, { margin: 1.2 })), expected);
    }
  });

  it("sums or averages only the pairs with a loss when asked", () => {
    // Per-pair losses 0.25, 0.64 and 0 (as above).
    const [d, y] = [
      [0.5, 0.2, 1.5],
      [1, 0, 0],
    ];
    assertClose(scalarValue(contrastiveLoss(d, y, { reduction: "sum" })), 0.89);
    assertClose(scalarValue(contrastiveLoss(d, y, { reduction: "meanOfActive" })), 0.89 / 2);
    assert.throws(
      () => contrastiveLoss(d, y, { reduction: "none" as "sum" }),
      /contrastiveLoss: argument 'options.reduction' must be one of 'mean', 'meanOfActive', 'sum'/,
    );
  });

  it("is differentiable with respect to distance tensors and leaks nothing", () => {
    const d = tf.tensor1d([0.5, 0.2]);
    const g = tf.grad((x: tf.Tensor) => contrastiveLoss(x as tf.Tensor1D, [1, 0], { margin: 1 }))(
      d,
    );
    // d/dd [0.5 * d0^2 + 0.5 * (1 - d1)^2] = [d0, -(1 - d1)] = [0.5, -0.8]
    assertClose(g.dataSync()[0]!, 0.5);
    assertClose(g.dataSync()[1]!, -0.8);
    tf.dispose(g);
    assertNoLeak(() => contrastiveLoss(d, [1, 0]));
    d.dispose();
  });

  it("rejects bad labels, negative distances and length mismatches", () => {
    assert.throws(
      () => contrastiveLoss([0.5], [2]),
      /contrastiveLoss: argument 'isSimilar' must be 0 or 1 \(or booleans\), got 2 at index 0/,
    );
    assert.throws(
      () => contrastiveLoss([-0.5], [1]),
      /argument 'distances' must be finite and >= 0, got -0.5 at index 0/,
    );
    assert.throws(() => contrastiveLoss([0.5, 1], [1]), /argument 'distances' must be shape \[1\]/);
  });
});
