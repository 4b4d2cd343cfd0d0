import { strict as assert } from "node:assert";
import { parseChoiceResponse, parseNumericResponse } from "../../src/quiz/parse-response";
import type { ChoiceQuestion } from "../../src/quiz/quiz-types";
import { demoQuiz } from "../support/demo-quiz";

const single = demoQuiz.questions[0] as ChoiceQuestion;
const many = demoQuiz.questions[1] as ChoiceQuestion;

function message(question: ChoiceQuestion, response: unknown): string {
  const parsed = parseChoiceResponse(question, response);
  assert.ok(!parsed.ok, `expected ${JSON.stringify(response)} to be rejected`);
  return parsed.message;
}

describe("parseChoiceResponse", () => {
  it("reads letters in the accepted forms, upper-case and sorted", () => {
    for (const response of ["d, a", "a d", "AD", ["D", "a"], " (A) D. "]) {
      assert.deepEqual(parseChoiceResponse(many, response), { ok: true, value: ["A", "D"] });
    }
    assert.deepEqual(parseChoiceResponse(single, "b"), { ok: true, value: ["B"] });
  });

  it("rejects out-of-range, empty, duplicated and multiple-for-single answers with a reason", () => {
    assert.match(message(single, "E"), /^E is not an option; choose from A to D\.$/);
    assert.match(message(many, ["A", "Q"]), /Q is not an option/);
    assert.match(message(many, ""), /^no option chosen/);
    assert.match(message(many, []), /^no option chosen/);
    assert.match(message(many, ["A", "a"]), /^A is given twice/);
    assert.match(message(many, "AA"), /^A is given twice/);
    assert.match(message(single, ["A", "B"]), /exactly one answer, got 2 letters \(A, B\)/);
    assert.match(message(single, "A B"), /exactly one answer/);
  });

  it("rejects what is not letters", () => {
    assert.match(message(single, 2), /takes option letters \(A to D\), got number/);
    assert.match(message(single, "option 2"), /"2" is not an option letter/);
    assert.match(message(many, ["AB"]), /each item must be one option letter, got "AB"/);
    assert.match(message(many, [1]), /each item must be one option letter, got 1/);
  });
});

describe("parseNumericResponse", () => {
  it("reads numbers and numeric strings", () => {
    assert.deepEqual(parseNumericResponse(0.25), { ok: true, value: 0.25 });
    assert.deepEqual(parseNumericResponse(" -1e-3 "), { ok: true, value: -0.001 });
    assert.deepEqual(parseNumericResponse(".5"), { ok: true, value: 0.5 });
    assert.deepEqual(parseNumericResponse("1e-400"), { ok: true, value: 0 });
    assert.deepEqual(parseNumericResponse("1.7976931348623157e308"), {
      ok: true,
      value: Number.MAX_VALUE,
    });
  });

  it("reads -0 as 0, which is what a saved answer reads back as", () => {
    for (const response of [-0, "-0", "-0.0e5"]) {
      const parsed = parseNumericResponse(response);
      assert.ok(parsed.ok && Object.is(parsed.value, 0), String(response));
    }
  });

  it("rejects the rest with a reason", () => {
    const reason = (r: unknown): string => {
      const parsed = parseNumericResponse(r);
      assert.ok(!parsed.ok);
      return parsed.message;
    };
    assert.match(reason(""), /no number given/);
    assert.match(reason("0x10"), /"0x10" is not a number/);
    assert.match(reason("1/3"), /is not a number/);
    assert.match(reason(Number.NaN), /finite number, got NaN/);
    assert.match(reason(Infinity), /finite number, got Infinity/);
    for (const text of ["1e999", "-1e999", "2e308", "9".repeat(400)]) {
      assert.match(
        reason(text),
        /is too large to be a number \(it reads as -?Infinity\); answer with a finite number/,
      );
    }
    assert.match(reason(["1"]), /takes a number, got object/);
  });
});
