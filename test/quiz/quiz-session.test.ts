import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defineQuiz } from "../../src/quiz/define-quiz";
import type { QuizContent } from "../../src/quiz/quiz-output";
import { QuizSession } from "../../src/quiz/quiz-session";
import { sealChoiceQuestion } from "../../src/quiz/seal-choice-question";
import { parseAnswersFile } from "../../src/quiz/answers-file";
import { DEMO_RIGHT_ANSWERS, demoQuiz } from "../support/demo-quiz";

function collector(): { shown: QuizContent[]; output: { show(c: QuizContent): void } } {
  const shown: QuizContent[] = [];
  return { shown, output: { show: (c) => shown.push(c) } };
}

describe("QuizSession", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-session-"));
    file = path.join(dir, "demo.json");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function open(extra: Partial<ConstructorParameters<typeof QuizSession>[1]> = {}) {
    const sink = collector();
    const session = new QuizSession(demoQuiz, {
      progressFile: file,
      output: sink.output,
      ...extra,
    });
    return { session, shown: sink.shown };
  }

  it("gives full points to every correct answer", () => {
    const { session } = open();
    for (const [number, answer] of Object.entries(DEMO_RIGHT_ANSWERS)) {
      const outcome = session.submit(Number(number), answer);
      assert.ok(outcome.status === "graded", `question ${number}`);
      assert.equal(outcome.score, outcome.points, `question ${number}`);
    }
    assert.deepEqual(session.totals(), { score: 8, points: 8, answered: 5, questions: 5 });
    assert.equal(session.nextQuestion(), undefined);
    assert.deepEqual(
      session.report().questions.map((q) => q.status),
      ["correct", "correct", "correct", "correct", "correct"],
    );
  });

  it("counts graded attempts only, keeps the best score and says which counts", () => {
    const { session } = open();
    const invalid = session.submit(2, ["A", "A"]);
    assert.deepEqual(invalid, {
      status: "invalid",
      number: 2,
      message: "A is given twice; give each letter once.",
    });
    assert.equal(session.progressOf(2), undefined, "an invalid answer is not an attempt");
    const right = session.submit(2, ["A", "C"]);
    const wrong = session.submit(2, ["A"]);
    assert.ok(right.status === "graded" && wrong.status === "graded");
    assert.deepEqual([right.attempt, wrong.attempt], [1, 2]);
    assert.deepEqual([wrong.score, wrong.bestScore], [0, 1]);
    assert.deepEqual(session.progressOf(2)?.bestResponse, ["A", "C"]);
    assert.deepEqual(session.progressOf(2)?.lastResponse, ["A"]);
    assert.equal(session.report().questions[1]?.attempts, 2);
    assert.equal(session.nextQuestion(), 1);
  });

  it("scores partial credit and the override", () => {
    const { session } = open({ multipleScoring: "partial" });
    const q2 = session.submit(2, ["A"]);
    const q5 = session.submit(5, ["A", "D"]);
    assert.ok(q2.status === "graded" && q5.status === "graded");
    assert.equal(q2.score, 0.5);
    assert.equal(q5.score, 0);
    assert.equal(session.report().questions[1]?.status, "partial");
  });

  it("rejects question numbers the quiz does not have", () => {
    const { session, shown } = open();
    for (const number of [0, 6, 1.5, Number.NaN]) {
      const outcome = session.submit(number, "A");
      assert.equal(outcome.status, "invalid");
    }
    session.show(9);
    assert.match(
      shown.at(-1)?.text ?? "",
      /there is no question 9; "Demo quiz" has questions 1 to 5/,
    );
    assert.throws(() => session.view(0), /QuizSession.view: there is no question 0/);
  });

  it("saves after every answer and restores on reopening", () => {
    const first = open().session;
    first.submit(1, "B");
    first.submit(3, 2);
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as {
      questions: Record<string, unknown>;
    };
    assert.deepEqual(Object.keys(saved.questions), ["1", "3"]);
    const { session: second, shown } = open();
    assert.deepEqual(second.notices, []);
    assert.equal(second.progressOf(1)?.bestScore, 1);
    assert.equal(second.progressOf(3)?.attempts, 1);
    second.intro();
    assert.match(shown.at(-1)?.text ?? "", /Restored your progress: 2 answered, 1 of 8 points\./);
    assert.match(shown.at(-1)?.text ?? "", /Progress is saved to .*demo\.json\./);
  });

  it("survives a corrupted progress file: backup, message, fresh start, saving again", () => {
    fs.writeFileSync(file, '{"format": "siamese-lab quiz progress", "vers');
    const { session, shown } = open();
    assert.equal(session.notices.length, 1);
    assert.match(session.notices[0] ?? "", /could not be read \(not valid JSON/);
    session.intro();
    assert.match(shown.at(-1)?.text ?? "", /was kept as/);
    const backups = fs.readdirSync(dir).filter((n) => n.includes(".corrupt-"));
    assert.equal(backups.length, 1);
    session.submit(1, "B");
    assert.equal(open().session.progressOf(1)?.bestScore, 1);
  });

  it("drops saved answers of questions whose text changed", () => {
    open().session.submit(1, "B");
    const changed = defineQuiz({
      ...demoQuiz,
      questions: [
        sealChoiceQuestion("demo", {
          stem: "2 + 3 = ?",
          options: ["5", "6"],
          correct: ["A"],
          explanations: ["yes", "no"],
        }),
        ...demoQuiz.questions.slice(1),
      ],
    });
    const session = new QuizSession(changed, { progressFile: file, output: collector().output });
    assert.equal(session.progressOf(1), undefined);
    assert.match(
      session.notices[0] ?? "",
      /Question 1 changed since you answered; its saved progress was dropped\./,
    );
  });

  it("keeps working, with a warning, when progress cannot be saved or opened", () => {
    fs.mkdirSync(path.join(dir, "blocked.json"));
    const { session } = open({ progressFile: path.join(dir, "blocked.json") });
    assert.match(
      session.notices[0] ?? "",
      /could not be opened .*EISDIR.*this session will not be saved/,
    );
    assert.equal(session.submit(1, "B").status, "graded");
    const later = path.join(dir, "later", "demo.json");
    const unsaved = open({ progressFile: later }).session;
    fs.writeFileSync(path.join(dir, "later"), "a file where the folder should be");
    const outcome = unsaved.submit(1, "B");
    assert.ok(outcome.status === "graded");
    assert.equal(outcome.score, 1);
    assert.match(
      outcome.saveError ?? "",
      /progress could not be saved to .*later.*demo\.json \(Error: E(EXIST|NOTDIR)/,
    );
  });

  it("keeps progress in memory only when asked", () => {
    const { session } = open({ progressFile: false });
    session.submit(1, "B");
    assert.equal(session.progressFile, undefined);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it("shows questions, feedback and the summary as text and HTML, with the notebook hint", () => {
    const { session, shown } = open();
    session.show();
    assert.match(
      shown[0]?.text ?? "",
      /^Question 1 of 5 \(single choice, 1 point\)\n2 \+ 2 = \?\n  A\) 3/,
    );
    assert.match(shown[0]?.text ?? "", /Answer with quiz\.answer\(1, "<letter>"\)/);
    assert.match(shown[0]?.html ?? "", /<b>A\)<\/b> 3<\/div>/);
    session.answer(2, ["A", "B"]);
    assert.match(
      shown[1]?.text ?? "",
      /✓ A\) 2\n {6}2 = 2 x 1\.\n  ✗ B\) 3\n {6}3 is odd\.\n  1 correct option was not chosen\./,
    );
    session.summary();
    assert.match(
      shown[2]?.text ?? "",
      /Demo quiz \(demo\): 0 of 8 points \(0%\), 1 of 5 questions answered\./,
    );
    assert.match(shown[2]?.html ?? "", /<table/);
    session.show(4);
    assert.match(shown[3]?.text ?? "", /Answer with quiz\.answer\(4, double\)/);
  });

  it("shows every question in order with showAll()", () => {
    const { session, shown } = open();
    session.showAll();
    assert.equal(shown.length, 5);
    shown.forEach((content, i) =>
      assert.match(content.text, new RegExp(`^Question ${i + 1} of 5 `)),
    );
  });

  it("writes the best answers as an answers file and can start over", () => {
    const { session } = open();
    session.submit(2, ["A", "C"]);
    session.submit(2, ["A"]);
    session.submit(3, "1.41");
    session.submit(4, (xs: number[]) => xs.map((x) => x * 2));
    const answers = session.answersFile("ada");
    assert.equal(answers.learner, "ada");
    assert.deepEqual(answers.answers["2"], ["A", "C"]);
    assert.equal(answers.answers["3"], 1.41);
    assert.match(String(answers.answers["4"]), /x\s*\*\s*2/);
    const out = path.join(dir, "answers.json");
    session.saveAnswers(out, "ada");
    assert.deepEqual(JSON.parse(fs.readFileSync(out, "utf8")), answers);
    session.reset();
    assert.equal(session.totals().answered, 0);
    assert.equal(open().session.totals().answered, 0);
  });

  it("reads back every kind of answer it saved, exactly (progress file and answers file)", () => {
    const answers: [number, unknown][] = [
      [1, "b"],
      [1, ["B"]],
      [2, "A, C"],
      [2, ["D"]],
      [5, ["A", "B", "D"]],
      [3, 1.4142],
      [3, -0],
      [3, "-0"],
      [3, "1e-400"],
      [3, 1.7976931348623157e308],
      [3, "-2.5e-300"],
      [3, Number.MIN_VALUE],
      [4, (xs: number[]) => xs.map((x) => x * 2)],
      [
        4,
        '(xs) => {\n  const note = "\\"quoted\\", \\\\ back-slashed, ünïcödé, \u2028, \ud800 alone";\n  return xs.map((x) => x + x);\n}',
      ],
      [4, "function double(xs) {\n  return xs.map((x) => 2 * x);\n}"],
    ];
    const { session } = open();
    for (const [number, answer] of answers) {
      const outcome = session.submit(number, answer as never);
      assert.equal(outcome.status, "graded", `${number}: ${String(answer)}`);
      const reopened = open().session;
      assert.deepEqual(reopened.notices, [], `reopening after ${String(answer)}`);
      assert.deepEqual(reopened.progressOf(number), session.progressOf(number));
      const file = reopened.answersFile("ada");
      const parsed = parseAnswersFile(JSON.stringify(file));
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.value, file);
    }
  });

  it("refuses an answer too large to be a number without counting an attempt or damaging the file", () => {
    const { session } = open();
    session.submit(1, "B");
    for (const answer of ["1e999", Infinity, -Infinity, NaN]) {
      const outcome = session.submit(3, answer);
      assert.equal(outcome.status, "invalid");
      assert.match(outcome.status === "invalid" ? outcome.message : "", /finite number/);
    }
    assert.equal(session.progressOf(3), undefined);
    const reopened = open().session;
    assert.deepEqual(reopened.notices, []);
    assert.equal(reopened.progressOf(1)?.bestScore, 1);
  });

  it("adds up the answers of two sessions sharing a progress file, whatever their order", () => {
    const notebook = open().session;
    const terminal = open().session;
    notebook.submit(1, "A");
    terminal.submit(1, "B");
    const third = notebook.submit(1, "C");
    assert.ok(third.status === "graded");
    assert.equal(third.attempt, 3, "the terminal's attempt counts");
    assert.equal(third.bestScore, 1, "the terminal's right answer counts");
    terminal.submit(2, ["A", "C"]);
    notebook.submit(3, 1.4142);
    for (const session of [notebook, terminal, open().session]) {
      assert.deepEqual(
        session.report().questions.map((q) => [q.attempts, q.score]),
        [
          [3, 1],
          [1, 1],
          [1, 1],
          [0, 0],
          [0, 0],
        ],
      );
      assert.deepEqual(Object.keys(session.answersFile().answers), ["1", "2", "3"]);
    }
    assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
  });

  it("saves answers that could not be saved with the next answer that can", () => {
    const folder = path.join(dir, "later");
    const later = path.join(folder, "demo.json");
    const { session } = open({ progressFile: later });
    fs.writeFileSync(folder, "a file where the folder should be");
    const first = session.submit(1, "B");
    assert.ok(first.status === "graded" && first.saveError !== undefined);
    assert.match(first.saveError, /kept in this session and saved with the next one/);
    fs.rmSync(folder);
    const second = session.submit(2, ["A", "C"]);
    assert.ok(second.status === "graded");
    assert.equal(second.saveError, undefined);
    const reopened = new QuizSession(demoQuiz, { progressFile: later, output: collector().output });
    assert.equal(reopened.progressOf(1)?.bestScore, 1);
    assert.equal(reopened.progressOf(2)?.bestScore, 1);
  });
});
