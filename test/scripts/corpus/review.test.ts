import { strict as assert } from "node:assert";
import { reviewTopics } from "../../../scripts/corpus/review";
import type { SourceTopic } from "../../../scripts/corpus/source-corpus";

/** A topic from `[intent, questions][][]`: one inner list per family. */
function topic(name: string, families: [string, string[]][][]): SourceTopic {
  let group = 0;
  return {
    topic: name,
    file: `${name}.json`,
    families: families.map((groups, f) => {
      const family = `${name}-f${String(f + 1).padStart(2, "0")}`;
      return {
        id: family,
        topic: name,
        groups: groups.map(([intent, questions]) => ({
          id: `${name}-${String(++group).padStart(3, "0")}`,
          family,
          topic: name,
          intent,
          questions,
        })),
      };
    }),
  };
}

const good = topic("cars", [
  [
    [
      "sell a car privately",
      [
        "How do I sell my car privately?",
        "tips for getting rid of an old vehicle without a dealer",
        "Is listing my hatchback online worth it?",
      ],
    ],
    [
      "insure a car privately",
      [
        "How do I insure my car privately?",
        "cheapest cover for a second-hand sedan",
        "Which policy suits an occasional driver?",
      ],
    ],
  ],
]);

describe("reviewTopics", () => {
  it("passes varied paraphrases with contrast groups, and counts their hard pairs", () => {
    const report = reviewTopics([good], []);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    assert.equal(report.familyHardPairs, 1); // sell / insure my car privately: 5 of 7 words
    assert.match(report.summary[0]!, /cars: 1 families, 2 groups, 6 questions/);
  });

  it("flags a group whose questions only reorder the same words", () => {
    const report = reviewTopics(
      [
        topic("pets", [
          [
            [
              "feed a puppy",
              [
                "how often should I feed my puppy",
                "my puppy, how often should I feed it",
                "should I feed my puppy often",
              ],
            ],
          ],
        ]),
      ],
      [],
    );
    assert.equal(report.errors.length, 1);
    assert.match(report.errors[0]!, /group pets-001: its questions share too many words/);
  });

  it("flags near-duplicate questions in different families, not reordered contrast groups", () => {
    const other = topic("money", [
      [["wire money abroad", ["Privately, how do I sell my car?", "x y z", "p q r"]]],
    ]);
    const report = reviewTopics([good], [other]);
    assert.ok(
      report.errors.some((e) => /nearly the same as money\.json/.test(e)),
      report.errors.join("\n"),
    );
    const reordered = topic("code", [
      [
        [
          "string to int in java",
          ["convert string to int java", "parse text as a number", "Integer.parseInt usage"],
        ],
        [
          "int to string in java",
          ["convert int to string java", "turn a number into text", "String.valueOf usage"],
        ],
      ],
    ]);
    assert.deepEqual(reviewTopics([reordered], []).errors, []);
  });

  it("flags a one-word-swap template filled in by three families", () => {
    const template = topic(
      "food",
      ["rice", "pasta", "bread"].map((thing, i) => [
        [
          `cook ${thing}`,
          [
            `what is the best way to cook ${thing} at home`,
            `${thing} recipe ${i}`,
            `help me make ${thing} ${i}`,
          ],
        ],
      ]),
    );
    const report = reviewTopics([template], []);
    assert.ok(
      report.errors.some((e) =>
        /template "what is the best way to cook \* at home" is filled in by 3 families/.test(e),
      ),
      report.errors.join("\n"),
    );
  });

  it("flags an intent written twice", () => {
    const twice = topic("travel", [[["sell a car privately", ["a b c", "d e f", "g h i"]]]]);
    const report = reviewTopics([twice], [good]);
    assert.ok(
      report.errors.some((e) =>
        /intent "sell a car privately" repeats cars\.json: group cars-001/.test(e),
      ),
    );
  });

  it("warns about a family without hard negatives and a group that reads like another topic", () => {
    const cooking = topic("cooking", [
      [
        [
          "boil pasta",
          ["how long to boil spaghetti", "pasta water salt amount", "al dente timing for penne"],
        ],
      ],
      [
        [
          "knead bread",
          ["how long to knead dough", "bread dough sticky hands", "yeast proofing time"],
        ],
      ],
      [
        [
          "sell a used car",
          [
            "how do I sell my used car privately",
            "vehicle sale paperwork dealer",
            "car trade valuation online",
          ],
        ],
        [
          "bake a cake",
          [
            "sponge cake sinking in the middle",
            "oven temperature for cupcakes",
            "butter or oil in batter",
          ],
        ],
      ],
    ]);
    const garden = topic("garden", [
      [
        [
          "water tomatoes",
          ["how often to water tomato plants", "watering seedlings", "soil moisture check"],
        ],
      ],
    ]);
    const report = reviewTopics([cooking], [good, garden]);
    assert.ok(
      report.warnings.some((w) => /family cooking-f03: its groups have no question pair/.test(w)),
      report.warnings.join("\n"),
    );
    assert.ok(
      report.warnings.some((w) =>
        /group cooking-003 "sell a used car" reads more like topic cars/.test(w),
      ),
      report.warnings.join("\n"),
    );
  });
});
