import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gradeAnswers, gradeAnswersFile } from "../../src/quiz/grade-answers-file";
import { DEMO_RIGHT_ANSWERS, demoQuiz } from "../support/demo-quiz";

const loadQuiz = (name: string) => {
  if (name !== "demo")
    throw new Error(`loadQuizDefinition: no quiz called "${name}"; available: demo`);
  return demoQuiz;
};

describe("gradeAnswers / gradeAnswersFile", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-grade-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: unknown): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  }

  it("gives full points to right answers", () => {
    const graded = gradeAnswers(demoQuiz, { quiz: "demo", answers: DEMO_RIGHT_ANSWERS });
    assert.ok(graded.ok);
    assert.deepEqual([graded.value.score, graded.value.points, graded.value.answered], [8, 8, 5]);
    assert.ok(graded.value.questions.every((q) => q.status === "correct" && q.attempts === 1));
  });

  it("scores wrong, partial, invalid and missing answers and says why", () => {
    const graded = gradeAnswers(
      demoQuiz,
      {
        quiz: "demo",
        answers: { "1": "E", "2": ["A"], "3": 2, "4": "(xs) => xs", "5": ["A", "B"] },
      },
      { multipleScoring: "partial" },
    );
    assert.ok(graded.ok);
    const rows = graded.value.questions;
    assert.deepEqual(
      rows.map((q) => q.status),
      ["wrong", "partial", "wrong", "wrong", "partial"],
    );
    assert.deepEqual(
      rows.map((q) => q.score),
      [0, 0.5, 0, 0, 2],
    );
    assert.equal(rows[0]?.detail, "answer not accepted: E is not an option; choose from A to D.");
    assert.match(
      rows[3]?.detail ?? "",
      /^Case 1 of 6 failed \(a hand-picked case\)\.\nInputs: xs = \[1, 2\]/,
    );
    const missing = gradeAnswers(demoQuiz, { quiz: "demo", answers: {} });
    assert.ok(missing.ok);
    assert.ok(missing.value.questions.every((q) => q.status === "unanswered" && q.attempts === 0));
  });

  it("rejects answers for another quiz or for questions it does not have", () => {
    const other = gradeAnswers(demoQuiz, { quiz: "x", answers: {} });
    assert.deepEqual(other, { ok: false, message: 'the answers are for quiz "x", not "demo"' });
    const beyond = gradeAnswers(demoQuiz, { quiz: "demo", answers: { "6": "A" } });
    assert.deepEqual(beyond, {
      ok: false,
      message: 'question 6 does not exist ("demo" has 1 to 5)',
    });
  });

  it("grades a file, naming the learner by the file when it does not say", () => {
    const named = gradeAnswersFile(
      write("a.json", { quiz: "demo", learner: "ada", answers: { "1": "B" } }),
      { loadQuiz },
    );
    assert.ok(named.ok);
    assert.deepEqual([named.learner, named.report.score], ["ada", 1]);
    const unnamed = gradeAnswersFile(write("grace.json", { quiz: "demo", answers: {} }), {
      loadQuiz,
    });
    assert.ok(unnamed.ok && unnamed.learner === "grace");
  });

  it("never throws on a bad file: it returns the reason", () => {
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing.json"), /cannot read the file \(Error: ENOENT/],
      [
        (() => {
          const file = path.join(dir, "latin1.json");
          fs.writeFileSync(
            file,
            Buffer.from('{"quiz": "demo", "answers": {"4": "caf\xe9"}}', "latin1"),
          );
          return file;
        })(),
        /^the file is not valid UTF-8: line 1, column 39 holds bytes that are not UTF-8/,
      ],
      [write("broken.json", '{"quiz": '), /not valid JSON/],
      [
        write("unknown.json", { quiz: "nope", answers: {} }),
        /^no quiz called "nope"; available: demo$/,
      ],
      [write("beyond.json", { quiz: "demo", answers: { "9": "A" } }), /question 9 does not exist/],
    ];
    for (const [file, reason] of cases) {
      const graded = gradeAnswersFile(file, { loadQuiz });
      assert.ok(!graded.ok, file);
      assert.match(graded.message, reason);
      assert.equal(graded.file, file);
    }
  });
});
