import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import * as lib from "../../src";
import { toMatrix } from "../../src/validate";
import { onBackend } from "../support/on-backend";

const rows = [
  [1, 0, 2],
  [0, 1, 0],
  [3, 1, 1],
  [0, 0, 1],
];
const unitRows = [
  [1, 0],
  [0, 1],
  [0, 1],
  [1, 0],
];
const labels = [0, 0, 1, 1];

/** The public functions that take a matrix, each reduced to plain numbers. */
const uses: [string, (x: tf.Tensor2D, unit: tf.Tensor2D) => unknown][] = [
  ["pairwiseDistances euclidean", (x) => lib.pairwiseDistances(x).arraySync()],
  [
    "pairwiseDistances squared",
    (x) => lib.pairwiseDistances(x, { metric: "squaredEuclidean" }).arraySync(),
  ],
  ["pairwiseDistances cosine", (x) => lib.pairwiseDistances(x, { metric: "cosine" }).arraySync()],
  ["l2Normalize", (x) => lib.l2Normalize(x).arraySync()],
  ["cosineSimilarity", (x) => lib.cosineSimilarity(x, x).arraySync()],
  ["similarityMatrix", (x) => lib.similarityMatrix(x, x).arraySync()],
  ["tripletLoss", (x) => lib.tripletLoss(x, x, x).arraySync()],
  ["batchTripletLoss", (_, unit) => lib.batchTripletLoss(unit, unit).arraySync()],
  ["batchHardTripletLoss", (x) => lib.batchHardTripletLoss(x, labels).arraySync()],
  ["batchSemiHardTripletLoss", (x) => lib.batchSemiHardTripletLoss(x, labels).arraySync()],
  ["batchAllTripletLoss", (x) => lib.batchAllTripletLoss(x, labels).arraySync()],
  ["mineTriplets", (x) => lib.mineTriplets(x, labels)],
  ["oneShotAccuracy", (x) => lib.oneShotAccuracy(x, labels, { ways: 2, episodes: 20 })],
];

describe("toMatrix", () => {
  it("casts int32 and bool tensors to float32 and refuses string tensors by name", () => {
    tf.tidy(() => {
      const cast = toMatrix("f", "x", tf.tensor2d([[1, 2]], undefined, "int32"));
      assert.equal(cast.dtype, "float32");
      assert.deepEqual(cast.arraySync(), [[1, 2]]);
      assert.equal(toMatrix("f", "x", tf.tensor2d([[1, 0]], undefined, "bool")).dtype, "float32");
      assert.throws(
        () => toMatrix("f", "x", tf.tensor2d([["a"]])),
        /^Error: f: argument 'x' must be a float32, int32 or bool tensor, got a string tensor$/,
      );
    });
  });

  for (const backend of ["cpu", "wasm"] as const) {
    it(`lets every function taking a matrix read int32 and bool tensors as their float values (${backend})`, async () => {
      await onBackend(backend, () => {
        const before = tf.memory().numTensors;
        for (const [name, use] of uses) {
          const result = (dtype: "float32" | "int32" | "bool"): unknown =>
            tf.tidy(
              () =>
                use(
                  tf.tensor2d(
                    dtype === "bool" ? rows.map((r) => r.map((v) => Math.min(v, 1))) : rows,
                    undefined,
                    dtype,
                  ),
                  tf.tensor2d(unitRows, undefined, dtype),
                ) as tf.TensorContainer,
            );
          assert.deepEqual(result("int32"), result("float32"), `${name} int32`);
          if (name !== "batchTripletLoss") {
            const asFloatBools = tf.tidy(
              () =>
                use(
                  tf.tensor2d(rows.map((r) => r.map((v) => Math.min(v, 1)))),
                  tf.tensor2d(unitRows),
                ) as tf.TensorContainer,
            );
            assert.deepEqual(result("bool"), asFloatBools, `${name} bool`);
          }
        }
        const distances = tf.tensor1d([0, 2, 1], "int32");
        const loss = lib.contrastiveLoss(distances, [1, 0, 1]);
        assert.equal(loss.dataSync()[0], Math.fround((0 + 0 + 1) / 3));
        tf.dispose([distances, loss]);
        assert.equal(tf.memory().numTensors, before);
      });
    });
  }
});
