import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { WordVectors } from "../../src/embeddings";
import { createRandom } from "../../src/random";

const info = { method: "test", seed: 1 };

function randomVectors(seed: number, words: string[], dim: number): WordVectors {
  const random = createRandom(seed);
  const values = Float64Array.from({ length: words.length * dim }, () => random.normal());
  return WordVectors.fromValues(words, values, dim, info);
}

function cosine(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < x.length; i++) {
    dot += x[i]! * y[i]!;
    nx += x[i]! ** 2;
    ny += y[i]! ** 2;
  }
  return dot / Math.sqrt(nx * ny);
}

describe("WordVectors", () => {
  it("quantises to 8 bits with cosine similarities within 0.01 of full precision", () => {
    const random = createRandom(3);
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    const dim = 32;
    const values = Float64Array.from({ length: 50 * dim }, () => random.normal());
    const vectors = WordVectors.fromValues(words, values, dim, info);
    for (let i = 0; i < 10; i++) {
      const exact = cosine(values.subarray(0, dim), values.subarray(i * dim, (i + 1) * dim));
      assert.ok(Math.abs((vectors.similarity("w0", `w${i}`) as number) - exact) < 0.01);
      const row = vectors.row(i);
      assert.ok(Math.abs(Math.hypot(...row) - 1) < 0.01, "rows are unit length");
    }
  });

  it("finds the nearest words like a brute-force sort", () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const vectors = randomVectors(5, words, 8);
    const expected = words
      .filter((w) => w !== "w3")
      .map((w) => ({ word: w, similarity: cosine(vectors.vector("w3")!, vectors.vector(w)!) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 5)
      .map((n) => n.word);
    assert.deepEqual(
      vectors.nearest("w3", 5).map((n) => n.word),
      expected,
    );
  });

  it("looks inflected forms up by their WordNet lemma", () => {
    const vectors = randomVectors(6, ["car", "reset", "child"], 4);
    assert.equal(vectors.indexOf("cars"), 0);
    assert.equal(vectors.indexOf("resetting"), 1);
    assert.equal(vectors.indexOf("children"), 2);
    assert.equal(vectors.indexOf("zebra"), -1);
    assert.equal(vectors.similarity("car", "zebra"), undefined);
  });

  it("saves and loads the same table, byte for byte, and checks the file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "word-vectors-"));
    try {
      const vectors = randomVectors(7, ["alpha", "beta", "gamma"], 5);
      const file = path.join(dir, "v.bin.gz");
      await vectors.save(file);
      const again = WordVectors.loadSync(file);
      assert.deepEqual(again.words, vectors.words);
      assert.deepEqual(Array.from(again.row(2)), Array.from(vectors.row(2)));
      assert.equal(Buffer.compare(Buffer.from(again.toBytes()), Buffer.from(vectors.toBytes())), 0);
      assert.equal(again.reference.sha256, vectors.reference.sha256);
      assert.equal(again.reference.source, path.resolve(file));

      const truncated = zlib.gunzipSync(fs.readFileSync(file)).subarray(0, -3);
      fs.writeFileSync(path.join(dir, "bad.bin.gz"), zlib.gzipSync(truncated));
      assert.throws(
        () => WordVectors.loadSync(path.join(dir, "bad.bin.gz")),
        /truncated or damaged/,
      );
      fs.writeFileSync(path.join(dir, "plain.txt"), "hello");
      assert.throws(
        () => WordVectors.loadSync(path.join(dir, "plain.txt")),
        /cannot read .*plain\.txt/,
      );
      assert.throws(() => WordVectors.loadSync(path.join(dir, "missing.gz")), /cannot read/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects mismatched sizes and repeated words by name", () => {
    assert.throws(
      () => WordVectors.fromValues(["a", "b"], new Float64Array(3), 2, info),
      /WordVectors\.fromValues: argument 'values' must be 2 x 2 numbers/,
    );
    assert.throws(
      () => WordVectors.fromValues(["a", "a"], new Float64Array(4), 2, info),
      /argument 'words' must be distinct words/,
    );
  });
});
