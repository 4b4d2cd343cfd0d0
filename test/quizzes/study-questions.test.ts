import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseAnswerKeyFile, type AnswerKeyQuestion } from "../../src/quiz/answer-key-file";
import { hashAnswerKey } from "../../src/quiz/answer-key-hash";
import { gradeQuestion } from "../../src/quiz/grade-question";
import { optionLetters } from "../../src/quiz/option-letters";
import type { ChoiceQuestion } from "../../src/quiz/quiz-types";
import { unsealChoiceQuestion } from "../../src/quiz/seal-choice-question";
import { quiz } from "../../quizzes/study-questions";
import { subsets } from "./lesson-quiz-checks";

const root = path.resolve(__dirname, "../..");
const fixtureFile = path.join(root, "test/fixtures/quiz-keys/study-questions.json");
const fixture = parseAnswerKeyFile(fs.readFileSync(fixtureFile, "utf8"));
// The course notes live next to the repository on the course machines; a clone elsewhere
// skips the one test that reads them.
const notesFile = path.resolve(root, "../shared/course/siamese-networks-notes.md");

function choiceAt(number: number): ChoiceQuestion {
  const question = quiz.questions[number - 1];
  assert.ok(question !== undefined && question.kind === "choice", `question ${number}`);
  return question;
}

/** The partial-credit rule written out: +1/k per right choice, -1/k per wrong one, floor 0. */
function partialCredit(correct: readonly string[], chosen: readonly string[]): number {
  const right = chosen.filter((l) => correct.includes(l)).length;
  const wrong = chosen.length - right;
  return Math.max(0, (right - wrong) / correct.length);
}

