import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readWordNet } from "../../src/wordnet";

const fixture = path.join(__dirname, "../fixtures/wordnet");

describe("readWordNet", () => {
  it("reads synsets, pointers, glosses, senses and tag counts (hand-made fixture)", () => {
    const wordnet = readWordNet(fixture);
    assert.equal(wordnet.synsets.size, 5);
    const car = wordnet.synsets.get("noun:00000100");
    assert.deepEqual(car?.words, ["car", "auto"]);
    assert.deepEqual(car?.pointers, [
      { symbol: "@", target: "noun:00000200" },
      { symbol: "~", target: "noun:00000300" },
    ]);
    assert.equal(car?.gloss, 'a motor vehicle; "he drives a car"');
    // The verb's frame list after its pointers is not read as pointers.
    assert.deepEqual(wordnet.synsets.get("verb:00000400")?.pointers, [
      { symbol: "+", target: "noun:00000100" },
    ]);
    // Adjective position markers are stripped.
    assert.deepEqual(wordnet.synsets.get("adj:00000500")?.words, ["fast"]);
    assert.deepEqual(wordnet.senses.get("car"), { noun: ["noun:00000100"] });
    assert.equal(wordnet.tagCounts.get("car noun:00000100"), 7);
    assert.equal(wordnet.tagCounts.get("drive verb:00000400"), 3);
  });

  it("reads the installed WordNet 3.1", function () {
    this.timeout(30_000);
    const wordnet = readWordNet();
    assert.ok(wordnet.synsets.size > 117_000);
    const first = wordnet.senses.get("car")?.noun?.[0] as string;
    assert.ok(wordnet.synsets.get(first)?.words.includes("automobile"));
    // The animal is the most tagged sense of "dog".
    const dogSenses = wordnet.senses.get("dog")?.noun ?? [];
    const counts = dogSenses.map((id) => wordnet.tagCounts.get(`dog ${id}`) ?? 0);
    assert.equal(Math.max(...counts), counts[0]);
  });
});
