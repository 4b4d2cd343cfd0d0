import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { FastLSTM, TokenEmbedding, tokenSourceOf } from "../../src/model";
import { maxAbsDiff, onBackend } from "../support/on-backend";

const ids = (rows: number[][]): tf.Tensor2D => tf.tensor2d(rows, undefined, "int32");

describe("TokenEmbedding", () => {
  it("looks rows up like tf.layers.embedding({ maskZero: true }), with mask ids != 0", () => {
    const layer = new TokenEmbedding({ vocabSize: 6, embeddingDim: 3, seed: 2 });
    const input = ids([[1, 5, 0]]);
    const out = layer.apply(input) as tf.Tensor;
    const stock = tf.layers.embedding({ inputDim: 6, outputDim: 3, maskZero: true });
    stock.apply(input);
    stock.setWeights(layer.getWeights());
    assert.deepEqual(out.shape, [1, 3, 3]);
    assert.equal(maxAbsDiff(out, stock.apply(input) as tf.Tensor), 0);
    assert.deepEqual(Array.from(layer.computeMask(input).dataSync()), [1, 1, 0]);
    assert.equal(tokenSourceOf(out)?.ids, input);
    for (const v of layer.getWeights()[0]!.dataSync()) assert.ok(Math.abs(v) <= 0.05);
    assert.deepEqual(layer.getConfig()["vocabSize"], 6);
  });

  it("rejects bad sizes by name", () => {
    assert.throws(
      () => new TokenEmbedding({ vocabSize: 0, embeddingDim: 2 }),
      /TokenEmbedding: argument 'vocabSize' must be/,
    );
  });
});

describe("FastLSTM after a TokenEmbedding (inference folds E W + b)", () => {
  for (const backend of ["wasm", "cpu"] as const) {
    it(`gives the unfolded outputs, caches one table, refreshes it when a weight changes (${backend})`, async () => {
      await onBackend(backend, () => {
        const embedding = new TokenEmbedding({ vocabSize: 20, embeddingDim: 5, seed: 1 });
        const lstm = new FastLSTM({ units: 4, seed: 2 });
        const input = ids([
          [3, 7, 9, 0],
          [0, 2, 0, 0],
        ]);
        const unfolded = (): tf.Tensor =>
          tf.tidy(() => {
            // A plain tensor carries no token source, so this runs the ordinary path.
            const embedded = tf.clone(embedding.apply(input) as tf.Tensor);
            return lstm.apply(embedded, { mask: embedding.computeMask(input) }) as tf.Tensor;
          });
        const folded = (): tf.Tensor =>
          tf.tidy(() => {
            const embedded = embedding.apply(input) as tf.Tensor;
            return lstm.apply(embedded, { mask: embedding.computeMask(input) }) as tf.Tensor;
          });
        const reference = unfolded();
        const before = tf.memory().numTensors;
        const first = folded();
        assert.equal(tf.memory().numTensors, before + 2, "the output and the cached table");
        assert.ok(maxAbsDiff(first, reference) < 1e-5);
        const second = folded();
        assert.equal(tf.memory().numTensors, before + 3, "no second table");
        assert.equal(maxAbsDiff(first, second), 0);
        const [kernel, recurrent, bias] = lstm.getWeights();
        lstm.setWeights([tf.mul(kernel!, 2), recurrent!, bias!]);
        const changed = folded();
        assert.ok(maxAbsDiff(changed, unfolded()) < 1e-5, "the table follows the new kernel");
        assert.ok(maxAbsDiff(changed, first) > 1e-3);
        tf.dispose([reference, first, second, changed]);
        const held = tf.memory().numTensors;
        lstm.dispose();
        assert.ok(tf.memory().numTensors < held);
        embedding.dispose();
      });
    });
  }
});
