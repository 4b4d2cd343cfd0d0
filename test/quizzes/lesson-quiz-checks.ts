// Checks every lesson quiz shares (used by test/quizzes/0N-*.test.ts): its size and kinds,
// agreement of its sealed choice questions with the plain answer key in
// test/fixtures/quiz-keys/, full points for right answers and zero for wrong ones, numeric keys
// equal to hand-computed values, and code exercises that accept an independent solution and
// reject buggy ones with a plain-words report. `subsets` serves the study questions too.
import * as tf from "@tensorflow/tfjs";
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseAnswerKeyFile } from "../../src/quiz/answer-key-file";
import { hashAnswerKey } from "../../src/quiz/answer-key-hash";
import { gradeQuestion, numericAnswerKey } from "../../src/quiz/grade-question";
import { optionLetters } from "../../src/quiz/option-letters";
import type { QuizDefinition } from "../../src/quiz/quiz-types";
import { unsealChoiceQuestion } from "../../src/quiz/seal-choice-question";

const root = path.resolve(__dirname, "../..");

/** Every non-empty subset of the letters: every answer a choice question can get. */
export function subsets(letters: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << letters.length; mask++) {
    out.push(letters.filter((_, i) => (mask >> i) & 1));
  }
  return out;
}

/** What a lesson quiz's test knows by hand. */
export interface LessonQuizExpectations {
  /** Hand-computed key of every numeric question, by number. */
  readonly numericKeys: Readonly<Record<number, number>>;
  /**
   * An independent solution of every code exercise, by number. Self-contained, with no helper
   * outside its body: it is also graded from its source text, as an answers file holds it.
   */
  readonly solutions: Readonly<Record<number, (...args: never[]) => unknown>>;
  /** Buggy solutions, by number, each with the report it must get. */
  readonly buggy: Readonly<
    Record<number, readonly (readonly [(...args: never[]) => unknown, RegExp])[]>
  >;
}

/** Registers the shared tests of one lesson quiz. */
export function describeLessonQuiz(quiz: QuizDefinition, expected: LessonQuizExpectations): void {
  describe(`quizzes/${quiz.id}`, () => {
    const key = parseAnswerKeyFile(
      fs.readFileSync(path.join(root, "test/fixtures/quiz-keys", `${quiz.id}.json`), "utf8"),
    );

    it("has 5 to 8 questions with at least one numeric question and one code exercise", () => {
      assert.equal(key.quiz, quiz.id);
      assert.ok(
        quiz.questions.length >= 5 && quiz.questions.length <= 8,
        `${quiz.questions.length}`,
      );
      const kinds = quiz.questions.map((q) => q.kind);
      assert.ok(kinds.includes("numeric") && kinds.includes("code") && kinds.includes("choice"));
      const choiceNumbers = quiz.questions.flatMap((q, i) => (q.kind === "choice" ? [i + 1] : []));
      assert.deepEqual(
        choiceNumbers,
        key.questions.map((q) => q.number),
      );
      const numericNumbers = quiz.questions.flatMap((q, i) =>
        q.kind === "numeric" ? [i + 1] : [],
      );
      assert.deepEqual(numericNumbers, Object.keys(expected.numericKeys).map(Number));
      const codeNumbers = quiz.questions.flatMap((q, i) => (q.kind === "code" ? [i + 1] : []));
      assert.deepEqual(codeNumbers, Object.keys(expected.solutions).map(Number));
    });

    it("agrees with its answer key file, and scores every answer by the rules", () => {
      for (const plain of key.questions) {
        const question = quiz.questions[plain.number - 1];
        assert.ok(question?.kind === "choice", `question ${plain.number}`);
        assert.equal(question.stem, plain.stem);
        assert.deepEqual(question.options, plain.options);
        assert.equal(question.select, plain.correct.length > 1 ? "many" : "one");
        assert.equal(question.keyHash, hashAnswerKey(question.salt, plain.correct));
        assert.deepEqual(unsealChoiceQuestion(question), {
          correct: [...plain.correct].sort(),
          explanations: plain.explanations,
        });
        for (const chosen of subsets(optionLetters(question.options.length))) {
          const grade = gradeQuestion(question, chosen);
          if (question.select === "one" && chosen.length > 1) {
            assert.equal(grade.ok, false);
            continue;
          }
          assert.ok(grade.ok);
          const exact = chosen.join() === [...plain.correct].sort().join();
          assert.equal(
            grade.score,
            exact ? question.points : 0,
            `q${plain.number} ${chosen.join("")}`,
          );
        }
      }
    });

    it("keeps its answer keys and explanations out of the quiz file", () => {
      const source = fs.readFileSync(path.join(root, "quizzes", `${quiz.id}.ts`), "utf8");
      for (const plain of key.questions) {
        for (const explanation of plain.explanations) {
          assert.ok(!source.includes(explanation), `plain explanation: ${explanation}`);
        }
      }
      assert.ok(!/\bcorrect\s*:/.test(source));
    });

    it("computes numeric keys with the library that match the hand-computed values", () => {
      for (const [number, value] of Object.entries(expected.numericKeys)) {
        const question = quiz.questions[Number(number) - 1];
        assert.ok(question?.kind === "numeric");
        assert.ok(Math.abs(numericAnswerKey(question) - value) < 1e-4, `question ${number}`);
        const right = gradeQuestion(question, Number(value.toFixed(4)));
        assert.ok(right.ok && right.score === question.points, `question ${number} right`);
        const wrong = gradeQuestion(question, value + 0.05);
        assert.ok(wrong.ok && wrong.score === 0, `question ${number} wrong`);
      }
    });

    it("accepts an independent solution of each code exercise, as a function and as source", () => {
      const before = tf.memory().numTensors;
      for (const [number, solution] of Object.entries(expected.solutions)) {
        const question = quiz.questions[Number(number) - 1];
        assert.ok(question?.kind === "code");
        const asFunction = gradeQuestion(question, solution);
        assert.ok(asFunction.ok && asFunction.feedback.kind === "code");
        assert.equal(asFunction.feedback.failure, undefined);
        assert.equal(asFunction.score, question.points);
        const asSource = gradeQuestion(question, solution.toString());
        assert.ok(asSource.ok);
        assert.equal(asSource.score, question.points, "graded from an answers file");
      }
      assert.equal(tf.memory().numTensors, before, "grading leaks no tensors");
    });

    it("rejects buggy solutions with the first failing case in plain words", () => {
      for (const [number, bugs] of Object.entries(expected.buggy)) {
        const question = quiz.questions[Number(number) - 1];
        assert.ok(question?.kind === "code");
        for (const [bug, report] of bugs) {
          const grade = gradeQuestion(question, bug);
          assert.ok(grade.ok && grade.feedback.kind === "code");
          assert.equal(grade.score, 0);
          assert.match(grade.feedback.failure ?? "", /^Case \d+ of \d+ failed/);
          assert.match(grade.feedback.failure ?? "", /\nInputs: /);
          assert.match(grade.feedback.failure ?? "", report);
        }
      }
    });
  });
}
