import { strict as assert } from "node:assert";
import { csvField, gradesToCsv } from "../../src/quiz/grades-csv";
import { gradeAnswers } from "../../src/quiz/grade-answers-file";
import { demoQuiz } from "../support/demo-quiz";

describe("gradesToCsv", () => {
  it("quotes fields only when needed", () => {
    assert.equal(csvField("plain"), "plain");
    assert.equal(csvField('say "hi", then go'), '"say ""hi"", then go"');
    assert.equal(csvField("two\nlines"), '"two\nlines"');
  });

  it("writes one row per file with per-question scores and reasons", () => {
    const graded = gradeAnswers(demoQuiz, {
      quiz: "demo",
      answers: { "1": "B", "2": "E", "4": "(xs) => xs" },
    });
    assert.ok(graded.ok);
    const csv = gradesToCsv([
      { ok: true, file: "answers/ada.json", learner: "Ada, L.", report: graded.value },
      { ok: false, file: "answers/bad.json", message: 'not valid JSON ("x")' },
    ]);
    assert.equal(
      csv,
      [
        "file,learner,quiz,status,score,points,percent,q1,q2,q3,q4,q5,message",
        'answers/ada.json,"Ada, L.",demo,graded,1,8,12.5,1,0,0,0,0,q2: answer not accepted: E is not an option; choose from A to D.; q4: Case 1 of 6 failed (a hand-picked case).',
        'answers/bad.json,,,malformed,,,,,,,,,"not valid JSON (""x"")"',
        "",
      ].join("\n"),
    );
  });

  it("writes just the header for no files", () => {
    assert.equal(gradesToCsv([]), "file,learner,quiz,status,score,points,percent,message\n");
  });
});
