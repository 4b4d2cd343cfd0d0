import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { batchTripletLoss } from "../../src/losses";
import * as ref from "../support/reference";
import {
  assertClose,
  assertNoLeak,
  finiteGradient,
  randomMatrix,
  scalarValue,
} from "../support/tensors";

const unit = (m: number[][]): number[][] => m.map(ref.normalize);

describe("batchTripletLoss", () => {
  it("gives a hand-computed value", () => {
    // Two pairs on the unit circle. S = [[1, 0], [0.6, 0.8]] (v1 = e1, (0.6, 0.8); v2 = e1, e2).
    // Row 0: pos 1, meanNeg 0, closest 0 -> max(0 - 1 + 0.25, 0) twice = 0.
    // Row 1: pos 0.8, meanNeg 0.6, closest 0.6 -> 2 * max(0.6 - 0.8 + 0.25, 0) = 0.1.
    const v1 = [
      [1, 0],
      [0.6, 0.8],
    ];
    const v2 = [
      [1, 0],
      [0, 1],
    ];
    assertClose(scalarValue(batchTripletLoss(v1, v2, { margin: 0.25, reduction: "sum" })), 0.1);
    assertClose(scalarValue(batchTripletLoss(v1, v2, { margin: 0.25 })), 0.05);
  });

  it("'belowPositive' ignores negatives above the positive and gives 0 when none is below", () => {
    // Row 0: pos 0.6; the only negative scores 1 (> pos): closest term 0, mean term 1 - 0.6 + 0.25.
    const v1 = [
      [0.6, 0.8],
      [0, 1],
    ];
    const v2 = [
      [1, 0],
      [0.6, 0.8],
    ];
    const below = scalarValue(
      batchTripletLoss(v1, v2, { closestNegative: "belowPositive", reduction: "sum" }),
    );
    assertClose(below, ref.batchTripletLoss(v1, v2, 0.25, "belowPositive", "sum"));
    const hardest = scalarValue(
      batchTripletLoss(v1, v2, { closestNegative: "hardest", reduction: "sum" }),
    );
    assertClose(hardest - below, 1 - 0.6 + 0.25, 1e-5, "the closest term of row 0 under 'hardest'");
  });

  it("adds extra negatives as columns: matches the reference loop, and the gradient reaches them", () => {
    for (const seed of [4, 5]) {
      const v1 = unit(randomMatrix(seed, 6, 4));
      const v2 = unit(randomMatrix(seed + 10, 6, 4));
      const v3 = unit(randomMatrix(seed + 20, 6, 4));
      for (const closestNegative of ["hardest", "belowPositive"] as const) {
        const actual = scalarValue(
          batchTripletLoss(v1, v2, { margin: 0.3, closestNegative, negatives: v3 }),
        );
        assertClose(actual, ref.batchTripletLoss(v1, v2, 0.3, closestNegative, "mean", v3));
        // Fewer extra negatives than rows: they only join the in-batch negatives.
        const some = v3.slice(0, 2);
        const partial = scalarValue(
          batchTripletLoss(v1, v2, { margin: 0.3, closestNegative, negatives: some }),
        );
        assertClose(partial, ref.batchTripletLoss(v1, v2, 0.3, closestNegative, "mean", some));
      }
    }
    // One pair whose hard negative sits right on the anchor: only that negative makes a loss.
    const anchor = [[1, 0]];
    const grad = tf.grad((negatives: tf.Tensor) =>
      batchTripletLoss(
        tf.tensor2d([...anchor, [0, 1]]),
        tf.tensor2d([
          [1, 0],
          [0, 1],
        ]),
        {
          negatives,
        },
      ),
    )(
      tf.tensor2d([
        [1, 0],
        [0, -1],
      ]),
    );
    assert.ok(Math.abs(grad.dataSync()[0]!) > 0, "the gradient flows into the extra negatives");
    assert.throws(
      () =>
        batchTripletLoss(
          anchor.concat([[0, 1]]),
          [
            [1, 0],
            [0, 1],
          ],
          { negatives: [[1, 0, 0]] },
        ),
      /batchTripletLoss: argument 'options.negatives' must be 2 columns/,
    );
  });

  it("matches the reference loop for every option on random unit rows (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const v1 = unit(randomMatrix(seed, 8, 5));
      const v2 = unit(randomMatrix(seed + 30, 8, 5));
      for (const closestNegative of ["hardest", "belowPositive"] as const) {
        for (const reduction of ["mean", "meanOfActive", "sum"] as const) {
          const actual = scalarValue(
            batchTripletLoss(v1, v2, { margin: 0.4, closestNegative, reduction }),
          );
          assertClose(actual, ref.batchTripletLoss(v1, v2, 0.4, closestNegative, reduction), 1e-4);
        }
      }
    }
  });

  it("has finite gradients that flow into both inputs, and leaks nothing", () => {
    const v2 = unit(randomMatrix(9, 4, 3));
    const grad = finiteGradient(
      (x) =>
        batchTripletLoss(tf.div(x, tf.norm(x, "euclidean", 1, true)) as tf.Tensor2D, v2, {
          margin: 1,
        }),
      randomMatrix(8, 4, 3),
    );
    assert.ok(
      grad.some((g) => g !== 0),
      "some gradient is non-zero",
    );
    const a = tf.tensor2d(unit(randomMatrix(4, 5, 3)));
    assertNoLeak(() => batchTripletLoss(a, a, { closestNegative: "belowPositive" }));
    a.dispose();
  });

  it("reads tensor inputs back from the backend once per call, with or without negatives", () => {
    const backend = tf.backend();
    const readSync = backend.readSync.bind(backend);
    let reads = 0;
    backend.readSync = (dataId) => {
      reads++;
      return readSync(dataId);
    };
    const [v1, v2, v3] = [1, 2, 3].map((seed) => tf.tensor2d(unit(randomMatrix(seed, 6, 4))));
    try {
      const loss = batchTripletLoss(v1!, v2!);
      const withNegatives = batchTripletLoss(v1!, v2!, { negatives: v3! });
      assert.equal(reads, 2, "one read of the row norms per call");
      assertClose(
        scalarValue(loss),
        ref.batchTripletLoss(
          unit(randomMatrix(1, 6, 4)),
          unit(randomMatrix(2, 6, 4)),
          0.25,
          "hardest",
          "mean",
        ),
        1e-5,
      );
      withNegatives.dispose();
    } finally {
      backend.readSync = readSync;
      tf.dispose([v1!, v2!, v3!]);
    }
  });

  it("names NaN and non-unit rows in tensor inputs like in plain arrays", () => {
    const good = tf.tensor2d([
      [1, 0],
      [0, 1],
    ]);
    const withNaN = tf.tensor2d([
      [1, 0],
      [NaN, 1],
    ]);
    const long = tf.tensor2d([
      [1, 0],
      [0, 3],
    ]);
    assert.throws(
      () => batchTripletLoss(good, withNaN),
      /batchTripletLoss: argument 'v2' must be finite everywhere, got NaN at flat index 2/,
    );
    assert.throws(
      () => batchTripletLoss(good, good, { negatives: long }),
      /argument 'options.negatives' must be rows of unit length .* got row 1 of length 3.000/,
    );
    assertNoLeak(() => batchTripletLoss(good, good, { negatives: good }));
    tf.dispose([good, withNaN, long]);
  });

  it("rejects a batch of one, non-unit rows, mismatched shapes and bad options", () => {
    assert.throws(
      () => batchTripletLoss([[1, 0]], [[1, 0]]),
      /batchTripletLoss: argument 'v1' must be at least 2 rows/,
    );
    assert.throws(
      () =>
        batchTripletLoss(
          [
            [2, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 1],
          ],
        ),
      /argument 'v1' must be rows of unit length .* got row 0 of length 2.000/,
    );
    assert.throws(
      () =>
        batchTripletLoss(
          [
            [1, 0],
            [0, 1],
          ],
          [[1, 0]],
        ),
      /argument 'v2' must be shape \[2, 2\]/,
    );
    assert.throws(
      () =>
        batchTripletLoss(
          [
            [1, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 1],
          ],
          { closestNegative: "nearest" as "hardest" },
        ),
      /argument 'options.closestNegative' must be one of 'hardest', 'belowPositive'/,
    );
    assert.throws(
      () =>
        batchTripletLoss(
          [
            [1, 0],
            [0, 1],
          ],
          [
            [1, 0],
            [0, 1],
          ],
          { reduction: "max" as "sum" },
        ),
      /options.reduction/,
    );
  });
});
