import { strict as assert } from "node:assert";
import {
  evaluateWordSimilarity,
  loadWordSimilarity,
  spearman,
  WordVectors,
} from "../../src/embeddings";
import { assertClose } from "../support/tensors";

describe("spearman", () => {
  it("is 1 for the same order, -1 for the reverse, and uses mean ranks for ties", () => {
    assert.equal(spearman([1, 2, 3], [10, 20, 30]), 1);
    assert.equal(spearman([1, 2, 3], [3, 2, 1]), -1);
    // Ranks x: 1, 2.5, 2.5, 4; y: 1, 2, 3, 4. Pearson of those, by hand:
    // mean 2.5 each; dx = -1.5, 0, 0, 1.5; dy = -1.5, -0.5, 0.5, 1.5;
    // Σ dx dy = 4.5, Σ dx² = 4.5, Σ dy² = 5 -> 4.5 / √(4.5 · 5).
    assertClose(spearman([1, 2, 2, 3], [1, 2, 3, 4]), 4.5 / Math.sqrt(22.5), 1e-12);
  });
});

describe("the word-similarity set", () => {
  it("has about 200 pairs of every kind, scored 0 to 10", () => {
    const pairs = loadWordSimilarity();
    assert.ok(pairs.length >= 200);
    const kinds = new Set(pairs.map((p) => p.kind));
    assert.deepEqual([...kinds].sort(), ["antonym", "related", "synonym", "unrelated"]);
    for (const pair of pairs) assert.ok(pair.score >= 0 && pair.score <= 10);
    const keys = pairs.map((p) => [p.word1, p.word2].sort().join(" "));
    assert.equal(new Set(keys).size, keys.length, "no pair twice");
  });

  it("ranks hand-built vectors that agree with it perfectly at 1", () => {
    const pairs = loadWordSimilarity().slice(0, 3);
    // Two dimensions: each pair's cosine is set by the angle between its two words.
    const words = pairs.flatMap((p, i) => [`${p.word1}-${i}`, `${p.word2}-${i}`]);
    const values: number[] = [];
    pairs.forEach((pair) => {
      const angle = Math.acos(pair.score / 10);
      values.push(1, 0, Math.cos(angle), Math.sin(angle));
    });
    const vectors = WordVectors.fromValues(words, Float64Array.from(values), 2, {
      method: "test",
      seed: 0,
    });
    const renamed = pairs.map((p, i) => ({
      ...p,
      word1: `${p.word1}-${i}`,
      word2: `${p.word2}-${i}`,
    }));
    const result = evaluateWordSimilarity(vectors, renamed);
    assert.equal(result.covered, 3);
    assertClose(result.spearman, 1, 1e-9);
  });
});
