import { strict as assert } from "node:assert";
import type { ProgressRow } from "../../src/quiz/collect-progress";
import { progressRowsToCsv } from "../../src/quiz/progress-csv";

describe("progressRowsToCsv", () => {
  it("writes a header and one line per row, quoting what needs it", () => {
    const rows: ProgressRow[] = [
      {
        learner: "ada",
        quiz: "study-questions",
        question: 6,
        label: "multiple answers",
        score: 1,
        points: 1,
        attempts: 2,
        status: "correct",
        answeredAt: "2024-01-01T00:00:00.000Z",
      },
      {
        learner: "o'brien, pat",
        quiz: "demo",
        question: 5,
        label: "multiple answers",
        score: 2 / 3,
        points: 3,
        attempts: 0,
        status: "unanswered",
        answeredAt: "",
      },
    ];
    assert.equal(
      progressRowsToCsv(rows),
      [
        "learner,quiz,question,kind,score,points,attempts,status,answered_at",
        "ada,study-questions,6,multiple answers,1,1,2,correct,2024-01-01T00:00:00.000Z",
        '"o\'brien, pat",demo,5,multiple answers,0.67,3,0,unanswered,',
        "",
      ].join("\n"),
    );
    assert.equal(
      progressRowsToCsv([]),
      "learner,quiz,question,kind,score,points,attempts,status,answered_at\n",
    );
  });
});
