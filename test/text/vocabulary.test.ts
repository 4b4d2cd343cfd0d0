import { strict as assert } from "node:assert";
import { WordVectors } from "../../src/embeddings";
import type { VocabularyJSON } from "../../src/text";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hashToken, Tokenizer, Vocabulary } from "../../src/text";

const texts = ["How are you?", "How old are you?", "Who are you?"];

describe("Vocabulary", () => {
  it("reserves 0 for padding and 1 for unknown, then orders by count and code point", () => {
    const vocabulary = Vocabulary.build(texts);
    // are: 3, you: 3, ?: 3, how: 2, old: 1, who: 1; ties in code-point order ("?" < "a" < "y").
    assert.deepEqual(vocabulary.tokens, ["<pad>", "<unk>", "?", "are", "you", "how", "old", "who"]);
    assert.equal(vocabulary.size, 8);
    assert.equal(vocabulary.idOf("<pad>"), Vocabulary.PAD_ID);
    assert.equal(vocabulary.idOf("how"), 5);
    assert.equal(vocabulary.idOf("never-seen"), Vocabulary.UNK_ID);
    assert.equal(vocabulary.tokenOf(3), "are");
    assert.ok(vocabulary.has("who") && !vocabulary.has("what"));
  });

  it("applies minCount and maxSize (which counts the reserved ids)", () => {
    assert.deepEqual(Vocabulary.build(texts, { minCount: 2 }).tokens, [
      "<pad>",
      "<unk>",
      "?",
      "are",
      "you",
      "how",
    ]);
    assert.deepEqual(Vocabulary.build(texts, { maxSize: 4 }).tokens, [
      "<pad>",
      "<unk>",
      "?",
      "are",
    ]);
    assert.deepEqual(Vocabulary.build(texts, { maxSize: 2 }).tokens, ["<pad>", "<unk>"]);
  });

  it("keeps its tokenizer settings", () => {
    const vocabulary = Vocabulary.build(texts, { tokenizer: { punctuation: "drop" } });
    assert.ok(!vocabulary.has("?"));
    assert.deepEqual(vocabulary.tokenizer.config, { lowercase: true, punctuation: "drop" });
    const shared = new Tokenizer({ lowercase: false });
    assert.equal(Vocabulary.build(texts, { tokenizer: shared }).tokenizer, shared);
  });

  it("round-trips through JSON and through a file", async () => {
    const vocabulary = Vocabulary.build(texts, { tokenizer: { punctuation: "drop" } });
    const copy = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary)));
    assert.deepEqual(copy.tokens, vocabulary.tokens);
    assert.deepEqual(copy.tokenizer.config, vocabulary.tokenizer.config);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-vocabulary-"));
    try {
      const file = path.join(dir, "vocabulary.json");
      await vocabulary.save(file);
      assert.deepEqual(fs.readdirSync(dir), ["vocabulary.json"]); // no temporary file left
      const loaded = await Vocabulary.load(file);
      assert.deepEqual(loaded.toJSON(), vocabulary.toJSON());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects bad arguments and bad JSON by name", async () => {
    assert.throws(
      () => Vocabulary.build("abc" as unknown as string[]),
      /Vocabulary.build: argument 'texts'/,
    );
    assert.throws(
      () => Vocabulary.build([1] as unknown as string[]),
      /argument 'texts' must be strings only, got 1 at index 0/,
    );
    assert.throws(() => Vocabulary.build(texts, { minCount: 0 }), /argument 'options.minCount'/);
    assert.throws(() => Vocabulary.build(texts, { maxSize: 1 }), /argument 'options.maxSize'/);
    assert.throws(
      () => Vocabulary.fromJSON({ format: "other" }),
      /Vocabulary.fromJSON: argument 'json'/,
    );
    const good = Vocabulary.build(texts).toJSON();
    assert.throws(
      () => Vocabulary.fromJSON({ ...good, tokens: ["a", "<unk>"] }),
      /argument 'json.tokens' must be an array of strings starting with "<pad>", "<unk>"/,
    );
    assert.throws(
      () => Vocabulary.fromJSON({ ...good, tokens: ["<pad>", "<unk>", "a", "a"] }),
      /distinct tokens/,
    );
    assert.throws(() => Vocabulary.build(texts).tokenOf(99), /Vocabulary.tokenOf: argument 'id'/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-vocabulary-"));
    try {
      fs.writeFileSync(path.join(dir, "bad.json"), "{not json");
      await assert.rejects(
        Vocabulary.load(path.join(dir, "bad.json")),
        /Vocabulary.load: .*bad.json is not JSON/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Vocabulary with hash buckets for unknown words", () => {
  const texts = ["the cat sat", "the cat ran", "a dog sat"];

  it("gives unknown and rare words stable bucket ids after the tokens", () => {
    const vocabulary = Vocabulary.build(texts, { minCount: 2, oovBuckets: 10 });
    // Kept (count >= 2): cat, sat, the -> ids 2..4; buckets are ids 5..14.
    assert.deepEqual(vocabulary.tokens, ["<pad>", "<unk>", "cat", "sat", "the"]);
    assert.equal(vocabulary.size, 15);
    assert.equal(vocabulary.idOf("zebra"), 5 + (hashToken("zebra") % 10));
    assert.equal(
      vocabulary.idOf("dog"),
      5 + (hashToken("dog") % 10),
      "rare training words use buckets too",
    );
    assert.equal(vocabulary.idOf("zebra"), vocabulary.idOf("zebra"));
    assert.equal(vocabulary.tokenOf(vocabulary.idOf("zebra")), `<oov:${hashToken("zebra") % 10}>`);
    assert.equal(vocabulary.idOf("cat"), 2);
  });

  it("round-trips the bucket count through JSON and stays 0 without it", () => {
    const vocabulary = Vocabulary.build(texts, { oovBuckets: 7 });
    const copy = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary)));
    assert.equal(copy.oovBuckets, 7);
    assert.equal(copy.idOf("zebra"), vocabulary.idOf("zebra"));
    const plain = Vocabulary.build(texts);
    assert.equal(plain.idOf("zebra"), Vocabulary.UNK_ID);
    assert.equal("oovBuckets" in plain.toJSON(), false);
    assert.throws(
      () => Vocabulary.build(texts, { oovBuckets: -1 }),
      /Vocabulary.build: argument 'options.oovBuckets'/,
    );
  });
});

