import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { batchAllTripletLoss, tripletLoss } from "../../src/losses";
import { mineTriplets } from "../../src/mining";
import type { DistanceMetric } from "../../src/similarity";
import * as ref from "../support/reference";
import {
  assertClose,
  assertNoLeak,
  finiteGradient,
  randomLabels,
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

describe("tripletLoss over triplets given as row indices", () => {
  const metrics: DistanceMetric[] = ["euclidean", "squaredEuclidean", "cosine"];
  const rowsOf = (x: number[][], indices: readonly number[]) => indices.map((i) => x[i]!);

  it("gives a hand-computed value", () => {
    // Points on a line; triplets (0, 1, 2): 1 - 1.5 + 1 = 0.5 and (2, 3, 1): 2.5 - 0.5 + 1 = 3.
    const line = [[0], [1], [1.5], [4]];
    const triplets = { anchor: [0, 2], positive: [1, 3], negative: [2, 1] };
    assertClose(scalarValue(tripletLoss(line, triplets, { margin: 1 })), 1.75);
    assertClose(scalarValue(tripletLoss(line, triplets, { margin: 1, reduction: "sum" })), 3.5);
  });

  it("equals the loss of the gathered rows (reference loop, every metric and reduction)", () => {
    for (const seed of [1, 2, 3]) {
      const x = randomMatrix(seed, 9, 3);
      const mined = mineTriplets(x, randomLabels(seed, 9, 3), { margin: 0.5 });
      for (const metric of metrics) {
        for (const reduction of ["mean", "meanOfActive", "sum"] as const) {
          const [a, p, n] = [mined.anchor, mined.positive, mined.negative].map((i) => rowsOf(x, i));
          assertClose(
            scalarValue(tripletLoss(x, mined, { margin: 0.5, metric, reduction })),
            ref.tripletLoss(a!, p!, n!, 0.5, metric, reduction),
            1e-4,
            `${metric} ${reduction}`,
          );
        }
      }
    }
  });

  it("over every mined triplet, averaged over the active ones, is the batch-all loss", () => {
    for (const seed of [4, 5]) {
      const x = randomMatrix(seed, 10, 4);
      const labels = randomLabels(seed, 10, 3);
      const options = { margin: 0.3, metric: "cosine" } as const;
      assertClose(
        scalarValue(
          tripletLoss(x, mineTriplets(x, labels, options), {
            ...options,
            reduction: "meanOfActive",
          }),
        ),
        scalarValue(batchAllTripletLoss(x, labels, options)),
        1e-5,
      );
    }
  });

  it("is 0 with no triplet, passes gradients into the embeddings, and leaks nothing", () => {
    const none = { anchor: [], positive: [], negative: [] };
    assert.equal(scalarValue(tripletLoss([[1, 2]], none)), 0);
    assert.deepEqual(
      finiteGradient((x) => tripletLoss(x, none), [[1, 2]]),
      [0, 0],
    );
    const gradient = finiteGradient(
      (x) => tripletLoss(x, { anchor: [0], positive: [1], negative: [2] }, { margin: 1 }),
      [[0], [1], [1.5]],
    );
    assert.ok(
      gradient.some((g) => g !== 0),
      "a non-zero gradient",
    );
    const x = tf.tensor2d(randomMatrix(6, 4, 2));
    assertNoLeak(() => tripletLoss(x, { anchor: [0, 1], positive: [1, 0], negative: [2, 3] }));
    x.dispose();
  });

  it("rejects indices outside the batch and arrays of different lengths by name", () => {
    assert.throws(
      () => tripletLoss([[0], [1]], { anchor: [0], positive: [1], negative: [2] }),
      /tripletLoss: argument 'triplets.negative' must be row indices, integers in \[0, 2\), got 2 at index 0/,
    );
    assert.throws(
      () => tripletLoss([[0], [1]], { anchor: [0, 1], positive: [1], negative: [0, 0] }),
      /tripletLoss: argument 'triplets.positive' must be 2 indices \(as many as 'triplets.anchor'\), got 1/,
    );
    assert.throws(
      () => tripletLoss([[0], [1]], { anchor: [0.5], positive: [1], negative: [0] }),
      /argument 'triplets.anchor' must be row indices/,
    );
  });
});
