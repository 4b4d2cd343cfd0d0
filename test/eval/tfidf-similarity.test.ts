import { strict as assert } from "node:assert";
import { TfidfSimilarity, wordNetFeatures } from "../../src/eval";
import { assertClose } from "../support/tensors";

describe("TfidfSimilarity", () => {
  const corpus = ["how old are you", "where are you from", "where are you going"];
  const tfidf = TfidfSimilarity.fit(corpus);
  // N = 3. df: are 3, you 3, where 2, how/old/from/going 1.
  const idf = (df: number): number => Math.log(4 / (1 + df)) + 1;

  it("weights words by smoothed idf and normalises (hand-computed)", () => {
    const v = tfidf.vector("Where are you from?");
    const raw = { where: idf(2), are: idf(3), you: idf(3), from: idf(1) };
    const norm = Math.hypot(...Object.values(raw));
    for (const [word, w] of Object.entries(raw)) assertClose(v.get(word)!, w / norm, 1e-12, word);
  });

  it("scores shared rare words higher, identical texts 1 and disjoint texts 0", () => {
    const from = tfidf.vector("where are you from");
    const going = tfidf.vector("where are you going");
    let dot = 0;
    for (const [word, w] of from) dot += w * (going.get(word) ?? 0);
    assertClose(tfidf.similarity("where are you from", "where are you going"), dot, 1e-12);
    assertClose(tfidf.similarity("How old are you?", "how OLD are you"), 1, 1e-12);
    assert.equal(tfidf.similarity("old", "going"), 0);
    assert.equal(tfidf.similarity("", "going"), 0);
  });

  it("gives unseen words the largest idf", () => {
    const v = tfidf.vector("zebra you");
    assert.ok(v.get("zebra")! > v.get("you")!);
    assertClose(v.get("zebra")! / v.get("you")!, (Math.log(4) + 1) / idf(3), 1e-12);
  });

  it("rejects empty or non-string training texts", () => {
    assert.throws(
      () => TfidfSimilarity.fit([]),
      /TfidfSimilarity.fit: argument 'texts' must be at least one text/,
    );
    assert.throws(
      () => TfidfSimilarity.fit(["a", 3 as unknown as string]),
      /must be strings, got 3 at index 1/,
    );
  });

  it("weights the features a features function gives, and gives dense rows", () => {
    const doubled = TfidfSimilarity.fit(corpus, undefined, (tokens) => [
      ...tokens,
      ...tokens.map((t) => `x:${t}`),
    ]);
    const v = doubled.vector("where are you from");
    assert.ok(v.has("x:where") && v.has("where"));
    assertClose(v.get("x:from")!, v.get("from")!, 1e-12, "same df, same weight");
    const rows = tfidf.denseVectors(["how old are you", "where are you from", ""]);
    assert.equal(rows.length, 3);
    assert.equal(rows[0]!.length, 6, "the six distinct words of the texts");
    assertClose(Math.hypot(...rows[0]!), 1, 1e-12);
    assert.ok(rows[2]!.every((x) => x === 0));
    let dot = 0;
    for (let i = 0; i < rows[0]!.length; i++) dot += rows[0]![i]! * rows[1]![i]!;
    assertClose(dot, tfidf.similarity("how old are you", "where are you from"), 1e-12);
  });
});

describe("wordNetFeatures", () => {
  it("adds WordNet concepts, so synonyms and a word and its hypernym share features", function () {
    this.timeout(30_000);
    const features = wordNetFeatures();
    const buy = features(["buy"]);
    const purchase = features(["purchase"]);
    assert.ok(buy[0] === "buy" && buy.length > 1);
    assert.ok(
      buy.some((f) => purchase.includes(f) && f.startsWith("wn:")),
      "buy and purchase share a synset",
    );
    const sedan = features(["sedan"]);
    const car = features(["car"]);
    assert.ok(
      sedan.some((f) => car.includes(f)),
      "car is the hypernym of sedan",
    );
    assert.deepEqual(features(["the", "how"]), ["the", "how"], "function words add nothing");
    const lexical = TfidfSimilarity.fit(
      ["where can i buy a car", "how do i cook rice"],
      undefined,
      features,
    );
    assert.ok(lexical.similarity("buy a sedan", "purchase a car") > 0);
  });
});
