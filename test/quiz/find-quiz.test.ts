import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { listQuizzes, loadQuizDefinition, quizzesFolder } from "../../src/quiz/find-quiz";
import { questionLabel } from "../../src/quiz/quiz-report";

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

describe("quizzes/README.md", () => {
  it("lists every quiz with its number of questions of each kind", () => {
    const readme = fs.readFileSync(path.join(quizzesFolder(), "README.md"), "utf8");
    for (const id of listQuizzes()) {
      const quiz = loadQuizDefinition(id);
      const count = (label: string): number =>
        quiz.questions.filter((q) => questionLabel(q) === label).length;
      const row = [
        quiz.questions.length,
        count("single choice"),
        count("multiple answers"),
        count("numeric"),
        count("code"),
      ];
      const pattern = new RegExp(`^\\| \`${id}\` +\\| +${row.join(" +\\| +")} +\\|$`, "m");
      assert.match(readme, pattern, id);
    }
  });
});
