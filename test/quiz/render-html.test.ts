import { strict as assert } from "node:assert";
import { questionView } from "../../src/quiz/question-view";
import {
  escapeHtml,
  renderOutcomeHtml,
  renderQuestionHtml,
  renderSummaryHtml,
} from "../../src/quiz/render-html";
import { demoQuiz } from "../support/demo-quiz";

describe("HTML rendering", () => {
  it("escapes text", () => {
    assert.equal(escapeHtml(`a < b & "c" > 'd'`), "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
  });

  it("renders a question card with escaped stem, options and hint", () => {
    const html = renderQuestionHtml(
      questionView("demo", demoQuiz.questions[0]!, 1, 5),
      'quiz.answer(1, "<letter>")',
    );
    assert.match(html, /Question 1 of 5 · single choice · 1 point/);
    assert.match(html, /<b>B\)<\/b> 4<\/div>/);
    assert.match(html, /<code>quiz\.answer\(1, &quot;&lt;letter&gt;&quot;\)<\/code>/);
  });

  it("renders feedback marks, explanations and totals", () => {
    const html = renderOutcomeHtml({
      status: "graded",
      number: 2,
      score: 0,
      points: 1,
      attempt: 1,
      bestScore: 0,
      totals: { score: 0, points: 8, answered: 1, questions: 5 },
      feedback: {
        kind: "choice",
        select: "many",
        scoring: "all-or-nothing",
        missed: 1,
        chosen: [{ letter: "B", text: "3 < 4", correct: false, explanation: "3 is odd." }],
      },
    });
    assert.match(html, /✗<\/span> <b>B\)<\/b> 3 &lt; 4/);
    assert.match(html, /3 is odd\./);
    assert.match(html, /1 correct option was not chosen/);
    assert.match(html, /Score so far: 0 of 8 points/);
    assert.match(
      renderOutcomeHtml({ status: "invalid", number: 1, message: "no <option>" }),
      /not graded\.<\/b> no &lt;option&gt;/,
    );
  });

  it("renders the summary as a table", () => {
    const html = renderSummaryHtml({
      quiz: "demo",
      title: "Demo",
      score: 1,
      points: 2,
      answered: 1,
      questions: [
        { number: 1, label: "numeric", points: 2, score: 1, attempts: 3, status: "partial" },
      ],
    });
    assert.match(html, /<b>Demo<\/b>: 1 of 2 points \(50%\)/);
    assert.match(
      html,
      /<tr><td[^>]*>1<\/td><td[^>]*>numeric<\/td><td[^>]*>2<\/td><td[^>]*>1<\/td><td[^>]*>3<\/td>/,
    );
  });
});
