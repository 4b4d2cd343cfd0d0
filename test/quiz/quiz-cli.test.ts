import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { runQuizCli } from "../../src/quiz/quiz-cli";

const root = path.resolve(__dirname, "../..");
const demoPath = path.resolve(__dirname, "../support/demo-quiz.ts");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with `input` as a (non-TTY) standard input. */
async function cli(args: string[], input = "", directory = root): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runQuizCli(args, { stdin: Readable.from([input]), stdout, stderr, directory });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("runQuizCli", function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-cli-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(name: string, content: unknown): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  }

  it("prints usage, and rejects unknown commands and options with exit code 2", async () => {
    const help = await cli(["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: npm run quiz -- <command>/);
    const none = await cli([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^quiz: name a quiz or a command/);
    assert.equal((await cli(["study-questions", "--bogus"])).code, 2);
    assert.equal((await cli(["grade"])).code, 2);
    const unknown = await cli(["no-such-quiz", "--no-save"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no quiz called "no-such-quiz"; available: 01-architecture/);
  });

  it("lists the quizzes", async () => {
    const list = await cli(["list"]);
    assert.equal(list.code, 0);
    assert.match(
      list.stdout,
      /^01-architecture +Lesson 1: the Siamese architecture \(6 questions\)$/m,
    );
    assert.match(
      list.stdout,
      /^study-questions +Siamese networks: study questions \(20 questions\)$/m,
    );
  });

  it("grades an answers file (exit 0) and explains a malformed one (exit 1)", async () => {
    const good = write("ada.json", {
      quiz: "study-questions",
      learner: "ada",
      answers: { "1": "B", "6": ["A", "D"], "11": "B" },
    });
    const graded = await cli(["grade", good]);
    assert.equal(graded.code, 0);
    assert.match(
      graded.stdout,
      /^Answers of ada \(.*ada\.json\)\nSiamese networks: study questions \(study-questions\): 2 of 20 points \(10%\), 3 of 20 questions answered\./,
    );
    assert.match(graded.stdout, /^11  multiple answers  1       0      wrong$/m);
    const partial = await cli(["grade", good, "--partial"]);
    assert.match(partial.stdout, /2\.5 of 20 points/);
    const json = await cli(["grade", good, "--json"]);
    const report = JSON.parse(json.stdout) as {
      learner: string;
      score: number;
      questions: unknown[];
    };
    assert.deepEqual([report.learner, report.score, report.questions.length], ["ada", 2, 20]);
    const broken = write("broken.json", '{"quiz": "study-questions", "answers": {"1": "B",}}');
    const malformed = await cli(["grade", broken]);
    assert.equal(malformed.code, 1);
    assert.equal(malformed.stdout, "");
    assert.match(malformed.stderr, /^quiz grade: .*broken\.json is malformed: not valid JSON/);
    const wrongShape = await cli([
      "grade",
      write("shape.json", { quiz: "study-questions", answers: { "21": "A" } }),
    ]);
    assert.equal(wrongShape.code, 1);
    assert.match(wrongShape.stderr, /question 21 does not exist \("study-questions" has 1 to 20\)/);
  });

  it("exports the grades of a folder of answers files as CSV", async () => {
    const folder = path.join(dir, "answers");
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, "ada.json"),
      JSON.stringify({ quiz: "study-questions", answers: { "1": "B" } }),
    );
    fs.writeFileSync(
      path.join(folder, "bob.json"),
      JSON.stringify({ quiz: "study-questions", learner: "Bob", answers: { "1": "A", "2": "A" } }),
    );
    fs.writeFileSync(path.join(folder, "notes.txt"), "not an answers file");
    const run = await cli(["export", "answers", "--out", "grades.csv"], "", dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, "Wrote 2 rows to grades.csv.\n");
    const lines = fs.readFileSync(path.join(dir, "grades.csv"), "utf8").trimEnd().split("\n");
    assert.equal(lines.length, 3);
    assert.match(
      lines[0] ?? "",
      /^file,learner,quiz,status,score,points,percent,q1,q2,.*,q20,message$/,
    );
    assert.match(lines[1] ?? "", /^answers\/ada\.json,ada,study-questions,graded,1,20,5,1,0,/);
    assert.match(lines[2] ?? "", /^answers\/bob\.json,Bob,study-questions,graded,1,20,5,0,1,/);
    fs.writeFileSync(path.join(folder, "zed.json"), "{");
    const withBad = await cli(["export", "answers"], "", dir);
    assert.equal(withBad.code, 1);
    assert.match(withBad.stdout, /^answers\/zed\.json,,,malformed,/m);
    assert.match(withBad.stderr, /quiz export: answers\/zed\.json is malformed: not valid JSON/);
  });

  it("collects every learner's saved progress into one private CSV", async () => {
    const homes = path.join(dir, "home");
    for (const [learner, answer] of [
      ["ada", "B"],
      ["bob", "A"],
    ] as const) {
      const taken = await cli(
        ["study-questions", "--progress-dir", `home/${learner}/.siamese-lab/progress`],
        `${answer}\nquit\n`,
        dir,
      );
      assert.equal(taken.code, 0, taken.stderr);
    }
    fs.mkdirSync(path.join(homes, "teacher"));
    const run = await cli(["collect", "home", "--out", "grades.csv"], "", dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Wrote \d+ rows for 2 learners to grades\.csv\.\n$/);
    const csv = path.join(dir, "grades.csv");
    assert.equal(fs.statSync(csv).mode & 0o777, 0o600);
    const lines = fs.readFileSync(csv, "utf8").trimEnd().split("\n");
    assert.equal(lines[0], "learner,quiz,question,kind,score,points,attempts,status,answered_at");
    const first = lines.filter((l) => l.includes(",study-questions,1,"));
    assert.equal(first.length, 2);
    assert.match(first[0]!, /^ada,study-questions,1,single choice,1,1,1,correct,\d{4}-/);
    assert.match(first[1]!, /^bob,study-questions,1,single choice,0,1,1,wrong,\d{4}-/);
    assert.equal(new Set(lines.slice(1).map((l) => l.split(",")[0])).size, 2, "no teacher rows");

    const nobody = await cli(["collect", "."], "", dir);
    assert.equal(nobody.code, 0);
    assert.match(
      nobody.stderr,
      /quiz collect: no learner found in .* \(a learner's home has a \.siamese-lab folder\)/,
    );
    const missing = await cli(["collect", "no-such-folder"], "", dir);
    assert.equal(missing.code, 2);
    assert.match(
      missing.stderr,
      /quiz: collectProgress: cannot list the home folders in .*no-such-folder/,
    );
  });

  it("prints sealed questions from an answer key file", async () => {
    const run = await cli(["seal", "test/fixtures/quiz-keys/02-triplet-loss.json"]);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^\/\/ Sealed from 02-triplet-loss\.json/);
    assert.equal(run.stdout.match(/choiceQuestion\(\{/g)?.length, 4);
    assert.ok(!run.stdout.includes("max(-0.4, 0) = 0"), "explanations are sealed");
    const source = fs.readFileSync(path.join(root, "quizzes/02-triplet-loss.ts"), "utf8");
    for (const line of run.stdout.split("\n").filter((l) => l.includes('"v1.'))) {
      assert.ok(source.includes(line.trim()), "the quiz module holds what the seal tool prints");
    }
  });

  it("takes a quiz from piped input: letters, numbers and code, invalid answers re-asked", async () => {
    const input = ["B", "A E", "A, C", "1.4", "(xs) => xs.map((x) => x * 2)", "quit", ""].join(
      "\n",
    );
    const run = await cli([demoPath, "--progress-dir", dir, "--partial"], input);
    assert.equal(run.code, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, /Question 1 of 5 \(single choice, 1 point\)\n2 \+ 2 = \?/);
    assert.match(
      out,
      /Your answer: B\nQuestion 1: 1 of 1 point \(attempt 1\)\.\n  ✓ B\) 4\n {6}Right: two and two make four\./,
    );
    assert.match(
      out,
      /Your answer: A E\nQuestion 2: not graded: E is not an option; choose from A to D\. \(This did not count as an attempt\.\)\nYour answer: A, C\nQuestion 2: 1 of 1 point \(attempt 1\)/,
    );
    assert.match(
      out,
      /Your number: 1\.4\nQuestion 3: 0 of 1 point \(attempt 1\)\.\n  ✗ 1\.4 is not within 0\.001\.\n {6}Hint: It is between 1\.4 and 1\.5\./,
    );
    assert.match(
      out,
      /Your function \(one line of JavaScript, or @file\.js\): \(xs\) => xs\.map\(\(x\) => x \* 2\)\nQuestion 4: 2 of 2 points \(attempt 1\)\.\n  ✓ All 6 cases match the library\./,
    );
    assert.match(out, /Demo quiz \(demo\): 4 of 8 points \(50%\), 4 of 5 questions answered\./);
    const progress = JSON.parse(fs.readFileSync(path.join(dir, "demo.json"), "utf8")) as {
      questions: Record<string, { attempts: number }>;
    };
    assert.deepEqual(Object.keys(progress.questions), ["1", "2", "3", "4"]);
    assert.equal(progress.questions["2"]?.attempts, 1, "the invalid answer was not counted");

    const resumed = await cli(
      [demoPath, "--progress-dir", dir, "--save-answers", "mine.json", "--learner", "ada"],
      "1.4142\n\n",
      dir,
    );
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, /Restored your progress: 4 answered, 4 of 8 points\./);
    assert.ok(
      !/Question 1 of 5/.test(resumed.stdout),
      "questions with full points are not asked again",
    );
    assert.match(resumed.stdout, /Question 3: 1 of 1 point \(attempt 2\)/);
    assert.match(resumed.stdout, /Skipped question 5\./);
    assert.match(resumed.stdout, /Saved 4 answers to .*mine\.json\./);
    const answers = JSON.parse(fs.readFileSync(path.join(dir, "mine.json"), "utf8")) as {
      learner: string;
      answers: Record<string, unknown>;
    };
    assert.equal(answers.learner, "ada");
    assert.equal(answers.answers["3"], 1.4142);
    const regraded = await cli(["grade", path.join(dir, "mine.json")]);
    assert.equal(regraded.code, 1, "the demo quiz is not a course quiz: grade cannot find it");
    assert.match(regraded.stderr, /is malformed: no quiz called "demo"/);
  });

  it("reads code from a file, stops at the end of input, and says when nothing is left", async () => {
    write("double.js", "export function double(xs) {\n  return xs.map((x) => x + x);\n}\n");
    const run = await cli([demoPath, "--no-save", "--all"], "B\nA C\n1.4142\n@double.js\n", dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Question 4: 2 of 2 points/);
    assert.match(run.stdout, /\(end of input\)/);
    assert.match(run.stdout, /Progress is not saved\./);
    const missing = await cli([demoPath, "--no-save"], "B\nA C\n1.4142\n@nope.js\n\n", dir);
    assert.match(missing.stdout, /Cannot read nope\.js: Error: ENOENT/);
    await cli(
      [demoPath, "--progress-dir", dir],
      "B\nA C\n1.4142\n(xs) => xs.map((x) => 2 * x)\nA B C\n",
    );
    const done = await cli([demoPath, "--progress-dir", dir], "");
    assert.match(
      done.stdout,
      /Every question already has full points; use --all or --restart to answer again\./,
    );
    const restarted = await cli([demoPath, "--progress-dir", dir, "--restart"], "quit\n");
    assert.match(restarted.stdout, /Progress of "Demo quiz" cleared\./);
    assert.match(restarted.stdout, /Question 1 of 5/);
  });
});

