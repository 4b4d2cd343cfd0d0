import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectProgress, PROGRESS_SUBFOLDER } from "../../src/quiz/collect-progress";
import { QuizSession } from "../../src/quiz/quiz-session";
import { progressFilePath } from "../../src/quiz/progress-store";
import { DEMO_ID, DEMO_RIGHT_ANSWERS, demoQuiz } from "../support/demo-quiz";

const silent = { show: () => undefined };

describe("collectProgress", function () {
  this.timeout(60_000);
  let homes: string;
  beforeEach(() => {
    homes = fs.mkdtempSync(path.join(os.tmpdir(), "collect-progress-"));
  });
  afterEach(() => fs.rmSync(homes, { recursive: true, force: true }));

  /** A learner's home with a session of the demo quiz saved in it. */
  function session(learner: string): QuizSession {
    const dir = path.join(homes, learner, PROGRESS_SUBFOLDER);
    return new QuizSession(demoQuiz, {
      progressFile: progressFilePath(dir, DEMO_ID),
      output: silent,
    });
  }

  it("gives one row per learner and question, scored as the learner sees it", () => {
    const ada = session("ada");
    ada.submit(1, "A");
    ada.submit(1, "B");
    ada.submit(2, DEMO_RIGHT_ANSWERS["2"]);
    session("bob").submit(5, ["A", "B"]);
    fs.mkdirSync(path.join(homes, "cy", ".siamese-lab"), { recursive: true }); // answered nothing
    fs.mkdirSync(path.join(homes, "teacher")); // not a learner: no .siamese-lab folder

    const collected = collectProgress([homes], { quizzes: [demoQuiz] });
    assert.deepEqual(collected.learners, ["ada", "bob", "cy"]);
    assert.deepEqual(collected.problems, []);
    assert.equal(collected.rows.length, 3 * demoQuiz.questions.length);
    const row = (learner: string, question: number) =>
      collected.rows.find((r) => r.learner === learner && r.question === question)!;
    assert.deepEqual(
      { ...row("ada", 1), answeredAt: "" },
      {
        learner: "ada",
        quiz: DEMO_ID,
        question: 1,
        label: "single choice",
        score: 1,
        points: 1,
        attempts: 2,
        status: "correct",
        answeredAt: "",
      },
    );
    assert.match(row("ada", 1).answeredAt, /^\d{4}-\d\d-\d\dT/);
    assert.equal(row("ada", 2).status, "correct");
    assert.deepEqual(
      [row("ada", 3).status, row("ada", 3).attempts, row("ada", 3).answeredAt],
      ["unanswered", 0, ""],
    );
    // Question 5 is partial credit, 3 points: two of the three letters.
    assert.deepEqual([row("bob", 5).score, row("bob", 5).points], [2, 3]);
    assert.equal(row("bob", 5).status, "partial");
    assert.ok(collected.rows.filter((r) => r.learner === "cy").every((r) => r.attempts === 0));
  });

  it("drops answers to questions changed since, as the learner's session does", () => {
    session("ada").submit(1, "B");
    const file = progressFilePath(path.join(homes, "ada", PROGRESS_SUBFOLDER), DEMO_ID);
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as {
      questions: Record<string, { fingerprint: string }>;
    };
    saved.questions["1"]!.fingerprint = "an older question text";
    fs.writeFileSync(file, JSON.stringify(saved));
    const collected = collectProgress([homes], { quizzes: [demoQuiz] });
    assert.equal(collected.rows[0]!.status, "unanswered");
    assert.equal(collected.rows[0]!.attempts, 0);
  });

  it("reports a damaged progress file without touching it, and goes on", () => {
    session("bob").submit(1, "B");
    const file = progressFilePath(path.join(homes, "ada", PROGRESS_SUBFOLDER), DEMO_ID);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "{ cut short");
    const collected = collectProgress([homes], { quizzes: [demoQuiz] });
    assert.deepEqual(collected.learners, ["ada", "bob"]);
    assert.equal(collected.problems.length, 1);
    assert.equal(collected.problems[0]!.learner, "ada");
    assert.equal(collected.problems[0]!.file, file);
    assert.match(collected.problems[0]!.message, /^damaged: not valid JSON/);
    assert.equal(fs.readFileSync(file, "utf8"), "{ cut short", "the file is left as it was");
    assert.deepEqual([...new Set(collected.rows.map((r) => r.learner))], ["bob"]);
  });

  it("says to collect as root when a learner's progress is private to them", function () {
    if (process.getuid?.() !== 0) this.skip(); // needs root to run a reader as another user
    session("ada").submit(1, "B");
    fs.chmodSync(homes, 0o755); // the folder of homes is listable, as /home is
    const source = path.resolve(__dirname, "../../src/quiz/collect-progress.ts");
    const nobody = spawnSync(
      "setpriv",
      [
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        process.execPath,
        "-r",
        "tsx/cjs",
        "-e",
        `const { collectProgress } = require(${JSON.stringify(source)});
         const quiz = { id: "demo", questions: [] };
         const { problems } = collectProgress([${JSON.stringify(homes)}], { quizzes: [quiz] });
         process.stdout.write(JSON.stringify(problems));`,
      ],
      { encoding: "utf8", cwd: path.resolve(__dirname, "../..") },
    );
    assert.equal(nobody.status, 0, nobody.stderr);
    const problems = JSON.parse(nobody.stdout) as { learner: string; message: string }[];
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.learner, "ada");
    assert.match(problems[0]!.message, /permission denied: .*collect as root/);
  });

  it("rejects a missing list of homes and names a folder it cannot list", () => {
    assert.throws(
      () => collectProgress([]),
      /collectProgress: argument 'homes' must be a non-empty list of folder paths/,
    );
    const missing = path.join(homes, "no-such-folder");
    assert.throws(
      () => collectProgress([missing], { quizzes: [demoQuiz] }),
      new RegExp(`collectProgress: cannot list the home folders in ${missing}`),
    );
  });
});
