import { strict as assert } from "node:assert";
import { hashAnswerKey } from "../../src/quiz/answer-key-hash";
import { sealChoiceQuestion, unsealChoiceQuestion } from "../../src/quiz/seal-choice-question";

const plain = {
  stem: "Pick the vowels",
  options: ["a", "b", "e", "f"],
  correct: ["c", "A"],
  explanations: ["vowel", "consonant", "vowel", "consonant"],
};

describe("sealChoiceQuestion / unsealChoiceQuestion", () => {
  it("seals deterministically and opens back to the plain key", () => {
    const sealed = sealChoiceQuestion("demo", plain);
    assert.deepEqual(sealChoiceQuestion("demo", plain), sealed);
    assert.equal(sealed.select, "many");
    assert.equal(sealed.scoring, "all-or-nothing");
    assert.equal(sealed.points, 1);
    assert.equal(sealed.keyHash, hashAnswerKey(sealed.salt, ["A", "C"]));
    assert.deepEqual(unsealChoiceQuestion(sealed), {
      correct: ["A", "C"],
      explanations: plain.explanations,
    });
    const lengths = new Set(sealed.feedback.map((f) => f.length));
    assert.equal(lengths.size, 1, "every option's sealed feedback has the same length");
    assert.ok(!JSON.stringify(sealed).includes("consonant"));
  });

  it("infers 'one' for a single key and keeps explicit settings", () => {
    assert.equal(sealChoiceQuestion("d", { ...plain, correct: ["B"] }).select, "one");
    const q = sealChoiceQuestion("d", {
      ...plain,
      correct: ["B"],
      select: "many",
      scoring: "partial",
      points: 2,
    });
    assert.deepEqual([q.select, q.scoring, q.points], ["many", "partial", 2]);
  });

  it("rejects bad keys and mismatched explanations", () => {
    assert.throws(() => sealChoiceQuestion("d", { ...plain, correct: [] }), /argument 'correct'/);
    assert.throws(() => sealChoiceQuestion("d", { ...plain, correct: ["E", "Z"] }), /'correct'/);
    assert.throws(
      () => sealChoiceQuestion("d", { ...plain, select: "one" }),
      /one letter for a 'one' question/,
    );
    assert.throws(
      () => sealChoiceQuestion("d", { ...plain, explanations: ["x"] }),
      /argument 'explanations' must be one per option \(4\), got 1/,
    );
    assert.throws(
      () => sealChoiceQuestion("d", { ...plain, options: ["a"], explanations: ["x"] }),
      /2 to 26/,
    );
    const many = Array.from({ length: 27 }, (_, i) => `option ${i}`);
    assert.throws(
      () => sealChoiceQuestion("d", { ...plain, options: many, explanations: many }),
      /sealChoiceQuestion: argument 'options' must be 2 to 26 options, got 27/,
    );
  });

  it("detects a key hash that disagrees with the feedback", () => {
    const sealed = sealChoiceQuestion("demo", plain);
    const forged = { ...sealed, keyHash: hashAnswerKey(sealed.salt, ["B"]) };
    assert.throws(() => unsealChoiceQuestion(forged), /do not match the answer key hash/);
    const swapped = {
      ...sealed,
      feedback: [sealed.feedback[1]!, sealed.feedback[0]!, ...sealed.feedback.slice(2)],
    };
    assert.throws(() => unsealChoiceQuestion(swapped), /does not open/);
  });
});
