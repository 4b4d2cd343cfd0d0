import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { batchTripletLoss } from "../../src/losses";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createSiameseModel, createTextEncoder, loadModel, saveModel } from "../../src/model";
import { maxAbsDiff, onBackend } from "../support/on-backend";

const SMALL = { vocabSize: 40, embeddingDim: 6, hiddenUnits: 8 } as const;

const ids = (rows: number[][]): tf.Tensor2D => tf.tensor2d(rows, undefined, "int32");

function rowNorms(x: tf.Tensor): number[] {
  return Array.from(tf.tidy(() => tf.norm(x, "euclidean", 1)).dataSync());
}

describe("createTextEncoder", () => {
  it("maps int32 ids [batch, T] to unit-length embeddings [batch, hiddenUnits]", () => {
    const encoder = createTextEncoder({ ...SMALL, seed: 1 });
    const out = encoder.predict(
      ids([
        [3, 4, 5, 0],
        [7, 0, 0, 0],
        [1, 2, 3, 4],
      ]),
    ) as tf.Tensor;
    assert.deepEqual(out.shape, [3, 8]);
    for (const n of rowNorms(out)) assert.ok(Math.abs(n - 1) < 1e-5, `norm ${n}`);
    assert.deepEqual(
      encoder.layers.map((l) => l.name),
      ["token_ids", "embedding", "lstm", "mean_pooling", "l2_normalize"],
    );
  });

  it("is invariant to appended padding and gives a zero vector for a row of only padding", () => {
    const encoder = createTextEncoder({ ...SMALL, seed: 2 });
    const short = encoder.predict(
      ids([
        [5, 9, 12],
        [0, 0, 0],
      ]),
    ) as tf.Tensor;
    const padded = encoder.predict(
      ids([
        [5, 9, 12, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
      ]),
    ) as tf.Tensor;
    assert.ok(maxAbsDiff(tf.slice(short, [0, 0], [1, 8]), tf.slice(padded, [0, 0], [1, 8])) < 1e-6);
    const empty = Array.from(tf.slice(padded, [1, 0], [1, 8]).dataSync());
    assert.deepEqual(empty, new Array(8).fill(0));
  });

  it("builds the same weights from the same seed, other weights from another seed", () => {
    const weights = (seed: number): number[][] =>
      createTextEncoder({ ...SMALL, seed })
        .getWeights()
        .map((w) => Array.from(w.dataSync()));
    const a = weights(3);
    assert.deepEqual(a, weights(3));
    const b = weights(4);
    // Embedding, kernel and recurrent kernel are random; the bias starts at [0, 1, 0, 0] blocks.
    for (const i of [0, 1, 2]) assert.notDeepEqual(a[i], b[i]);
  });

  it("gives the same embeddings with the fast and the stock LSTM for the same seed", async () => {
    for (const backend of ["wasm", "cpu"] as const) {
      await onBackend(backend, () => {
        const input = ids([
          [3, 4, 5, 0, 0],
          [0, 6, 7, 8, 9],
        ]);
        const fast = createTextEncoder({ ...SMALL, seed: 5 }).predict(input) as tf.Tensor;
        const stock = createTextEncoder({ ...SMALL, seed: 5, lstm: "stock" }).predict(
          input,
        ) as tf.Tensor;
        assert.ok(maxAbsDiff(fast, stock) < 1e-5);
      });
    }
  });

  for (const backend of ["wasm", "cpu"] as const) {
    it(`trains on ${backend}: a few Adam steps on the batch triplet loss lower the loss`, async () => {
      await onBackend(backend, () => {
        const encoder = createTextEncoder({ ...SMALL, seed: 6 });
        const siamese = createSiameseModel(encoder);
        const q1 = ids([
          [1, 2, 3, 0],
          [4, 5, 6, 7],
          [8, 9, 0, 0],
          [10, 11, 12, 0],
          [13, 14, 15, 16],
          [17, 18, 0, 0],
        ]);
        const q2 = ids([
          [1, 2, 19, 0],
          [4, 5, 20, 0],
          [8, 21, 0, 0],
          [10, 11, 22, 23],
          [13, 24, 0, 0],
          [17, 25, 26, 0],
        ]);
        const optimizer = tf.train.adam(0.05);
        const losses: number[] = [];
        let afterFirstStep = 0;
        for (let step = 0; step < 12; step++) {
          const loss = optimizer.minimize(() => {
            const [v1, v2] = siamese.apply([q1, q2], { training: true }) as tf.Tensor2D[];
            return batchTripletLoss(v1!, v2!, { margin: 0.25 });
          }, true)!;
          losses.push(loss.dataSync()[0]!);
          loss.dispose();
          // The first step creates Adam's moment slots; after that, no step may add a tensor.
          if (step === 0) afterFirstStep = tf.memory().numTensors;
        }
        assert.equal(tf.memory().numTensors, afterFirstStep);
        assert.ok(losses.every(Number.isFinite));
        assert.ok(losses[losses.length - 1]! < losses[0]! * 0.7, `losses ${losses.join(", ")}`);
        optimizer.dispose();
      });
    });
  }

  for (const pooling of ["meanMax", "attention"] as const) {
    it(`pools with ${pooling}: unit rows, padding-invariant, saved and loaded alike`, async () => {
      const encoder = createTextEncoder({ ...SMALL, pooling, seed: 3 });
      const input = ids([
        [3, 4, 5, 0, 0],
        [7, 9, 0, 0, 0],
      ]);
      const out = encoder.predict(input) as tf.Tensor;
      assert.deepEqual(out.shape, [2, pooling === "meanMax" ? 16 : 8]);
      for (const n of rowNorms(out)) assert.ok(Math.abs(n - 1) < 1e-5, `norm ${n}`);
      const shorter = encoder.predict(ids([[3, 4, 5]])) as tf.Tensor;
      assert.ok(maxAbsDiff(shorter, out.slice([0, 0], [1, out.shape[1]!])) < 1e-5);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "encoder-"));
      try {
        await saveModel(encoder, dir);
        const loaded = await loadModel(dir);
        assert.ok(maxAbsDiff(loaded.predict(input) as tf.Tensor, out) < 1e-6);
        loaded.dispose();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      encoder.dispose();
    });
  }

  it("rejects bad options by name", () => {
    assert.throws(
      () => createTextEncoder({ ...SMALL, pooling: "sum" as "mean" }),
      /argument 'options.pooling' must be one of 'mean', 'meanMax', 'attention'/,
    );
    assert.throws(
      () => createTextEncoder({ ...SMALL, vocabSize: 1 }),
      /createTextEncoder: argument 'options.vocabSize' must be/,
    );
    assert.throws(
      () => createTextEncoder({ ...SMALL, hiddenUnits: 2.5 }),
      /createTextEncoder: argument 'options.hiddenUnits' must be an integer/,
    );
    assert.throws(
      () => createTextEncoder({ ...SMALL, lstm: "gru" as "fast" }),
      /argument 'options.lstm' must be one of 'fast', 'stock'/,
    );
  });
});
