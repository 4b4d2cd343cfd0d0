import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openQuiz } from "../../src/quiz/open-quiz";
import type { QuizContent } from "../../src/quiz/quiz-output";
import { ensureBuilt, root } from "../support/build";
import { demoQuiz } from "../support/demo-quiz";

describe("openQuiz", () => {
  let dir: string;
  let shown: QuizContent[];
  const output = { show: (c: QuizContent) => shown.push(c) };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-open-"));
    shown = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("opens a course quiz by name, introduces it and saves progress in the given folder", async () => {
    const quiz = await openQuiz("study-questions", { progressDir: dir, output });
    assert.equal(quiz.size, 20);
    assert.match(
      shown[0]?.text ?? "",
      /^Siamese networks: study questions \(study-questions\): 20 questions, 20 points\./,
    );
    quiz.answer(6, ["A", "D"]);
    assert.match(shown[1]?.text ?? "", /Question 6: 1 of 1 point \(attempt 1\)\./);
    assert.ok(fs.existsSync(path.join(dir, "study-questions.json")));
    const again = await openQuiz("study-questions", { progressDir: dir, output });
    assert.equal(again.progressOf(6)?.bestScore, 1);
  });

  it("reads the folder from SIAMESE_LAB_PROGRESS_DIR by default", async () => {
    const previous = process.env["SIAMESE_LAB_PROGRESS_DIR"];
    process.env["SIAMESE_LAB_PROGRESS_DIR"] = dir;
    try {
      const quiz = await openQuiz(demoQuiz, { output, quiet: true });
      assert.equal(quiz.progressFile, path.join(dir, "demo.json"));
      assert.deepEqual(shown, [], "quiet: no introduction");
    } finally {
      if (previous === undefined) delete process.env["SIAMESE_LAB_PROGRESS_DIR"];
      else process.env["SIAMESE_LAB_PROGRESS_DIR"] = previous;
    }
  });

  it("shows notices even when quiet, and can keep progress in memory", async () => {
    fs.writeFileSync(path.join(dir, "demo.json"), "{ broken");
    await openQuiz(demoQuiz, { progressDir: dir, output, quiet: true });
    assert.equal(shown.length, 1);
    assert.match(shown[0]?.text ?? "", /could not be read/);
    const memory = await openQuiz(demoQuiz, { progressDir: false, output });
    assert.equal(memory.progressFile, undefined);
  });

  it("passes the scoring override on", async () => {
    const quiz = await openQuiz(demoQuiz, {
      progressDir: false,
      output,
      multipleScoring: "partial",
    });
    const outcome = quiz.submit(2, ["A"]);
    assert.ok(outcome.status === "graded");
    assert.equal(outcome.score, 0.5);
  });

  it("fails clearly for an unknown quiz", async () => {
    await assert.rejects(
      openQuiz("no-such-quiz", { progressDir: false, output }),
      /no quiz called "no-such-quiz"/,
    );
  });
});

describe("openQuiz from the built package (dist/, as notebooks import it)", function () {
  this.timeout(120_000);
  it("finds the quiz modules in dist/quizzes and grades there", function () {
    this.timeout(180_000);
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-dist-"));
    try {
      const script = [
        'const lab = require("siamese-lab");',
        'const { listQuizzes } = require("siamese-lab/quiz");',
        "const shown = [];",
        "lab.openQuiz('architecture', { progressDir: process.argv[1], output: { show: (c) => shown.push(c.text) } })",
        "  .then((quiz) => {",
        "    const outcome = quiz.submit(5, 24 / 65);",
        "    console.log(JSON.stringify({ quizzes: listQuizzes(), id: quiz.id, score: outcome.score }));",
        "  });",
      ].join("\n");
      const result = spawnSync(process.execPath, ["-e", script, dir], {
        cwd: path.join(root, "notebooks"),
        encoding: "utf8",
        timeout: 60_000,
      });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, "");
      const parsed = JSON.parse(result.stdout) as { quizzes: string[]; id: string; score: number };
      assert.equal(parsed.quizzes.length, 7);
      assert.equal(parsed.id, "01-architecture");
      assert.equal(parsed.score, 1);
      assert.ok(fs.existsSync(path.join(dir, "01-architecture.json")));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
