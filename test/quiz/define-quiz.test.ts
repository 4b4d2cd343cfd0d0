import { strict as assert } from "node:assert";
import {
  choiceQuestion,
  codeExercise,
  defineQuiz,
  numericQuestion,
} from "../../src/quiz/define-quiz";
import { sealChoiceQuestion } from "../../src/quiz/seal-choice-question";
import { demoQuiz } from "../support/demo-quiz";

const sealed = sealChoiceQuestion("t", {
  stem: "Pick B",
  options: ["x", "y"],
  correct: ["B"],
  explanations: ["no", "yes"],
});

describe("defineQuiz and the question builders", () => {
  it("fills defaults and freezes the quiz", () => {
    assert.ok(Object.isFrozen(demoQuiz));
    assert.ok(Object.isFrozen(demoQuiz.questions));
    const code = demoQuiz.questions[3];
    assert.ok(code?.kind === "code");
    assert.equal(code.points, 2);
    const q = choiceQuestion({ ...sealed, select: "one" });
    assert.deepEqual([q.scoring, q.points], ["all-or-nothing", 1]);
    const n = numericQuestion({
      stem: "n",
      tolerance: { relative: 0.1 },
      answerKey: () => 1,
      explanation: "one",
    });
    assert.equal(n.explanation(1), "one");
    assert.equal(n.hint, undefined);
  });

  it("accepts a sealed question printed by the seal tool", () => {
    const quiz = defineQuiz({ id: "t", title: "T", questions: [choiceQuestion(sealed)] });
    assert.equal(quiz.questions.length, 1);
  });

  it("rejects bad ids, titles, empty quizzes and broken questions, naming the field", () => {
    const ok = { id: "t", title: "T", questions: [sealed] };
    assert.throws(() => defineQuiz({ ...ok, id: "Bad Id" }), /argument 'id'/);
    assert.throws(() => defineQuiz({ ...ok, title: " " }), /argument 'title'/);
    assert.throws(() => defineQuiz({ ...ok, questions: [] }), /argument 'questions'/);
    assert.throws(
      () => defineQuiz({ ...ok, questions: [{ ...sealed, stem: "" }] }),
      /'questions\[0\].stem'/,
    );
    assert.throws(
      () => defineQuiz({ ...ok, questions: [{ ...sealed, points: -1 }] }),
      /'questions\[0\].points'/,
    );
    assert.throws(
      () => defineQuiz({ ...ok, questions: [{ ...sealed, keyHash: "0".repeat(64) }] }),
      /'questions\[0\]' must be a question whose sealed feedback agrees with its key hash/,
    );
    assert.throws(
      () => defineQuiz({ ...ok, questions: [{ ...sealed, feedback: sealed.feedback.slice(1) }] }),
      /'questions\[0\].feedback'/,
    );
    const many = sealChoiceQuestion("t", {
      stem: "two",
      options: ["x", "y"],
      correct: ["A", "B"],
      explanations: ["", ""],
    });
    assert.throws(
      () => defineQuiz({ ...ok, questions: [{ ...many, select: "one" }] }),
      /'questions\[0\].select'/,
    );
    assert.throws(
      () =>
        defineQuiz({
          ...ok,
          questions: [
            numericQuestion({ stem: "n", tolerance: {}, answerKey: () => 1, explanation: "" }),
          ],
        }),
      /'questions\[0\].tolerance' must be an absolute or a relative tolerance/,
    );
    const exercise = codeExercise<[number]>({
      stem: "c",
      functionName: "f",
      signature: "f(x)",
      argumentNames: ["x"],
      randomCases: 0,
      makeCase: () => [1],
      reference: (x) => x,
      explanation: "",
    });
    assert.throws(() => defineQuiz({ ...ok, questions: [exercise] }), /at least one case/);
    assert.throws(
      () =>
        defineQuiz({
          ...ok,
          questions: [{ ...exercise, randomCases: 1, functionName: "not a name" }],
        }),
      /'questions\[0\].functionName'/,
    );
  });
});
