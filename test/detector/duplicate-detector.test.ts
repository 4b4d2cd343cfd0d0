import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { DuplicateDetector } from "../../src/detector";
import { createTextEncoder } from "../../src/model";
import { Vocabulary } from "../../src/text";
import { assertAllClose, assertClose } from "../support/tensors";

const texts = ["how old are you", "what is your age", "where are you from", "where are you going"];

function makeDetector(threshold = 0.5): DuplicateDetector {
  const vocabulary = Vocabulary.build(texts, { oovBuckets: 4 });
  const encoder = createTextEncoder({
    vocabSize: vocabulary.size,
    embeddingDim: 8,
    hiddenUnits: 6,
    seed: 3,
  });
  return new DuplicateDetector(encoder, vocabulary, threshold, { note: "test" });
}

describe("DuplicateDetector", () => {
  it("predicts with the course's rule (similarity > tau) from the encoder's cosine similarity", () => {
    const detector = makeDetector(0.2);
    const v = detector.embed(["How old are you?", "What is your age?"]);
    const [a, b] = v.arraySync() as number[][];
    v.dispose();
    const cosine = a!.reduce((s, x, i) => s + x * b![i]!, 0);
    const prediction = detector.predict("How old are you?", "What is your age?");
    assertClose(prediction.similarity, cosine, 1e-5);
    assert.equal(prediction.isDuplicate, cosine > 0.2);
    assert.equal(prediction.threshold, 0.2);
    detector.threshold = 0.99;
    assert.equal(
      detector.predict("How old are you?", "What is your age?").isDuplicate,
      cosine > 0.99,
    );
    detector.dispose();
  });

  it("embeds in batches with the same result as all at once, and leaks nothing", () => {
    const detector = makeDetector();
    const whole = detector.embed(texts);
    const batched = detector.embed(texts, { batchSize: 3 });
    assertAllClose(batched.dataSync(), whole.dataSync(), 1e-6);
    tf.dispose([whole, batched]);
    const before = tf.memory().numTensors;
    detector.similarities(texts, [...texts].reverse());
    assert.equal(tf.memory().numTensors, before);
    detector.dispose();
  });

  it("saves and loads with identical similarities, threshold and training facts", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "detector-"));
    try {
      const detector = makeDetector(0.3);
      await detector.save(path.join(dir, "d"));
      assert.deepEqual(fs.readdirSync(path.join(dir, "d")).sort(), [
        "detector.json",
        "encoder",
        "vocabulary.json",
      ]);
      const loaded = await DuplicateDetector.load(path.join(dir, "d"));
      assert.equal(loaded.threshold, 0.3);
      assert.deepEqual(loaded.training, { note: "test" });
      assert.deepEqual(
        loaded.similarities(texts, [...texts].reverse()),
        detector.similarities(texts, [...texts].reverse()),
      );
      detector.dispose();
      loaded.dispose();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names what is wrong: missing files, a vocabulary of the wrong size, a bad threshold", async () => {
    await assert.rejects(
      DuplicateDetector.load("/no/such/dir"),
      /DuplicateDetector.load: cannot read \/no\/such\/dir\/detector.json/,
    );
    const vocabulary = Vocabulary.build(texts);
    const encoder = createTextEncoder({
      vocabSize: vocabulary.size + 1,
      embeddingDim: 4,
      hiddenUnits: 4,
    });
    assert.throws(
      () => new DuplicateDetector(encoder, vocabulary),
      /DuplicateDetector: argument 'vocabulary' must be 14 ids \(the encoder's embedding rows\), got 13 ids/,
    );
    encoder.dispose();
    const detector = makeDetector();
    assert.throws(() => {
      detector.threshold = 2;
    }, /DuplicateDetector.threshold: argument 'value' must be a finite number in \[-1, 1\], got 2/);
    assert.throws(
      () => detector.embed([]),
      /DuplicateDetector.embed: argument 'texts' must be a non-empty array/,
    );
    detector.dispose();
  });
});
