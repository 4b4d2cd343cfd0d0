import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { tripletLoss } from "../../src/losses";
import type { DistanceMetric } from "../../src/similarity";
import * as ref from "../support/reference";
import {
  assertClose,
  assertNoLeak,
  finiteGradient,
  randomMatrix,
  scalarValue,
} from "../support/tensors";

describe("tripletLoss", () => {
  it("gives hand-computed values", () => {
    // d(a,p) = 1, d(a,n) = 3: 1 - 3 + 0.5 < 0 -> 0; with margin 2.5 -> 0.5.
    assert.equal(scalarValue(tripletLoss([[0, 0]], [[1, 0]], [[3, 0]], { margin: 0.5 })), 0);
    assertClose(scalarValue(tripletLoss([[0, 0]], [[1, 0]], [[3, 0]], { margin: 2.5 })), 0.5);
    // Mean over rows: row losses 0.5 and 0 (squared: 1 - 9 + 2.5 < 0, 4 - 1 + 0 = 3 -> mean 1.5).
    assertClose(
      scalarValue(
        tripletLoss(
          [
            [0, 0],
            [0, 0],
          ],
          [
            [1, 0],
            [2, 0],
          ],
          [
            [3, 0],
            [1, 0],
          ],
          { margin: 0, metric: "squaredEuclidean" },
        ),
      ),
      1.5,
    );
  });

  it("matches the reference loop for each metric on random inputs (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const [a, p, n] = [
        randomMatrix(seed, 6, 4),
        randomMatrix(seed + 10, 6, 4),
        randomMatrix(seed + 20, 6, 4),
      ];
      for (const metric of ["euclidean", "squaredEuclidean", "cosine"] as DistanceMetric[]) {
        const margin = 0.3;
        assertClose(
          scalarValue(tripletLoss(a, p, n, { margin, metric })),
          ref.tripletLoss(a, p, n, margin, metric),
          1e-4,
        );
      }
    }
  });

  it("reduces by mean, meanOfActive or sum like the reference loop", () => {
    const [a, p, n] = [randomMatrix(5, 8, 3), randomMatrix(15, 8, 3), randomMatrix(25, 8, 3)];
    for (const reduction of ["mean", "meanOfActive", "sum"] as const) {
      assertClose(
        scalarValue(tripletLoss(a, p, n, { margin: 0.3, reduction })),
        ref.tripletLoss(a, p, n, 0.3, "euclidean", reduction),
        1e-4,
        reduction,
      );
    }
  });

  it("without a margin, collapsed embeddings already have zero loss", () => {
    const same = [[1, 1]];
    assert.equal(scalarValue(tripletLoss(same, same, same, { margin: 0 })), 0);
    assertClose(scalarValue(tripletLoss(same, same, same, { margin: 0.2 })), 0.2);
  });

  it("has finite gradients (also at zero distance) and leaks nothing", () => {
    finiteGradient((x) => tripletLoss(x, x, [[1, 0]], { margin: 1 }), [[1, 0]]);
    const a = tf.tensor2d(randomMatrix(4, 3, 2));
    assertNoLeak(() => tripletLoss(a, a, a));
    a.dispose();
  });

  it("rejects mismatched shapes, empty input and bad options by name", () => {
    assert.throws(
      () =>
        tripletLoss(
          [[1, 2]],
          [[1, 2]],
          [
            [1, 2],
            [3, 4],
          ],
        ),
      /tripletLoss: argument 'negative' must be shape \[1, 2\]/,
    );
    assert.throws(
      () => tripletLoss([[1]], [[1]], [[1]], { margin: -1 }),
      /tripletLoss: argument 'options.margin' must be a finite number >= 0, got -1/,
    );
    assert.throws(
      () => tripletLoss([[NaN]], [[1]], [[1]]),
      /argument 'anchor' must be finite everywhere/,
    );
  });
});
