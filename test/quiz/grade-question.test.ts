import * as tf from "@tensorflow/tfjs";
import { strict as assert } from "node:assert";
import { numericQuestion } from "../../src/quiz/define-quiz";
import { gradeQuestion, numericAnswerKey } from "../../src/quiz/grade-question";
import type { NumericQuestion } from "../../src/quiz/quiz-types";
import { demoQuiz } from "../support/demo-quiz";

const [single, many, numeric, code, partial] = demoQuiz.questions;

describe("gradeQuestion", () => {
  it("grades single and multiple choice with per-option feedback for the chosen options", () => {
    const right = gradeQuestion(single!, "b");
    assert.ok(right.ok);
    assert.deepEqual([right.score, right.points, right.fraction, right.response], [1, 1, 1, ["B"]]);
    assert.deepEqual(right.feedback, {
      kind: "choice",
      select: "one",
      scoring: "all-or-nothing",
      chosen: [
        { letter: "B", text: "4", correct: true, explanation: "Right: two and two make four." },
      ],
      missed: 0,
    });
    const wrong = gradeQuestion(many!, ["A", "B"]);
    assert.ok(wrong.ok && wrong.feedback.kind === "choice");
    assert.equal(wrong.score, 0);
    assert.deepEqual(
      wrong.feedback.chosen.map((o) => [o.letter, o.correct]),
      [
        ["A", true],
        ["B", false],
      ],
    );
    assert.equal(wrong.feedback.missed, 1);
  });

  it("applies partial credit from the question or the override, never to single choice", () => {
    const own = gradeQuestion(partial!, ["A", "B"]);
    assert.ok(own.ok);
    assert.equal(own.score, 2, "3 points x (2/3)");
    const minus = gradeQuestion(partial!, ["A", "B", "D"]);
    assert.ok(minus.ok);
    assert.equal(minus.score, 1, "3 points x (2/3 - 1/3)");
    const overridden = gradeQuestion(many!, ["A"], { multipleScoring: "partial" });
    assert.ok(overridden.ok);
    assert.equal(overridden.score, 0.5);
    const singleOverride = gradeQuestion(single!, "A", { multipleScoring: "partial" });
    assert.ok(singleOverride.ok);
    assert.equal(singleOverride.score, 0);
  });

  it("grades numbers against the library's key, revealing it only when right", () => {
    const before = tf.memory().numTensors;
    const right = gradeQuestion(numeric!, "1.414");
    assert.ok(right.ok && right.feedback.kind === "numeric");
    assert.equal(right.score, 1);
    assert.ok(Math.abs((right.feedback.key ?? 0) - Math.SQRT2) < 1e-6);
    assert.match(right.feedback.explanation ?? "", /^sqrt\(2\) = 1.4142/);
    const wrong = gradeQuestion(numeric!, 1.5);
    assert.ok(wrong.ok && wrong.feedback.kind === "numeric");
    assert.equal(wrong.score, 0);
    assert.equal(wrong.feedback.key, undefined);
    assert.equal(wrong.feedback.explanation, undefined);
    assert.equal(wrong.feedback.hint, "It is between 1.4 and 1.5.");
    assert.equal(wrong.feedback.tolerance, "within 0.001");
    assert.equal(tf.memory().numTensors, before, "the key's tensors are disposed");
  });

  it("computes a numeric key once and rejects a key that is not a finite number", () => {
    let calls = 0;
    const q = numericQuestion({
      stem: "counted",
      tolerance: { absolute: 0 },
      answerKey: () => {
        calls++;
        return 3;
      },
      explanation: "",
    });
    numericAnswerKey(q);
    numericAnswerKey(q);
    assert.equal(calls, 1);
    const bad: NumericQuestion = { ...q, answerKey: () => tf.tensor1d([1, 2]) };
    assert.throws(
      () => numericAnswerKey(bad),
      /the key of "counted" is not a finite number: \[1, 2\]/,
    );
  });

  it("grades code given as a function or as source", () => {
    const fn = gradeQuestion(code!, (xs: number[]) => xs.map((x) => x * 2));
    assert.ok(fn.ok && fn.feedback.kind === "code");
    assert.deepEqual([fn.score, fn.points, fn.feedback.passed], [2, 2, true]);
    assert.equal(fn.feedback.explanation, "Multiply each item by 2.");
    assert.match(String(fn.response), /xs\.map/);
    const source = gradeQuestion(code!, "function double(xs) { return xs.map((x) => x + x); }");
    assert.ok(source.ok);
    assert.equal(source.score, 2);
    const failing = gradeQuestion(code!, "(xs) => xs");
    assert.ok(failing.ok && failing.feedback.kind === "code");
    assert.equal(failing.score, 0);
    assert.match(failing.feedback.failure ?? "", /^Case 1 of 6 failed/);
    assert.equal(failing.feedback.explanation, undefined);
  });

  it("stops a code answer given as a function that never returns: graded as failing, not hung", () => {
    const grade = gradeQuestion(
      code!,
      () => {
        for (;;) {
          // never returns
        }
      },
      { codeTimeoutMs: 100 },
    );
    assert.ok(grade.ok && grade.feedback.kind === "code");
    assert.equal(grade.score, 0);
    assert.match(grade.feedback.failure ?? "", /did not return within 100 ms/);
    const source = gradeQuestion(code!, "(xs) => { for (;;) {} }", { codeTimeoutMs: 100 });
    assert.ok(source.ok && source.feedback.kind === "code");
    assert.match(source.feedback.failure ?? "", /did not return within 100 ms/);
  });

  it("refuses async functions and generators before calling them (their body escapes the time limit)", () => {
    for (const response of [
      async (xs: number[]) => {
        await Promise.resolve();
        return xs;
      },
      function* (xs: number[]) {
        yield xs;
      },
      "async function double(xs) { return xs; }",
    ]) {
      const grade = gradeQuestion(code!, response);
      assert.ok(!grade.ok, String(response));
      assert.match(
        grade.message,
        /double must be a plain function that returns its result, got an? (async|generator) function/,
      );
    }
  });

  it("does not grade what a question cannot take", () => {
    const cases: [number, unknown, RegExp][] = [
      [0, "E", /E is not an option/],
      [2, "about 1.4", /is not a number/],
      [2, "1e999", /"1e999" is too large to be a number \(it reads as Infinity\)/],
      [2, -Infinity, /must be a finite number, got -Infinity/],
      [3, 42, /this is a code exercise: answer with a function double\(\.\.\.\)/],
      [3, "function (", /does not compile/],
    ];
    for (const [index, response, message] of cases) {
      const grade = gradeQuestion(demoQuiz.questions[index]!, response);
      assert.ok(!grade.ok);
      assert.match(grade.message, message);
    }
  });
});
