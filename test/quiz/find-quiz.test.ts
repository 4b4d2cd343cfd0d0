import { strict as assert } from "node:assert";
import * as path from "node:path";
import { listQuizzes, loadQuizDefinition, quizzesFolder } from "../../src/quiz/find-quiz";

describe("listQuizzes / loadQuizDefinition", () => {
  it("finds the course's quizzes next to the sources", () => {
    assert.equal(quizzesFolder(), path.resolve(__dirname, "../../quizzes"));
    assert.deepEqual(listQuizzes(), [
      "01-architecture",
      "02-triplet-loss",
      "03-hard-negative-mining",
      "04-training",
      "05-one-shot-learning",
      "06-threshold-testing",
      "study-questions",
    ]);
  });

  it("loads a quiz by id, by name without its number, by number, or by path", () => {
    assert.equal(loadQuizDefinition("study-questions").questions.length, 20);
    assert.equal(loadQuizDefinition("triplet-loss").id, "02-triplet-loss");
    assert.equal(loadQuizDefinition("Triplet-Loss").id, "02-triplet-loss");
    assert.equal(loadQuizDefinition("3").id, "03-hard-negative-mining");
    assert.equal(loadQuizDefinition("06").id, "06-threshold-testing");
    assert.equal(loadQuizDefinition(path.resolve(__dirname, "../support/demo-quiz.ts")).id, "demo");
  });

  it("says which quizzes exist when the name matches none", () => {
    assert.throws(
      () => loadQuizDefinition("nope"),
      /no quiz called "nope"; available: 01-architecture, .*study-questions/,
    );
    assert.throws(
      () => loadQuizDefinition(path.resolve(__dirname, "../../src/quiz/option-letters.ts")),
      /does not export a quiz/,
    );
  });
});
