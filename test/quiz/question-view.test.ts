import { strict as assert } from "node:assert";
import { questionFingerprint, questionView } from "../../src/quiz/question-view";
import { renderQuestionHtml } from "../../src/quiz/render-html";
import { renderQuestionText } from "../../src/quiz/render-text";
import { demoQuiz } from "../support/demo-quiz";

describe("questionView / questionFingerprint", () => {
  it("shows everything but the key", () => {
    const choice = questionView("demo", demoQuiz.questions[4]!, 5, 5);
    assert.equal(choice.label, "multiple answers");
    assert.equal(choice.instructions, "Choose all options that apply (partial credit).");
    assert.deepEqual(
      choice.options.map((o) => o.letter),
      ["A", "B", "C", "D"],
    );
    assert.ok(!JSON.stringify(choice).includes("A letter."));
    const numeric = questionView("demo", demoQuiz.questions[2]!, 3, 5);
    assert.equal(numeric.instructions, "Answer with a number (accepted within 0.001).");
    const code = questionView("demo", demoQuiz.questions[3]!, 4, 5);
    assert.equal(code.signature, "double(xs: number[]): number[]");
    assert.equal(
      code.instructions,
      "Answer with your function; it is checked against the library on 6 cases.",
    );
    assert.match(renderQuestionText(code), /\n {4}double\(xs: number\[\]\): number\[\]\n/);
    assert.match(renderQuestionHtml(code), /<pre>double\(xs: number\[\]\): number\[\]<\/pre>/);
  });

  it("fingerprints what the learner sees", () => {
    const [a, b] = demoQuiz.questions;
    assert.match(questionFingerprint(a!), /^[0-9a-f]{16}$/);
    assert.notEqual(questionFingerprint(a!), questionFingerprint(b!));
    assert.equal(questionFingerprint(a!), questionFingerprint({ ...a! }));
    assert.notEqual(questionFingerprint(a!), questionFingerprint({ ...a!, stem: "changed" }));
  });
});
