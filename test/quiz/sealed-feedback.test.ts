import { strict as assert } from "node:assert";
import { openFeedback, sealFeedback } from "../../src/quiz/sealed-feedback";

describe("sealFeedback / openFeedback", () => {
  it("round-trips correctness and explanation, including non-ASCII text", () => {
    const sealed = sealFeedback("salt", "B", { correct: true, explanation: "It’s α." }, 0);
    assert.match(sealed, /^v1\.[A-Za-z0-9_-]+$/);
    assert.ok(!sealed.includes("α"));
    assert.deepEqual(openFeedback("salt", "B", sealed), { correct: true, explanation: "It’s α." });
  });

  it("pads to the requested length so that right and wrong options look alike", () => {
    const a = sealFeedback("salt", "A", { correct: true, explanation: "short" }, 96);
    const b = sealFeedback(
      "salt",
      "B",
      { correct: false, explanation: "a longer explanation" },
      96,
    );
    assert.equal(a.length, b.length);
  });

  it("does not open with another letter or salt, or when damaged", () => {
    const sealed = sealFeedback("salt", "A", { correct: false, explanation: "x" });
    assert.throws(() => openFeedback("salt", "B", sealed), /option B does not open/);
    assert.throws(() => openFeedback("pepper", "A", sealed), /does not open/);
    const damaged = sealed.slice(0, -3) + (sealed.endsWith("AAA") ? "BBB" : "AAA");
    assert.throws(() => openFeedback("salt", "A", damaged), /does not open/);
    assert.throws(() => openFeedback("salt", "A", "plain text"), /must start with 'v1.'/);
    assert.throws(() => openFeedback("salt", "A", "v1.AAAA"), /too short/);
  });
});
