import { strict as assert } from "node:assert";
import { corpusWordVectors } from "../../src/embeddings";
import { Lemmatizer } from "../../src/wordnet";
import { assertAllClose } from "../support/tensors";

describe("corpusWordVectors", () => {
  it("gives unknown words the idf-weighted mean of the known words they appear with", () => {
    // Known: code (row 0) = (1, 0), login (row 1) = (0, 1), app (row 2) = (1, 1)/√2.
    const known = Float64Array.from([1, 0, 0, 1, Math.SQRT1_2, Math.SQRT1_2]);
    const rows = new Map([
      ["code", 0],
      ["login", 1],
      ["app", 2],
    ]);
    const texts = ["2fa code", "2fa login code", "enable 2fa app", "app crash", "zzz"];
    const result = corpusWordVectors(texts, Lemmatizer.wordNet(), (w) => rows.get(w), known, 2);
    // "2fa" is in 3 texts; "enable" in only 1 (below minCount 2); "zzz" in 1.
    assert.deepEqual(result.words, ["2fa"]);
    const n = texts.length;
    const idf = (df: number): number => Math.log(n / df);
    // code: df 2, in 2 of 2fa's texts; login: df 1; app: df 2.
    const sum = [2 * idf(2) * 1 + idf(2) * Math.SQRT1_2, idf(1) * 1 + idf(2) * Math.SQRT1_2];
    const norm = Math.hypot(...sum);
    assertAllClose(
      result.values,
      sum.map((v) => v / norm),
      1e-12,
    );
  });
});