describe("npm run quiz (spawned, standard input a pipe, no TTY)", function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-npm-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("asks the study questions and grades piped answers", () => {
    const result = spawnSync("npm", ["run", "--silent", "quiz", "--", "study-questions"], {
      cwd: root,
      input: "B\nA\nA B\nB\n\nB\nA D\nquit\n",
      encoding: "utf8",
      env: { ...process.env, SIAMESE_LAB_PROGRESS_DIR: dir },
      timeout: 120_000,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, "", "nothing on standard error");
    const out = result.stdout;
    assert.match(
      out,
      /^Siamese networks: study questions \(study-questions\): 20 questions, 20 points\./,
    );
    assert.match(out, /Your answer: B\nQuestion 1: 1 of 1 point/);
    assert.match(
      out,
      /Your answer: A B\nQuestion 3: not graded: this question has exactly one answer/,
    );
    assert.match(
      out,
      /Your answer: B\nQuestion 3: 0 of 1 point \(attempt 1\)\.\n  ✗ B\) Because they reduce the dimensionality of input data\n {6}Dimensionality reduction is not the main reason\./,
    );
    assert.match(out, /Skipped question 4\./);
    assert.match(out, /Your answer: B\nQuestion 5: 1 of 1 point/);
    assert.match(
      out,
      /Your answer: A D\nQuestion 6: 1 of 1 point \(attempt 1\)\.\n  ✓ A\) It requires three inputs/,
    );
    assert.match(
      out,
      /Your answer: quit\n\nSiamese networks: study questions \(study-questions\): 4 of 20 points \(20%\), 5 of 20 questions answered\./,
    );
    assert.ok(fs.existsSync(path.join(dir, "study-questions.json")));
  });

  it("exits non-zero with the reason on a malformed answers file", () => {
    const file = path.join(dir, "answers.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ quiz: "study-questions", answers: { "1": { letter: "B" } } }),
    );
    const result = spawnSync("npm", ["run", "--silent", "quiz", "--", "grade", file], {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /is malformed: the answer to question 1 must be letters, a finite number or code text/,
    );
  });
});
