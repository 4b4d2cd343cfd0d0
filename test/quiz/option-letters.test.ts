import { strict as assert } from "node:assert";
import { optionLetter, optionLetters } from "../../src/quiz/option-letters";

describe("optionLetter / optionLetters", () => {
  it("maps positions to letters and back to a list", () => {
    assert.equal(optionLetter(0), "A");
    assert.equal(optionLetter(25), "Z");
    assert.deepEqual(optionLetters(4), ["A", "B", "C", "D"]);
    assert.deepEqual(optionLetters(0), []);
  });

  it("rejects positions without a letter", () => {
    assert.throws(
      () => optionLetter(26),
      /argument 'index' must be an integer in \[0, 25\], got 26/,
    );
    assert.throws(() => optionLetter(1.5), /argument 'index'/);
  });
});
