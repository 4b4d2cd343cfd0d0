import { strict as assert } from "node:assert";
import { QuestionPairsFormatError } from "../../src/data";

describe("QuestionPairsFormatError", () => {
  it("puts function, file, line and problem in the message and in fields", () => {
    const error = new QuestionPairsFormatError(
      "loadQuestionPairs",
      "a.csv",
      12,
      "question2 is empty",
    );
    assert.ok(error instanceof Error);
    assert.equal(error.name, "QuestionPairsFormatError");
    assert.equal(error.message, "loadQuestionPairs: a.csv line 12: question2 is empty");
    assert.deepEqual([error.file, error.line, error.reason], ["a.csv", 12, "question2 is empty"]);
  });
});
