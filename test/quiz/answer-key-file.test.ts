import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { parseAnswerKeyFile, sealedQuestionSource } from "../../src/quiz/answer-key-file";
import { sealChoiceQuestion } from "../../src/quiz/seal-choice-question";

const fixtures = path.resolve(__dirname, "../fixtures/quiz-keys");

describe("parseAnswerKeyFile / sealedQuestionSource", () => {
  it("reads the course's answer key files", () => {
    for (const name of fs.readdirSync(fixtures)) {
      const key = parseAnswerKeyFile(fs.readFileSync(path.join(fixtures, name), "utf8"));
      assert.equal(`${key.quiz}.json`, name);
      for (const q of key.questions) {
        assert.equal(q.options.length, q.explanations.length);
        assert.ok(q.correct.length >= 1);
      }
    }
  });

  it("says which question and field is wrong", () => {
    const bad = (questions: unknown): string => JSON.stringify({ quiz: "q", questions });
    assert.throws(() => parseAnswerKeyFile('{"questions": []}'), /"quiz" must be the quiz id/);
    assert.throws(() => parseAnswerKeyFile('{"quiz": "q"}'), /"questions" must be an array/);
    assert.throws(() => parseAnswerKeyFile(bad([{ number: 0 }])), /question at index 0: "number"/);
    assert.throws(
      () =>
        parseAnswerKeyFile(
          bad([
            { number: 2, stem: "s", options: { A: "a", C: "c" }, correct: ["A"], explanations: {} },
          ]),
        ),
      /question 2: "options" must have letters A, B/,
    );
    assert.throws(
      () =>
        parseAnswerKeyFile(
          bad([
            { number: 2, stem: "s", options: { A: "a" }, correct: "A", explanations: { A: "x" } },
          ]),
        ),
      /question 2: "correct" must be an array of letters/,
    );
  });

  it("prints a sealed question as source that evaluates to the same question", () => {
    const sealed = sealChoiceQuestion("q", {
      stem: 'A "quoted" stem’s text',
      options: ["x", "y"],
      correct: ["B"],
      explanations: ["no", "yes"],
      points: 2,
      select: "many",
      scoring: "partial",
    });
    const source = sealedQuestionSource(sealed, 4);
    assert.match(source, /^ {2}\/\/ Question 4\n {2}choiceQuestion\(\{\n/);
    const rebuilt: unknown = vm.runInNewContext(`[${source.replace(/\/\/.*\n/, "")}]`, {
      choiceQuestion: (spec: object) => ({ kind: "choice", ...spec }),
    });
    assert.deepEqual(JSON.parse(JSON.stringify(rebuilt)), [JSON.parse(JSON.stringify(sealed))]);
  });
});