describe("Vocabulary with word vectors", () => {
  const vectors = WordVectors.fromValues(
    ["car", "doctor", "buy"],
    Float64Array.from([1, 0, 0, 1, 0.7, 0.7]),
    2,
    { method: "test", seed: 0 },
  );
  const vocabulary = Vocabulary.build(["my car", "my zork"], {
    oovBuckets: 3,
    wordVectors: vectors,
  });

  it("gives every vector word an id after the training tokens, and buckets after them", () => {
    // <pad> <unk> my car zork | car doctor buy | 3 buckets
    assert.deepEqual(vocabulary.tokens, ["<pad>", "<unk>", "my", "car", "zork"]);
    assert.equal(vocabulary.size, 5 + 3 + 3);
    assert.equal(vocabulary.idOf("car"), 3, "a training word keeps its own id");
    assert.equal(vocabulary.idOf("doctor"), 5 + 1);
    assert.equal(vocabulary.idOf("bought"), 5 + 2, "through its lemma");
    const bucket = vocabulary.idOf("qwxyz");
    assert.ok(bucket >= 8 && bucket < 11);
    assert.equal(vocabulary.tokenOf(7), "buy");
    assert.equal(vocabulary.tokenOf(8), "<oov:0>");
    assert.ok(vocabulary.has("doctors") && !vocabulary.has("qwxyz"));
  });

  it("saves a reference to the vectors and needs the same ones to load", () => {
    const json = JSON.parse(JSON.stringify(vocabulary.toJSON())) as VocabularyJSON;
    assert.deepEqual(json.wordVectors, vectors.reference);
    assert.equal(Vocabulary.wordVectorReference(json)?.count, 3);
    const again = Vocabulary.fromJSON(json, vectors);
    assert.equal(again.idOf("doctor"), 6);
    assert.throws(() => Vocabulary.fromJSON(json), /uses the word vectors "memory"; pass them/);
    const other = WordVectors.fromValues(["car", "doctor", "buy"], new Float64Array(6).fill(1), 2, {
      method: "other",
      seed: 1,
    });
    assert.throws(
      () => Vocabulary.fromJSON(json, other),
      /argument 'wordVectors' must be the vectors the vocabulary was built with/,
    );
    assert.throws(
      () => Vocabulary.build(["a"], { wordVectors: {} as never }),
      /argument 'options.wordVectors' must be a WordVectors table/,
    );
  });
});

describe("hashToken", () => {
  it("is FNV-1a (hand-checked reference values)", () => {
    assert.equal(hashToken(""), 0x811c9dc5);
    assert.equal(hashToken("a"), 0xe40c292c);
    assert.equal(hashToken("foobar"), 0xbf9cf968);
  });
});
