import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import {
  batchAllTripletLoss,
  batchHardTripletLoss,
  batchSemiHardTripletLoss,
} from "../../src/losses";
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

const metrics: DistanceMetric[] = ["euclidean", "squaredEuclidean", "cosine"];

// Points on a line: class 0 at 0 and 1, class 1 at 1.5 and 4.
const line = [[0], [1], [1.5], [4]];
const lineLabels = [0, 0, 1, 1];

describe("batchHardTripletLoss", () => {
  it("gives a hand-computed value", () => {
    // Anchor 0: farthest pos 1, closest neg 1.5 -> max(1 - 1.5 + 1, 0) = 0.5
    // Anchor 1: pos 1, neg 0.5 -> 1.5; anchor 2: pos 2.5, neg 0.5 -> 3; anchor 3: pos 2.5, neg 3 -> 0.5
    assertClose(
      scalarValue(batchHardTripletLoss(line, lineLabels, { margin: 1 })),
      (0.5 + 1.5 + 3 + 0.5) / 4,
    );
  });

  it("matches the reference loop (hinge and soft, every metric, 3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const x = randomMatrix(seed, 10, 4);
      const labels = randomLabels(seed, 10, 3);
      for (const metric of metrics) {
        for (const soft of [false, true]) {
          const actual = scalarValue(
            batchHardTripletLoss(x, labels, { margin: 0.3, metric, soft }),
          );
          assertClose(
            actual,
            ref.batchHardLoss(x, labels, 0.3, metric, soft),
            1e-4,
            `${metric} soft=${soft}`,
          );
        }
      }
    }
  });

  it("is 0 for a batch of one or a single label, and leaks nothing", () => {
    assert.equal(scalarValue(batchHardTripletLoss([[1, 2]], [0])), 0);
    assert.equal(
      scalarValue(
        batchHardTripletLoss(
          [
            [1, 2],
            [3, 4],
          ],
          [7, 7],
        ),
      ),
      0,
    );
    const x = tf.tensor2d(randomMatrix(3, 6, 3));
    assertNoLeak(() => batchHardTripletLoss(x, [0, 0, 1, 1, 2, 2], { soft: true }));
    x.dispose();
  });
});

describe("batchSemiHardTripletLoss", () => {
  it("gives a hand-computed value", () => {
    // Pairs (a, p): (0,1) dAP 1, negatives at 1.5, 4 -> semi-hard 1.5 -> max(1 - 1.5 + 1, 0) = 0.5
    // (1,0) dAP 1, negatives at 0.5, 3 -> 3 -> 0; (2,3) dAP 2.5, negatives 1.5, 0.5 -> none farther,
    // farthest 1.5 -> 2; (3,2) dAP 2.5, negatives 4, 3 -> 3 -> 0.5. Mean = 3 / 4.
    assertClose(scalarValue(batchSemiHardTripletLoss(line, lineLabels, { margin: 1 })), 0.75);
  });

  it("matches the reference loop for every metric (3 seeds)", () => {
    for (const seed of [4, 5, 6]) {
      const x = randomMatrix(seed, 10, 4);
      const labels = randomLabels(seed, 10, 3);
      for (const metric of metrics) {
        const actual = scalarValue(batchSemiHardTripletLoss(x, labels, { margin: 0.5, metric }));
        assertClose(actual, ref.semiHardLoss(x, labels, 0.5, metric), 1e-4, metric);
      }
    }
  });

  it("is 0 with no positive pair or no negative, and has finite gradients", () => {
    assert.equal(scalarValue(batchSemiHardTripletLoss([[1], [2]], [0, 1])), 0);
    assert.equal(scalarValue(batchSemiHardTripletLoss([[1], [2]], [0, 0])), 0);
    finiteGradient(
      (x) => batchSemiHardTripletLoss(x, lineLabels, { margin: 1 }),
      [[0], [0], [1.5], [4]],
    );
  });
});

