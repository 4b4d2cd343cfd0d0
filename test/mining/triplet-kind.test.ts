import { strict as assert } from "node:assert";
import { tripletKind } from "../../src/mining";

describe("tripletKind", () => {
  it("classifies by the documented boundaries", () => {
    assert.equal(tripletKind(0.5, 0.4, 0.2), "hard");
    assert.equal(tripletKind(0.5, 0.5, 0.2), "semiHard", "dAN = dAP is semi-hard");
    assert.equal(tripletKind(0.5, 0.6, 0.2), "semiHard");
    assert.equal(
      tripletKind(0.5, 0.75, 0.25),
      "easy",
      "dAN = dAP + margin is easy (loss exactly 0)",
    );
    assert.equal(tripletKind(0.5, 3, 0.2), "easy");
    assert.equal(tripletKind(0.5, 0.5, 0), "easy", "with no margin nothing is semi-hard");
  });

  it("rejects non-finite or negative arguments by name", () => {
    assert.throws(
      () => tripletKind(Number.NaN, 1, 0.2),
      /tripletKind: argument 'dAP' must be a finite number >= 0, got NaN/,
    );
    assert.throws(() => tripletKind(1, -1, 0.2), /argument 'dAN'/);
    assert.throws(() => tripletKind(1, 1, -0.1), /argument 'margin'/);
  });
});
