import { strict as assert } from "node:assert";
import { Lemmatizer } from "../../src/wordnet";

describe("Lemmatizer", () => {
  describe("with WordNet 3.1 and its exception lists", () => {
    const lemmatizer = Lemmatizer.wordNet();
    const cases: [string, string][] = [
      ["resetting", "reset"], // exception list (doubled consonant)
      ["went", "go"], // irregular verb
      ["forgot", "forget"],
      ["bought", "buy"],
      ["children", "child"], // irregular plural
      ["women", "woman"],
      ["cars", "car"], // noun rule s -> ""
      ["boxes", "box"], // noun rule xes -> x
      ["passwords", "password"],
      ["changed", "change"], // verb rule ed -> e, although "changed" is an adjective lemma
      ["stopped", "stop"],
      ["happier", "happy"], // adjective rule via the exception list
      ["learning", "learning"], // a noun lemma stays
      ["news", "news"],
      ["its", "its"], // function words stay ("it" would be a noun lemma)
      ["does", "does"],
      ["iphone", "iphone"], // unknown to WordNet
    ];
    for (const [word, lemma] of cases) {
      it(`${word} -> ${lemma}`, () => assert.equal(lemmatizer.lemmatize(word), lemma));
    }

    it("knows lemmas by part of speech", () => {
      assert.ok(lemmatizer.isLemma("car", "noun"));
      assert.ok(!lemmatizer.isLemma("car", "verb"));
      assert.ok(lemmatizer.isLemma("reset"));
    });

    it("rejects a word that is not a string", () => {
      assert.throws(
        () => lemmatizer.lemmatize(3 as unknown as string),
        /Lemmatizer\.lemmatize: argument 'word' must be a string/,
      );
    });
  });

  describe("with hand-made tables (the rules alone)", () => {
    const set = (...words: string[]): ReadonlySet<string> => new Set(words);
    const lemmatizer = new Lemmatizer(
      {
        noun: set("fox", "bus", "church"),
        verb: set("hike", "jump"),
        adj: set("cold"),
        adv: set(),
      },
      { noun: new Map([["geese", "goose"]]), verb: new Map(), adj: new Map(), adv: new Map() },
    );
    it("tries the exception list, then the detachment rules, then gives the word back", () => {
      assert.equal(lemmatizer.lemmatize("geese"), "goose");
      assert.equal(lemmatizer.lemmatize("foxes"), "fox");
      assert.equal(lemmatizer.lemmatize("buses"), "bus");
      assert.equal(lemmatizer.lemmatize("churches"), "church");
      assert.equal(lemmatizer.lemmatize("hiking"), "hike");
      assert.equal(lemmatizer.lemmatize("jumped"), "jump");
      assert.equal(lemmatizer.lemmatize("colder"), "cold");
      assert.equal(lemmatizer.lemmatize("zebras"), "zebras");
    });
  });
});
