import { strict as assert } from "node:assert";
import { questionView } from "../../src/quiz/question-view";
import type { QuizQuestion } from "../../src/quiz/quiz-types";
import {
  changedQuestionsNotice,
  introText,
  messageContent,
  noSuchQuestion,
  notebookHint,
} from "../../src/quiz/session-messages";
import { demoQuiz } from "../support/demo-quiz";

describe("session messages", () => {
  it("hints the notebook call for each kind of question", () => {
    const hints = [1, 2, 3, 4].map((number) => {
      const question = demoQuiz.questions[number - 1] as QuizQuestion;
      return notebookHint(questionView(demoQuiz.id, question, number, 5, undefined), question);
    });
    assert.deepEqual(hints, [
      'quiz.answer(1, "<letter>")',
      'quiz.answer(2, ["<letter>", "<letter>", ...])',
      "quiz.answer(3, <number>)",
      "quiz.answer(4, double)",
    ]);
  });

  it("shows a message as one escaped div a line", () => {
    assert.deepEqual(messageContent("a < b\nc & d"), {
      text: "a < b\nc & d",
      html: "<div>a &lt; b</div><div>c &amp; d</div>",
    });
  });

  it("names a question number that is not one, and accepts one that is", () => {
    for (const number of [0, 6, 1.5, "2", undefined]) {
      assert.equal(
        noSuchQuestion(number, demoQuiz),
        `there is no question ${String(number)}; "Demo quiz" has questions 1 to 5.`,
      );
    }
    assert.equal(noSuchQuestion(1, demoQuiz), undefined);
    assert.equal(noSuchQuestion(5, demoQuiz), undefined);
  });

  it("says which saved answers were dropped, in singular and plural", () => {
    assert.equal(changedQuestionsNotice([]), undefined);
    assert.equal(
      changedQuestionsNotice(["2"]),
      "Question 2 changed since you answered; its saved progress was dropped.",
    );
    assert.equal(
      changedQuestionsNotice(["1", "3"]),
      "Questions 1, 3 changed since you answered; their saved progress was dropped.",
    );
  });

  it("introduces the quiz with what was restored, where it is saved and the notices", () => {
    const totals = { score: 0, points: 8, answered: 0, questions: 5 };
    assert.equal(
      introText({ definition: demoQuiz, totals, savedTo: undefined, notices: [] }),
      "Demo quiz (demo): 5 questions, 8 points.\nProgress is not saved.",
    );
    assert.equal(
      introText({
        definition: demoQuiz,
        totals: { ...totals, score: 1.5, answered: 2 },
        savedTo: "p.json",
        notices: ["A notice."],
      }),
      [
        "Demo quiz (demo): 5 questions, 8 points.",
        "Restored your progress: 2 answered, 1.5 of 8 points.",
        "Progress is saved to p.json.",
        "A notice.",
      ].join("\n"),
    );
  });
});
