import { strict as assert } from "node:assert";
import { normalizeQuestion } from "../../src/text";

describe("normalizeQuestion", () => {
  it("lower-cases, removes punctuation and collapses whitespace", () => {
    assert.equal(normalizeQuestion("  What's the   TIME?! "), "whats the time");
    assert.equal(normalizeQuestion("What’s the time"), normalizeQuestion("whats the time"));
  });
  it("rejects a non-string by name", () => {
    assert.throws(
      () => normalizeQuestion(3 as unknown as string),
      /normalizeQuestion: argument 'text'/,
    );
  });
});
