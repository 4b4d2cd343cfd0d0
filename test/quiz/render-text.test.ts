import { strict as assert } from "node:assert";
import type { AnswerOutcome } from "../../src/quiz/answer-outcome";
import { questionView } from "../../src/quiz/question-view";
import {
  feedbackLines,
  formatPoints,
  renderOutcomeText,
  renderQuestionText,
  renderSummaryText,
  renderTotalsText,
} from "../../src/quiz/render-text";
import { demoQuiz } from "../support/demo-quiz";

const totals = { score: 1.5, points: 8, answered: 2, questions: 5 };

describe("plain-text rendering", () => {
  it("formats points with at most two decimals", () => {
    assert.deepEqual(
      [formatPoints(1), formatPoints(0.5), formatPoints(1 / 3)],
      ["1", "0.5", "0.33"],
    );
  });

  it("renders a question with its options, instructions, progress and hint", () => {
    const view = questionView("demo", demoQuiz.questions[1]!, 2, 5, { attempts: 2, bestScore: 0 });
    assert.equal(
      renderQuestionText(view, 'quiz.answer(2, ["<letter>", ...])'),
      [
        "Question 2 of 5 (multiple answers, 1 point)",
        "Which numbers are even?",
        "  A) 2",
        "  B) 3",
        "  C) 4",
        "  D) 5",
        "Choose all options that apply.",
        "So far: 2 attempts, best score 0 of 1.",
        'Answer with quiz.answer(2, ["<letter>", ...])',
      ].join("\n"),
    );
  });

  it("renders graded answers of each kind and invalid ones", () => {
    const numeric: AnswerOutcome = {
      status: "graded",
      number: 3,
      score: 0,
      points: 1,
      attempt: 1,
      bestScore: 0,
      totals,
      feedback: {
        kind: "numeric",
        value: 1.5,
        withinTolerance: false,
        tolerance: "within 0.001",
        hint: "Between 1.4 and 1.5.",
      },
    };
    assert.equal(
      renderOutcomeText(numeric),
      [
        "Question 3: 0 of 1 point (attempt 1).",
        "  ✗ 1.5 is not within 0.001.",
        "      Hint: Between 1.4 and 1.5.",
        "Score so far: 1.5 of 8 points; 2 of 5 questions answered.",
      ].join("\n"),
    );
    assert.deepEqual(
      feedbackLines({
        kind: "numeric",
        value: 1.4142,
        withinTolerance: true,
        tolerance: "",
        key: Math.SQRT2,
        explanation: "why",
      }),
      ["  ✓ 1.4142 is right (the library gives 1.41421).", "      why"],
    );
    assert.deepEqual(
      feedbackLines({
        kind: "code",
        passed: false,
        casesRun: 2,
        casesTotal: 6,
        failure: "Case 2 of 6 failed.\nInputs: xs = [1]",
      }),
      ["  ✗ Case 2 of 6 failed.\n  Inputs: xs = [1]"],
    );
    assert.deepEqual(
      feedbackLines({ kind: "code", passed: true, casesRun: 6, casesTotal: 6, explanation: "ok" }),
      ["  ✓ All 6 cases match the library.", "      ok"],
    );
    assert.equal(
      renderOutcomeText({
        status: "invalid",
        number: 1,
        message: "E is not an option; choose from A to D.",
      }),
      "Question 1: not graded: E is not an option; choose from A to D. (This did not count as an attempt.)",
    );
    const better: AnswerOutcome = {
      ...numeric,
      bestScore: 1,
      saveError: "progress could not be saved (disk full).",
    };
    assert.match(
      renderOutcomeText(better),
      /best attempt on this question scored 1; that one counts\.\n.*\nWarning: progress could not be saved/,
    );
    assert.equal(
      renderTotalsText({ ...totals, points: 1 }),
      "Score so far: 1.5 of 1 point; 2 of 5 questions answered.",
    );
  });

  it("renders the summary table, with or without attempts", () => {
    const report = {
      quiz: "demo",
      title: "Demo quiz",
      score: 1,
      points: 3,
      answered: 1,
      questions: [
        {
          number: 1,
          label: "single choice" as const,
          points: 1,
          score: 1,
          attempts: 2,
          status: "correct" as const,
        },
        {
          number: 2,
          label: "code" as const,
          points: 2,
          score: 0,
          attempts: 1,
          status: "wrong" as const,
          detail: "Case 1 of 6 failed.\nmore",
        },
      ],
    };
    assert.equal(
      renderSummaryText(report),
      [
        "Demo quiz (demo): 1 of 3 points (33%), 1 of 2 questions answered.",
        "#  kind           points  score  attempts  status",
        "1  single choice  1       1      2         correct",
        "2  code           2       0      1         wrong: Case 1 of 6 failed.",
      ].join("\n"),
    );
    assert.match(
      renderSummaryText(report, { attempts: false }),
      /^#  kind +points  score  status$/m,
    );
  });
});

describe("choice feedback", () => {
  it("counts missed correct options only for multiple-answer questions", () => {
    const base = {
      kind: "choice" as const,
      scoring: "all-or-nothing" as const,
      chosen: [{ letter: "B", text: "3", correct: false, explanation: "3 is odd." }],
      missed: 1,
    };
    assert.deepEqual(feedbackLines({ ...base, select: "one" }), ["  ✗ B) 3", "      3 is odd."]);
    assert.deepEqual(feedbackLines({ ...base, select: "many", missed: 2 }), [
      "  ✗ B) 3",
      "      3 is odd.",
      "  2 correct options were not chosen.",
    ]);
  });
});
