import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { DuplicateDetector } from "../../src/detector";
import { createTextEncoder } from "../../src/model";
import { Vocabulary } from "../../src/text";
import { deadPid } from "../support/dead-pid";
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
      /DuplicateDetector.load: argument 'dir' must be an existing folder, got '\/no\/such\/dir', which does not exist/,
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

  describe("load of a damaged detector", () => {
    let dir: string;
    let saved: string;
    let info: string;
    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-detector-bad-"));
      saved = path.join(dir, "d");
      const detector = makeDetector(0.5);
      await detector.save(saved);
      detector.dispose();
      info = fs.readFileSync(path.join(saved, "detector.json"), "utf8");
    });
    afterEach(() => fs.writeFileSync(path.join(saved, "detector.json"), info));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const infos: [string, (text: string) => string, RegExp][] = [
      [
        "null",
        () => "null",
        /detector\.json must hold a JSON object \{ format, version, threshold \}, got null/,
      ],
      ["an array", () => "[]", /must hold a JSON object .*, got an array of length 0/],
      ["not JSON", () => "{", /detector\.json is not valid JSON/],
      [
        "another format",
        (t) => t.replace("duplicate-detector", "x"),
        /is not a siamese-lab duplicate detector of version 1 \(format "siamese-lab\/x", version 1\)/,
      ],
      [
        "a threshold out of range",
        (t) => t.replace('"threshold": 0.5', '"threshold": 7'),
        /has threshold 7; it must be a number in \[-1, 1\]/,
      ],
      [
        "a threshold that is text",
        (t) => t.replace('"threshold": 0.5', '"threshold": "0.5"'),
        /has threshold "0\.5"; it must be a number/,
      ],
      [
        "training that is not an object",
        (t) => t.replace(/"training": \{[^}]*\}/, '"training": 5'),
        /has training 5; it must be an object/,
      ],
    ];
    for (const [what, change, message] of infos) {
      it(`names detector.json holding ${what}, and leaves no tensor behind`, async () => {
        fs.writeFileSync(path.join(saved, "detector.json"), change(info));
        const before = tf.memory().numTensors;
        await assert.rejects(
          DuplicateDetector.load(saved),
          (error: Error) =>
            error.message.startsWith("DuplicateDetector.load: ") && message.test(error.message),
        );
        assert.equal(tf.memory().numTensors, before);
      });
    }

    it("refuses to save over a file, naming itself", async () => {
      const detector = makeDetector();
      const file = path.join(dir, "notes.txt");
      fs.writeFileSync(file, "precious");
      await assert.rejects(
        detector.save(file),
        /^Error: DuplicateDetector\.save: argument 'dir' must be a detector directory path, got '.*notes\.txt', which is a file$/,
      );
      assert.equal(fs.readFileSync(file, "utf8"), "precious");
      fs.rmSync(file);
      detector.dispose();
    });

    it("frees the loaded encoder when the vocabulary does not fit it", async () => {
      const vocabularyFile = path.join(saved, "vocabulary.json");
      const original = fs.readFileSync(vocabularyFile, "utf8");
      await Vocabulary.build(["x"]).save(vocabularyFile);
      const before = tf.memory().numTensors;
      try {
        await assert.rejects(
          DuplicateDetector.load(saved),
          /DuplicateDetector.load: the files in .* do not fit together: .*argument 'vocabulary' must be 17 ids/,
        );
        assert.equal(tf.memory().numTensors, before);
      } finally {
        fs.writeFileSync(vocabularyFile, original);
      }
    });

    it("names a vocabulary file that is not UTF-8", async () => {
      const vocabularyFile = path.join(saved, "vocabulary.json");
      const original = fs.readFileSync(vocabularyFile);
      fs.writeFileSync(
        vocabularyFile,
        Buffer.concat([original.subarray(0, 40), Buffer.from([0xfe]), original.subarray(40)]),
      );
      try {
        await assert.rejects(
          DuplicateDetector.load(saved),
          /DuplicateDetector.load: .*vocabulary\.json is not valid UTF-8: line \d+, column \d+/,
        );
      } finally {
        fs.writeFileSync(vocabularyFile, original);
      }
    });

    it("cleans what a killed save left next to it, and recovers a save killed between its renames", async () => {
      const dead = deadPid();
      fs.mkdirSync(path.join(dir, `.saving-d-${dead}-1`));
      const loaded = await DuplicateDetector.load(saved);
      loaded.dispose();
      assert.deepEqual(fs.readdirSync(dir), ["d"]);
      fs.renameSync(saved, path.join(dir, `.replaced-d-${dead}-2`));
      const recovered = await DuplicateDetector.load(saved);
      recovered.dispose();
      assert.deepEqual(fs.readdirSync(dir), ["d"]);
    });
  });

  it("checks both lists of questions before embedding, and leaks nothing when one is bad", () => {
    const detector = makeDetector();
    const before = tf.memory().numTensors;
    const cases: [() => unknown, RegExp][] = [
      [
        () => detector.similarities(["a", "b"], ["a", 3 as unknown as string]),
        /DuplicateDetector.similarities: argument 'question2s' must be strings only, got 3 at index 1/,
      ],
      [
        () => detector.similarities([null as unknown as string], ["a"]),
        /argument 'question1s' must be strings only, got null at index 0/,
      ],
      [
        () => detector.similarities(["a"], ["a", "b"]),
        /argument 'question2s' must be an array as long as question1s \(1\)/,
      ],
      [
        () => detector.similarities(["a"], "a" as unknown as string[]),
        /argument 'question2s' must be a non-empty array of strings, got "a"/,
      ],
      [
        () => detector.similarity("a", undefined as unknown as string),
        /DuplicateDetector.similarity: argument 'question2' must be a string, got undefined/,
      ],
      [
        () => detector.predict("a", {} as unknown as string),
        /argument 'question2' must be a string/,
      ],
      [
        () => detector.embed(["a", 1 as unknown as string]),
        /DuplicateDetector.embed: argument 'texts' must be strings only, got 1 at index 1/,
      ],
    ];
    for (const [call, message] of cases) {
      assert.throws(call, message);
      assert.equal(tf.memory().numTensors, before, String(message));
    }
    detector.dispose();
  });
});
