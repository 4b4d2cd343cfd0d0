import { strict as assert } from "node:assert";
import { parseAnswersFile } from "../../src/quiz/answers-file";

function reason(text: string): string {
  const parsed = parseAnswersFile(text);
  assert.ok(!parsed.ok, text);
  return parsed.message;
}

describe("parseAnswersFile", () => {
  it("reads quiz, learner and answers", () => {
    const parsed = parseAnswersFile(
      '{"quiz": "study-questions", "learner": "ada", "answers": {"1": "B", "6": ["A", "D"], "7": 0.5}}',
    );
    assert.deepEqual(parsed, {
      ok: true,
      value: {
        quiz: "study-questions",
        learner: "ada",
        answers: { "1": "B", "6": ["A", "D"], "7": 0.5 },
      },
    });
    const anonymous = parseAnswersFile('{"quiz": "x", "answers": {}}');
    assert.ok(anonymous.ok && anonymous.value.learner === undefined);
  });

  it("says why a file is malformed", () => {
    assert.match(reason("{"), /^not valid JSON \(/);
    assert.match(reason("[]"), /must hold a JSON object \{ quiz, learner, answers \}/);
    assert.match(reason('{"quiz": "x", "answers": {}, "score": 20}'), /unknown field "score"/);
    assert.match(reason('{"answers": {}}'), /"quiz" must be the quiz name/);
    assert.match(
      reason('{"quiz": "x", "learner": 5, "answers": {}}'),
      /"learner" must be a string/,
    );
    assert.match(
      reason('{"quiz": "x", "answers": ["B"]}'),
      /"answers" must be an object keyed by question number/,
    );
    assert.match(
      reason('{"quiz": "x", "answers": {"one": "B"}}'),
      /answer key "one" is not a question number/,
    );
    assert.match(reason('{"quiz": "x", "answers": {"0": "B"}}'), /answer key "0"/);
    assert.match(
      reason('{"quiz": "x", "answers": {"2": {"letters": "B"}}}'),
      /the answer to question 2 must be letters, a finite number or code text, got \{"letters":"B"\}/,
    );
    assert.match(reason('{"quiz": "x", "answers": {"2": [1]}}'), /question 2 must be letters/);
  });
});