describe("batchAllTripletLoss", () => {
  it("gives a hand-computed value", () => {
    // Triplets with positive loss at margin 1 (a, p, n: dAP - dAN + 1):
    // (0,1,2): 1 - 1.5 + 1 = 0.5; (1,0,2): 1 - 0.5 + 1 = 1.5; (1,0,3): 1 - 3 + 1 < 0;
    // (2,3,0): 2.5 - 1.5 + 1 = 2; (2,3,1): 2.5 - 0.5 + 1 = 3; (3,2,1): 2.5 - 3 + 1 = 0.5;
    // (0,1,3), (3,2,0): negative. Mean of the 5 active = 7.5 / 5.
    assertClose(scalarValue(batchAllTripletLoss(line, lineLabels, { margin: 1 })), 1.5);
  });

  it("matches the reference loop for every metric (3 seeds)", () => {
    for (const seed of [7, 8, 9]) {
      const x = randomMatrix(seed, 9, 3);
      const labels = randomLabels(seed, 9, 3);
      for (const metric of metrics) {
        assertClose(
          scalarValue(batchAllTripletLoss(x, labels, { margin: 0.4, metric })),
          ref.batchAllLoss(x, labels, 0.4, metric),
          1e-4,
          metric,
        );
      }
    }
  });

  it("is 0 when no triplet is active or valid, and has finite gradients", () => {
    assert.equal(scalarValue(batchAllTripletLoss([[0], [0.1], [10]], [0, 0, 1], { margin: 1 })), 0);
    assert.equal(scalarValue(batchAllTripletLoss([[0]], [0])), 0);
    finiteGradient((x) => batchAllTripletLoss(x, lineLabels, { margin: 1 }), line);
  });
});

describe("label-based losses: reductions", () => {
  it("reduce per-item losses by mean, meanOfActive and sum like the reference loops", () => {
    const x = randomMatrix(11, 9, 3);
    const labels = randomLabels(11, 9, 3);
    for (const reduction of ["mean", "meanOfActive", "sum"] as const) {
      const options = { margin: 0.4, reduction };
      assertClose(
        scalarValue(batchHardTripletLoss(x, labels, options)),
        ref.batchHardLoss(x, labels, 0.4, "euclidean", false, reduction),
        1e-4,
        `batch-hard ${reduction}`,
      );
      assertClose(
        scalarValue(batchSemiHardTripletLoss(x, labels, options)),
        ref.semiHardLoss(x, labels, 0.4, "euclidean", reduction),
        1e-4,
        `semi-hard ${reduction}`,
      );
      assertClose(
        scalarValue(batchAllTripletLoss(x, labels, options)),
        ref.batchAllLoss(x, labels, 0.4, "euclidean", reduction),
        1e-4,
        `batch-all ${reduction}`,
      );
    }
  });

  it("reject an unknown reduction by name", () => {
    assert.throws(
      () => batchAllTripletLoss([[1], [2]], [0, 1], { reduction: "max" as "sum" }),
      /batchAllTripletLoss: argument 'options.reduction' must be one of 'mean', 'meanOfActive', 'sum', got "max"/,
    );
  });
});

describe("label-based losses: input checks", () => {
  it("reject wrong label counts, NaN embeddings and bad labels by name", () => {
    assert.throws(
      () => batchHardTripletLoss([[1], [2]], [0]),
      /batchHardTripletLoss: argument 'labels' must be 2 labels \(one per embedding row\), got 1/,
    );
    assert.throws(
      () => batchSemiHardTripletLoss([[NaN], [2]], [0, 1]),
      /batchSemiHardTripletLoss: argument 'embeddings' must be finite everywhere/,
    );
    assert.throws(
      () => batchAllTripletLoss([[1], [2]], [0, NaN]),
      /batchAllTripletLoss: argument 'labels' must be finite numbers or strings, got NaN at index 1/,
    );
    assert.throws(
      () => batchHardTripletLoss([[1]], [0], { soft: "yes" as unknown as boolean }),
      /options.soft' must be true or false/,
    );
  });

  it("accept string labels and label tensors", () => {
    const byString = scalarValue(batchHardTripletLoss(line, ["a", "a", "b", "b"], { margin: 1 }));
    const labels = tf.tensor1d(lineLabels, "int32");
    const byTensor = scalarValue(batchHardTripletLoss(line, labels, { margin: 1 }));
    labels.dispose();
    assertClose(byString, byTensor);
  });
});
