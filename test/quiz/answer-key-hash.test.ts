import { strict as assert } from "node:assert";
import { deriveSalt, hashAnswerKey } from "../../src/quiz/answer-key-hash";

describe("hashAnswerKey", () => {
  it("ignores order, case and repeats, and depends on the letters and the salt", () => {
    const h = hashAnswerKey("s1", ["A", "D"]);
    assert.match(h, /^[0-9a-f]{64}$/);
    assert.equal(hashAnswerKey("s1", ["d", "A", "D"]), h);
    assert.notEqual(hashAnswerKey("s1", ["A"]), h);
    assert.notEqual(hashAnswerKey("s2", ["A", "D"]), h);
  });
});

describe("deriveSalt", () => {
  it("is reproducible and differs between quizzes and stems", () => {
    assert.equal(deriveSalt("q", "stem"), deriveSalt("q", "stem"));
    assert.match(deriveSalt("q", "stem"), /^[0-9a-f]{16}$/);
    assert.notEqual(deriveSalt("q", "stem"), deriveSalt("r", "stem"));
    assert.notEqual(deriveSalt("q", "stem"), deriveSalt("q", "stem 2"));
  });
});
