import { strict as assert } from "node:assert";
import { wordNetContexts, type ContextWeights } from "../../src/embeddings/wordnet-contexts";
import type { SparseMatrix } from "../../src/embeddings/sparse-matrix";
import { Lemmatizer, type Synset, type WordNet, type WordNetPos } from "../../src/wordnet";

// A toy WordNet: "dog" has two noun senses (the animal, tagged 3 times; a scoundrel, never
// tagged); the animal's hypernym is "canine", whose hypernym is "carnivore".
const synset = (id: string, words: string[], pointers: Synset["pointers"], gloss = ""): Synset => ({
  id,
  pos: "noun",
  words,
  pointers,
  gloss,
});
const toy: WordNet = {
  synsets: new Map([
    ["n:1", synset("n:1", ["dog"], [{ symbol: "@", target: "n:2" }], "barks")],
    ["n:2", synset("n:2", ["canine"], [{ symbol: "@", target: "n:3" }])],
    ["n:3", synset("n:3", ["carnivore"], [])],
    ["n:4", synset("n:4", ["dog", "cad"], [{ symbol: "+", target: "n:3" }])],
  ]),
  senses: new Map([
    ["dog", { noun: ["n:1", "n:4"] }],
    ["canine", { noun: ["n:2"] }],
    ["cad", { noun: ["n:4"] }],
  ]),
  tagCounts: new Map([["dog n:1", 3]]),
};
const none = new Map<string, string>();
const lemmatizer = new Lemmatizer(
  {
    noun: new Set(["dog", "canine", "cad", "bark"]),
    verb: new Set(),
    adj: new Set(),
    adv: new Set(),
  },
  { noun: none, verb: none, adj: none, adv: none } as Record<
    WordNetPos,
    ReadonlyMap<string, string>
  >,
);
const weights: ContextWeights = {
  senseSmoothing: 1,
  hypernym: 0.5,
  hypernymDepth: 2,
  related: 0.25,
  gloss: 0.1,
  self: 1,
};

/** The counts of one word's row as context name -> value, read back through the column order. */
function row(words: readonly string[], counts: SparseMatrix, word: string, names: string[]) {
  const r = words.indexOf(word);
  const out: Record<string, number> = {};
  for (let k = counts.rowStart[r]!; k < counts.rowStart[r + 1]!; k++) {
    out[names[counts.columnIndex[k]!]!] = counts.values[k]!;
  }
  return out;
}

describe("wordNetContexts", () => {
  // Contexts are numbered in the order they are first met: lemmas sorted (cad, canine, dog),
  // for each sense its synset, hypernyms, related synsets and gloss words, then the word itself.
  // cad: n:4, n:3 (linked), g:cad; canine: n:2, g:canine; dog: n:1, g:bark, g:dog.
  const names = ["s:n:4", "s:n:3", "g:cad", "s:n:2", "g:canine", "s:n:1", "g:bark", "g:dog"];

  it("weights each sense by its smoothed tag count and follows hypernyms, links and glosses", () => {
    const { words, counts } = wordNetContexts(toy, lemmatizer, weights);
    assert.deepEqual(words, ["cad", "canine", "dog"]);
    // dog: animal sense (3 + 1) / 5 = 0.8, scoundrel sense (0 + 1) / 5 = 0.2.
    const dog = row(words, counts, "dog", names);
    const expected: Record<string, number> = {
      "s:n:1": 0.8,
      "s:n:2": 0.8 * 0.5, // hypernym, one level up
      "s:n:3": 0.8 * 0.25 + 0.2 * 0.25, // two levels up from the animal; linked from n:4
      "g:bark": 0.8 * 0.1, // the gloss word "barks", lemmatised
      "s:n:4": 0.2,
      "g:dog": 1,
    };
    assert.deepEqual(Object.keys(dog).sort(), Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) {
      assert.ok(Math.abs(dog[name]! - value) < 1e-12, `${name}: ${dog[name]} vs ${value}`);
    }
  });

  it("with smoothing 0, a word with no tagged sense weighs its senses alike (no NaN)", () => {
    const { words, counts } = wordNetContexts(toy, lemmatizer, { ...weights, senseSmoothing: 0 });
    assert.ok(counts.values.every(Number.isFinite));
    const dog = row(words, counts, "dog", names);
    assert.equal(dog["s:n:1"], 1); // all of dog's tags are on the animal
    assert.equal(dog["s:n:4"] ?? 0, 0); // the untagged sense gets no weight
    const cad = row(words, counts, "cad", names);
    assert.equal(cad["s:n:4"], 1); // never tagged: its one sense takes all the weight
  });
});
