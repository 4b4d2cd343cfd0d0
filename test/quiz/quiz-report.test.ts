import { strict as assert } from "node:assert";
import { questionLabel, questionStatus } from "../../src/quiz/quiz-report";
import { demoQuiz } from "../support/demo-quiz";

describe("questionLabel / questionStatus", () => {
  it("labels each kind", () => {
    assert.deepEqual(demoQuiz.questions.map(questionLabel), [
      "single choice",
      "multiple answers",
      "numeric",
      "code",
      "multiple answers",
    ]);
  });

  it("classifies scores", () => {
    assert.equal(questionStatus(0, 1, false), "unanswered");
    assert.equal(questionStatus(1, 1, true), "correct");
    assert.equal(questionStatus(1 / 3, 1, true), "partial");
    assert.equal(questionStatus(0, 1, true), "wrong");
  });
});