describe("quizzes/study-questions", () => {
  it("has the 20 questions of the notes, multiple answers exactly at 6, 11, 15, 17, 19", () => {
    assert.equal(quiz.id, "study-questions");
    assert.equal(quiz.questions.length, 20);
    assert.equal(fixture.questions.length, 20);
    const many = quiz.questions.flatMap((q, i) =>
      q.kind === "choice" && q.select === "many" ? [i + 1] : [],
    );
    assert.deepEqual(many, [6, 11, 15, 17, 19]);
    for (const q of quiz.questions) assert.equal(q.kind, "choice");
  });

  describe("agrees with the fixture question by question", () => {
    for (const expected of fixture.questions) {
      it(`question ${expected.number}`, () => {
        const question = choiceAt(expected.number);
        assert.equal(question.stem, expected.stem);
        assert.deepEqual(question.options, expected.options);
        assert.equal(question.options.length, 4);
        assert.equal(question.select, expected.correct.length > 1 ? "many" : "one");
        assert.equal(question.points, 1);
        assert.equal(question.scoring, "all-or-nothing");
        // The stored hash verifies against the fixture's key ...
        assert.equal(question.keyHash, hashAnswerKey(question.salt, expected.correct));
        // ... and against no other key.
        for (const other of subsets(optionLetters(4))) {
          if (other.join() === [...expected.correct].sort().join()) continue;
          assert.notEqual(question.keyHash, hashAnswerKey(question.salt, other));
        }
        const opened = unsealChoiceQuestion(question);
        assert.deepEqual(opened.correct, [...expected.correct].sort());
        assert.deepEqual(opened.explanations, expected.explanations);
      });
    }
  });

  it("gives full points to every correct answer and the rules' points to every other", () => {
    for (const expected of fixture.questions) {
      const question = choiceAt(expected.number);
      for (const chosen of subsets(optionLetters(4))) {
        const exact = chosen.join() === [...expected.correct].sort().join();
        if (question.select === "one" && chosen.length > 1) {
          assert.equal(gradeQuestion(question, chosen).ok, false, "several letters rejected");
          continue;
        }
        const strict = gradeQuestion(question, chosen);
        assert.ok(strict.ok);
        assert.equal(strict.score, exact ? 1 : 0, `q${expected.number} ${chosen.join("")}`);
        const partial = gradeQuestion(question, chosen, { multipleScoring: "partial" });
        assert.ok(partial.ok);
        const want =
          question.select === "many" ? partialCredit(expected.correct, chosen) : strict.score;
        assert.ok(
          Math.abs(partial.score - want) < 1e-12,
          `partial q${expected.number} ${chosen.join("")}`,
        );
      }
    }
  });

  it("scores the partial-credit examples by hand (question 6, key A and D)", () => {
    const q6 = choiceAt(6);
    const score = (chosen: string[]): number => {
      const grade = gradeQuestion(q6, chosen, { multipleScoring: "partial" });
      assert.ok(grade.ok);
      return grade.score;
    };
    assert.equal(score(["A", "D"]), 1);
    assert.equal(score(["A"]), 0.5);
    assert.equal(score(["A", "B"]), 0);
    assert.equal(score(["A", "B", "D"]), 0.5);
    assert.equal(score(["B", "C"]), 0);
    assert.equal(score(["A", "B", "C", "D"]), 0);
  });

  it("shows each chosen option's explanation from the notes", () => {
    const grade = gradeQuestion(choiceAt(11), ["A", "B"]);
    assert.ok(grade.ok && grade.feedback.kind === "choice");
    assert.deepEqual(
      grade.feedback.chosen.map((o) => [o.letter, o.correct, o.explanation]),
      [
        ["A", false, "Batches contain both positive and negative pairs."],
        ["B", true, "Batches contain both positive and negative pairs."],
      ],
    );
    assert.equal(grade.feedback.missed, 1);
  });

  it("keeps answer keys and explanations out of the learner-facing file", () => {
    const source = fs.readFileSync(path.join(root, "quizzes/study-questions.ts"), "utf8");
    for (const q of fixture.questions) {
      for (const explanation of q.explanations) {
        assert.ok(!source.includes(explanation), `explanation in plain text: ${explanation}`);
      }
    }
    assert.ok(!/\bcorrect\s*:/.test(source), "no plain 'correct' field");
  });

  it("matches the course notes themselves, when they are available", function () {
    if (!fs.existsSync(notesFile)) this.skip();
    const notes = fs.readFileSync(notesFile, "utf8");
    const [questionsPart, answersPart] = (notes.split(/^## Questions\s*$/m)[1] ?? "").split(
      /^## Answers\s*$/m,
    );
    assert.ok(questionsPart !== undefined && answersPart !== undefined);
    const questionBlocks = questionsPart.split(/^#### /m).slice(1);
    const answerBlocks = answersPart.split(/^#### /m).slice(1);
    assert.equal(answerBlocks.length, 20);
    const fromNotes = answerBlocks.map((block, i): AnswerKeyQuestion => {
      const lines = block.split("\n").map((l) => l.trimEnd());
      const head = /^(\d+)\. (.*)$/.exec(lines[0] ?? "");
      const questionLines = (questionBlocks[i] ?? "").split("\n").map((l) => l.trimEnd());
      const options = questionLines.flatMap((l) => /^[A-D]\) (.*)$/.exec(l)?.slice(1) ?? []);
      const explanations = lines.flatMap((l) => /^[A-D]\) [✓✗] (.*)$/.exec(l)?.slice(1) ?? []);
      const correct = /^\*\*Correct:\*\* (.*)$/m.exec(block)?.[1]?.split(/,\s*/) ?? [];
      return { number: Number(head?.[1]), stem: head?.[2] ?? "", options, correct, explanations };
    });
    assert.deepEqual(
      fromNotes.map(({ number, stem, options, correct, explanations }) => ({
        number,
        stem,
        options,
        correct,
        explanations,
      })),
      fixture.questions.map(({ number, stem, options, correct, explanations }) => ({
        number,
        stem,
        options,
        correct,
        explanations,
      })),
    );
  });
});
