// The WordNet vectors that ship in datasets/word-vectors: quick facts on every run, and the
// full rebuild (which proves the file is what `npm run build:vectors` makes, so the build is
// deterministic) as a @slow test.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluateWordSimilarity, SHIPPED_WORD_VECTORS, WordVectors } from "../../src/embeddings";

const root = path.resolve(__dirname, "../..");

describe("the shipped word vectors", () => {
  it("are small, load in under 3 s, and cover every single-word WordNet lemma", () => {
    const file = path.join(root, SHIPPED_WORD_VECTORS);
    assert.ok(fs.statSync(file).size <= 10e6, "at most 10 MB in the repository");
    const started = performance.now();
    const vectors = WordVectors.loadSync(file);
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 3, `loaded in ${seconds.toFixed(2)} s`);
    assert.ok(vectors.dim >= 64 && vectors.dim <= 128);
    assert.ok(vectors.size > 77_000);
    for (const word of ["car", "password", "purchase", "reset", "holiday", "smartphone"]) {
      assert.ok(vectors.has(word), word);
    }
  });

  it("rank the word-similarity set with Spearman >= 0.6", () => {
    const result = evaluateWordSimilarity(WordVectors.shipped());
    assert.ok(result.covered >= 210);
    assert.ok(result.spearman >= 0.6, `Spearman ${result.spearman.toFixed(3)}`);
    const kinds = result.meanByKind;
    assert.ok(kinds["synonym"]! > kinds["related"]! && kinds["related"]! > kinds["unrelated"]!);
  });

  it("put synonyms next to each other", () => {
    const vectors = WordVectors.shipped();
    const near = (word: string): string[] => vectors.nearest(word, 10).map((n) => n.word);
    assert.ok(near("buy").includes("purchase"));
    assert.ok(near("car").includes("automobile"));
    assert.ok(near("physician").includes("doctor"));
  });

  it("are exactly what npm run build:vectors makes @slow", function () {
    this.timeout(600_000);
    execFileSync("npx", ["tsx", "scripts/build-vectors.ts", "--check"], {
      cwd: root,
      stdio: "pipe",
    });
  });
});
