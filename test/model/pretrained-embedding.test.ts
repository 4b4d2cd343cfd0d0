import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { WordVectors } from "../../src/embeddings";
import { createTextEncoder, loadModel, PretrainedEmbedding, saveModel } from "../../src/model";
import { Vocabulary } from "../../src/text";
import { maxAbsDiff } from "../support/on-backend";

/** Four words in 3 dimensions, easy to check by eye. */
async function smallVectors(dir: string): Promise<WordVectors> {
  const values = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1, 0.6, 0.8, 0]);
  const built = WordVectors.fromValues(["car", "purchase", "doctor", "automobile"], values, 3, {
    method: "test",
    seed: 0,
  });
  const file = path.join(dir, "vectors.bin.gz");
  await built.save(file);
  return WordVectors.loadSync(file);
}

const ids = (rows: number[][]): tf.Tensor2D => tf.tensor2d(rows, undefined, "int32");

describe("PretrainedEmbedding", () => {
  let dir: string;
  let vectors: WordVectors;
  let vocabulary: Vocabulary;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pretrained-"));
    vectors = await smallVectors(dir);
    // Training words: "car" (has a vector) and "zork" (has none); 2 buckets.
    vocabulary = Vocabulary.build(["car zork", "car zork"], {
      oovBuckets: 2,
      wordVectors: vectors,
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives every word with a vector an id, training words first, buckets last", () => {
    // <pad> <unk> car zork | 4 vector rows | 2 buckets
    assert.equal(vocabulary.size, 4 + 4 + 2);
    assert.equal(vocabulary.idOf("car"), 2);
    assert.equal(vocabulary.idOf("doctor"), 4 + 2);
    assert.equal(vocabulary.idOf("automobiles"), 4 + 3, "inflected forms find their lemma");
    assert.ok(vocabulary.idOf("qwxyz") >= 8);
    assert.equal(vocabulary.tokenOf(6), "doctor");
  });

  it("embeds as pretrained vector + correction, the correction zero where a vector exists", () => {
    const layer = new PretrainedEmbedding({ vocabulary, seed: 1 });
    const out = layer.apply(ids([[2, 6, 7, 3, 0]])) as tf.Tensor3D;
    assert.deepEqual(out.shape, [1, 5, 3]);
    const rows = out.arraySync()[0]!;
    assert.ok(maxAbsDiff(rows[0]!, vectors.vector("car")!) < 1e-6, "car: its vector");
    assert.ok(maxAbsDiff(rows[1]!, vectors.vector("doctor")!) < 1e-6, "a vector row");
    assert.ok(maxAbsDiff(rows[2]!, vectors.vector("automobile")!) < 1e-6);
    assert.ok(
      rows[3]!.every((v) => Math.abs(v) <= 0.05) && rows[3]!.some((v) => v !== 0),
      "zork: small random",
    );
    assert.deepEqual(rows[4], [0, 0, 0], "padding is zero");
    assert.deepEqual(Array.from(layer.computeMask(ids([[2, 0]])).dataSync()), [1, 0]);
    assert.equal(
      layer.getWeights()[0]!.shape[0],
      4 + 2,
      "only the vocabulary's tokens and buckets are weights",
    );
    layer.dispose();
  });

  for (const trainPretrained of [false, true]) {
    it(`${trainPretrained ? "fine-tunes" : "freezes"} pretrained rows; always trains rows without a vector`, () => {
      const layer = new PretrainedEmbedding({ vocabulary, trainPretrained, seed: 1 });
      const input = ids([[2, 3, 6, 9]]);
      layer.apply(input);
      const before = layer.getWeights()[0]!.arraySync() as number[][];
      const optimizer = tf.train.sgd(0.5);
      optimizer.minimize(() => tf.sum(tf.square(layer.apply(input) as tf.Tensor)) as tf.Scalar);
      const after = layer.getWeights()[0]!.arraySync() as number[][];
      const moved = (row: number): boolean => maxAbsDiff(before[row]!, after[row]!) > 0;
      assert.equal(moved(2), trainPretrained, "car (has a vector)");
      assert.ok(moved(3), "zork (no vector)");
      assert.ok(moved(4 + (9 - 8)), "the bucket used");
      assert.ok(!moved(0), "padding");
      optimizer.dispose();
      layer.dispose();
    });
  }

  it("saves only the correction and loads back from the vector file it names", async () => {
    const encoder = createTextEncoder({ pretrained: vocabulary, hiddenUnits: 4, seed: 2 });
    const input = ids([[2, 6, 3, 0]]);
    const expected = encoder.predict(input) as tf.Tensor;
    const modelDir = path.join(dir, "model");
    await saveModel(encoder, modelDir);
    const weightsBytes = fs.statSync(path.join(modelDir, "weights.bin")).size;
    const loaded = await loadModel(modelDir);
    assert.ok(maxAbsDiff(loaded.predict(input) as tf.Tensor, expected) < 1e-6);
    // embedding correction 6 x 3, LSTM 3x16 + 4x16 + 16 floats
    assert.equal(weightsBytes, 4 * (6 * 3 + 3 * 16 + 4 * 16 + 16));
    tf.dispose([expected]);
    encoder.dispose();
    loaded.dispose();
  });

  it("refuses other vectors than the ones it was built with, and vocabularies without vectors", async () => {
    const encoder = createTextEncoder({ pretrained: vocabulary, hiddenUnits: 2, seed: 2 });
    const modelDir = path.join(dir, "model-2");
    await saveModel(encoder, modelDir);
    encoder.dispose();
    interface SavedLayer {
      class_name: string;
      config: { vocabulary_hex: string };
    }
    const json = JSON.parse(fs.readFileSync(path.join(modelDir, "model.json"), "utf8")) as {
      modelTopology: { config: { layers: SavedLayer[] } };
    };
    const layer = json.modelTopology.config.layers.find(
      (l) => l.class_name === "PretrainedEmbedding",
    )!;
    // tfjs writes layer configs in snake case; the vocabulary part is hex-encoded JSON.
    const saved = JSON.parse(Buffer.from(layer.config.vocabulary_hex, "hex").toString("utf8")) as {
      wordVectors: { sha256: string };
    };
    saved.wordVectors.sha256 = "0".repeat(64);
    layer.config.vocabulary_hex = Buffer.from(JSON.stringify(saved)).toString("hex");
    fs.writeFileSync(path.join(modelDir, "model.json"), JSON.stringify(json));
    await assert.rejects(loadModel(modelDir), /not the ones it was built with/);
    assert.throws(
      () => createTextEncoder({ pretrained: Vocabulary.build(["a b"]), hiddenUnits: 2 }),
      /argument 'options.pretrained' must be a Vocabulary built with wordVectors/,
    );
  });

  it("leaves no tensors behind", () => {
    const layer = new PretrainedEmbedding({ vocabulary, seed: 1 });
    const input = ids([[2, 3, 6]]);
    tf.dispose(layer.apply(input) as tf.Tensor);
    const before = tf.memory().numTensors;
    tf.dispose(layer.apply(input) as tf.Tensor);
    assert.equal(tf.memory().numTensors, before);
    input.dispose();
    layer.dispose();
  });
});
