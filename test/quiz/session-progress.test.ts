import { strict as assert } from "node:assert";
import type { QuestionAttempt } from "../../src/quiz/question-attempt";
import { questionFingerprint } from "../../src/quiz/question-view";
import type { QuizQuestion } from "../../src/quiz/quiz-types";
import { SessionProgress } from "../../src/quiz/session-progress";
import { demoQuiz } from "../support/demo-quiz";

function attempt(number: number, score: number, response: string): QuestionAttempt {
  const question = demoQuiz.questions[number - 1] as QuizQuestion;
  return { fingerprint: questionFingerprint(question), score, response, answeredAt: "t" };
}

describe("SessionProgress", () => {
  it("keeps the best score, counts attempts and totals them", () => {
    const progress = new SessionProgress(demoQuiz);
    progress.record(1, attempt(1, 0, "A"), false);
    progress.record(1, attempt(1, 1, "B"), false);
    progress.record(5, attempt(5, 2, "AB"), false);
    assert.equal(progress.get(1)?.attempts, 2);
    assert.equal(progress.get(1)?.bestScore, 1);
    assert.deepEqual(progress.totals(), { score: 3, points: 8, answered: 2, questions: 5 });
    assert.deepEqual(
      progress.report().questions.map((q) => q.status),
      ["correct", "unanswered", "unanswered", "unanswered", "partial"],
    );
    assert.deepEqual(progress.bestResponses(), { "1": "B", "5": "AB" });
    assert.deepEqual(progress.pending, [], "attempts not to save are not pending");
  });

  it("restores saved answers to unchanged questions only and names the others", () => {
    const progress = new SessionProgress(demoQuiz);
    const entry = {
      fingerprint: attempt(1, 1, "B").fingerprint,
      attempts: 1,
      bestScore: 1,
      lastScore: 1,
      bestResponse: "B",
      lastResponse: "B",
      answeredAt: "t",
    };
    const dropped = progress.restore({
      quiz: demoQuiz.id,
      questions: { "1": entry, "2": { ...entry, fingerprint: "old" }, "9": entry },
    });
    assert.deepEqual(dropped, ["2", "9"]);
    assert.equal(progress.answered, 1);
  });

  it("keeps pending attempts on top of saved progress until a save has them", () => {
    const progress = new SessionProgress(demoQuiz);
    progress.record(1, attempt(1, 1, "B"), true);
    assert.equal(progress.pending.length, 1);
    progress.mergeSaved({ quiz: demoQuiz.id, questions: {} });
    assert.equal(progress.get(1)?.bestScore, 1, "a pending attempt survives a re-read");
    progress.replaceWithSaved({ quiz: demoQuiz.id, questions: {} });
    assert.equal(progress.get(1), undefined);
    assert.deepEqual(progress.pending, []);
  });
});
