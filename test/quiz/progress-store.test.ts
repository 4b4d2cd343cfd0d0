import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  defaultProgressDir,
  loadProgress,
  parseProgress,
  peekProgress,
  progressFilePath,
  saveProgress,
  updateProgress,
  type QuestionProgress,
} from "../../src/quiz/progress-store";
import { COUNTING_ID, countingAnswer } from "../support/counting-quiz";
import { deadPid } from "../support/dead-pid";
import { bundleChildren, spawnBundled } from "../support/bundled-child";

const entry: QuestionProgress = {
  fingerprint: "abc",
  attempts: 2,
  bestScore: 1,
  lastScore: 0,
  bestResponse: ["A", "D"],
  lastResponse: ["A"],
  answeredAt: "2024-01-01T00:00:00.000Z",
};

describe("progress files", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-progress-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("live in SIAMESE_LAB_PROGRESS_DIR or ~/.siamese-lab/progress", () => {
    assert.equal(defaultProgressDir({ SIAMESE_LAB_PROGRESS_DIR: dir }), dir);
    assert.equal(defaultProgressDir({}), path.join(os.homedir(), ".siamese-lab", "progress"));
    assert.equal(defaultProgressDir({ SIAMESE_LAB_PROGRESS_DIR: " " }), defaultProgressDir({}));
    assert.equal(progressFilePath(dir, "study-questions"), path.join(dir, "study-questions.json"));
  });

  it("save and load round-trip; a missing file is empty progress", () => {
    const file = progressFilePath(dir, "demo");
    assert.deepEqual(loadProgress(file, "demo"), {
      progress: { quiz: "demo", questions: {} },
      notices: [],
    });
    saveProgress(file, { quiz: "demo", questions: { "6": entry } });
    const loaded = loadProgress(file, "demo");
    assert.deepEqual(loaded.notices, []);
    assert.deepEqual(loaded.progress.questions, { "6": entry });
    const saved = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    assert.equal(saved["format"], "siamese-lab quiz progress");
    assert.equal(saved["version"], 1);
  });

  it("are private to their owner, in folders private to their owner", () => {
    const file = progressFilePath(path.join(dir, "home", ".siamese-lab", "progress"), "demo");
    saveProgress(file, { quiz: "demo", questions: { "6": entry } });
    const mode = (p: string): number => fs.statSync(p).mode & 0o777;
    assert.equal(mode(file), 0o600);
    assert.equal(mode(path.dirname(file)), 0o700);
    assert.equal(mode(path.join(dir, "home", ".siamese-lab")), 0o700);
  });

  it("parseProgress reads a file's text without touching the file", () => {
    const good = JSON.stringify({
      format: "siamese-lab quiz progress",
      version: 1,
      quiz: "demo",
      questions: { "6": entry },
    });
    assert.deepEqual(parseProgress(good, "demo"), {
      ok: true,
      progress: { quiz: "demo", questions: { "6": entry } },
    });
    assert.deepEqual(parseProgress(good, "other"), {
      ok: false,
      problem: 'it belongs to quiz "demo"',
    });
    const bad = parseProgress("{", "demo");
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? "" : bad.problem, /^not valid JSON/);
  });

  const corruptions: [string, string, RegExp][] = [
    ["cut short", '{"format": "siamese-lab quiz progress", "version": 1, "qu', /not valid JSON/],
    ["not an object", "[1, 2]", /not a siamese-lab progress file|not a JSON object/],
    ["another format", '{"format": "x", "version": 1}', /not a siamese-lab progress file/],
    [
      "another quiz",
      '{"format": "siamese-lab quiz progress", "version": 1, "quiz": "other", "questions": {}}',
      /belongs to quiz "other"/,
    ],
  ];
  for (const [what, text, reason] of corruptions) {
    it(`sets a file aside when it is ${what}, and says so`, () => {
      const file = progressFilePath(dir, "demo");
      fs.writeFileSync(file, text);
      const loaded = loadProgress(file, "demo");
      assert.deepEqual(loaded.progress, { quiz: "demo", questions: {} });
      assert.equal(loaded.notices.length, 1);
      assert.match(loaded.notices[0] ?? "", reason);
      assert.match(
        loaded.notices[0] ?? "",
        /was kept as .*demo\.corrupt-.*\.json; the quiz starts afresh/,
      );
      assert.ok(loaded.backup !== undefined);
      assert.equal(
        fs.readFileSync(loaded.backup, "utf8"),
        text,
        "the backup holds the original bytes",
      );
      assert.ok(!fs.existsSync(file));
    });
  }

  it("never overwrites an earlier backup", () => {
    const file = progressFilePath(dir, "demo");
    fs.writeFileSync(file, "first");
    const first = loadProgress(file, "demo").backup;
    fs.writeFileSync(file, "second");
    const second = loadProgress(file, "demo").backup;
    assert.ok(first !== undefined && second !== undefined && first !== second);
    assert.equal(fs.readFileSync(first, "utf8"), "first");
    assert.equal(fs.readFileSync(second, "utf8"), "second");
  });

  it("keeps the readable entries of a file with damaged ones, and keeps a copy of the file", () => {
    const file = progressFilePath(dir, "demo");
    const text = JSON.stringify({
      format: "siamese-lab quiz progress",
      version: 1,
      quiz: "demo",
      questions: {
        "1": { ...entry, attempts: -1 },
        "2": entry,
        "3": { ...entry, lastResponse: null },
        x: entry,
      },
    });
    fs.writeFileSync(file, text);
    const loaded = loadProgress(file, "demo");
    assert.deepEqual(loaded.progress.questions, { "2": entry });
    assert.equal(loaded.notices.length, 1);
    assert.match(
      loaded.notices[0] ?? "",
      /The saved progress of questions 1, 3, x in "demo" could not be read and was dropped; your other answers are kept\. The file as it was is kept as .*demo\.corrupt-.*\.json\./,
    );
    assert.equal(fs.readFileSync(loaded.backup ?? "", "utf8"), text);
    assert.deepEqual(loadProgress(file, "demo"), { progress: loaded.progress, notices: [] });
  });

  const unstorable: [string, Partial<QuestionProgress>, RegExp][] = [
    ["an infinite answer", { lastResponse: Infinity }, /lastResponse Infinity/],
    ["a NaN answer", { bestResponse: NaN }, /bestResponse NaN/],
    ["an answer that is not letters", { bestResponse: [1] as unknown as string[] }, /bestResponse/],
    ["a non-finite score", { bestScore: Infinity }, /bestScore Infinity/],
    ["a fractional attempt count", { attempts: 1.5 }, /attempts 1\.5/],
  ];
  for (const [what, change, actual] of unstorable) {
    it(`refuses to save ${what} (the reader would declare the file damaged), leaving the file as it was`, () => {
      const file = progressFilePath(dir, "demo");
      saveProgress(file, { quiz: "demo", questions: { "1": entry } });
      const before = fs.readFileSync(file, "utf8");
      assert.throws(
        () => saveProgress(file, { quiz: "demo", questions: { "2": { ...entry, ...change } } }),
        (error: Error) =>
          /^saveProgress: argument 'progress\.questions\["2"\]' must be progress a file can hold/.test(
            error.message,
          ) && actual.test(error.message),
      );
      assert.equal(fs.readFileSync(file, "utf8"), before);
      assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
    });
  }

  it("refuses question keys the reader would not accept", () => {
    assert.throws(
      () =>
        saveProgress(progressFilePath(dir, "demo"), { quiz: "demo", questions: { "01": entry } }),
      /saveProgress: argument 'progress\.questions' must be keyed by question numbers \(1, 2, \.\.\.\), got key "01"/,
    );
  });

  it("updates under the file's lock from what the file holds, and leaves no lock or temporary file", () => {
    const file = progressFilePath(dir, "demo");
    saveProgress(file, { quiz: "demo", questions: { "1": entry } });
    const updated = updateProgress(file, "demo", (current) => {
      assert.ok(fs.existsSync(`${file}.lock`), "the lock is held while changing");
      return { ...current, questions: { ...current.questions, "2": entry } };
    });
    assert.deepEqual(updated.progress.questions, { "1": entry, "2": entry });
    assert.deepEqual(loadProgress(file, "demo").progress.questions, { "1": entry, "2": entry });
    assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
    assert.throws(
      () =>
        updateProgress(file, "demo", () => ({
          quiz: "demo",
          questions: { "1": { ...entry, lastScore: NaN } },
        })),
      /updateProgress: argument 'progress\.questions\["1"\]'/,
    );
    assert.deepEqual(loadProgress(file, "demo").progress.questions, { "1": entry, "2": entry });
  });

  it("clears what a killed writer left (its lock and temporary file) when loading", () => {
    const file = progressFilePath(dir, "demo");
    saveProgress(file, { quiz: "demo", questions: { "1": entry } });
    const dead = deadPid();
    fs.writeFileSync(`${file}.lock`, `${dead}\n0\n${os.hostname()}\nkilled\n`);
    fs.writeFileSync(
      path.join(dir, `.demo.json.${dead}.4.tmp`),
      '{"format": "siamese-lab quiz pro',
    );
    assert.deepEqual(loadProgress(file, "demo").progress.questions, { "1": entry });
    assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
  });

  it("still reads progress in a folder it cannot write to (no lock, nothing set aside)", () => {
    const file = progressFilePath(dir, "demo");
    saveProgress(file, { quiz: "demo", questions: { "1": entry } });
    // Running as root ignores permissions: refuse the lock file the way a read-only folder does.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require("node:fs") as { openSync: typeof fs.openSync };
    const realOpen = nodeFs.openSync;
    nodeFs.openSync = ((target: fs.PathLike, ...rest: unknown[]) => {
      if (String(target).endsWith(".lock")) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(target)}'`), {
          code: "EACCES",
        });
      }
      return (realOpen as (...args: unknown[]) => number)(target, ...rest);
    }) as typeof fs.openSync;
    try {
      assert.deepEqual(loadProgress(file, "demo"), {
        progress: { quiz: "demo", questions: { "1": entry } },
        notices: [],
      });
      fs.writeFileSync(file, "{");
      const damaged = loadProgress(file, "demo");
      assert.deepEqual(damaged.progress.questions, {});
      assert.match(
        damaged.notices[0] ?? "",
        /could not be read .*its folder cannot be written, so the file is left as it is/,
      );
    } finally {
      nodeFs.openSync = realOpen;
    }
    assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
  });

  it("does not create the progress folder just to read from it", () => {
    const file = path.join(dir, "not", "yet", "demo.json");
    assert.deepEqual(loadProgress(file, "demo"), {
      progress: { quiz: "demo", questions: {} },
      notices: [],
    });
    assert.ok(!fs.existsSync(path.join(dir, "not")));
  });

  it("peeks without changing anything: a damaged file is left where it is", () => {
    const file = progressFilePath(dir, "demo");
    assert.deepEqual(peekProgress(file, "demo"), { quiz: "demo", questions: {} });
    saveProgress(file, { quiz: "demo", questions: { "1": entry } });
    assert.deepEqual(peekProgress(file, "demo")?.questions, { "1": entry });
    fs.writeFileSync(file, "{");
    assert.equal(peekProgress(file, "demo"), undefined);
    assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
  });

  it("loses no answer when several processes answer into one progress file at once", async function () {
    this.timeout(120_000);
    const workers = 4;
    const questions = 20;
    const rounds = 2;
    const file = path.join(dir, `${COUNTING_ID}.json`);
    // Bundled (see bundled-child.ts), the learners start without tsx.
    const bundles = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-answerers-"));
    try {
      bundleChildren(["progress-answerer.ts"], bundles);
      const children = Array.from({ length: workers }, (_, worker) =>
        spawnBundled(bundles, "progress-answerer", [
          file,
          String(worker),
          String(questions),
          String(rounds),
        ]),
      );
      for (const child of children) assert.equal(await child.nextLine(), "ready");
      // Everyone starts at once, so that their saves interleave.
      for (const child of children) child.process.stdin.write("go\n");
      for (const child of children) {
        assert.deepEqual(JSON.parse(await child.nextLine()), { problems: [] });
        assert.equal((await child.exited).code, 0);
      }
    } finally {
      fs.rmSync(bundles, { recursive: true, force: true });
    }
    const loaded = loadProgress(file, COUNTING_ID);
    assert.deepEqual(loaded.notices, []);
    for (let question = 1; question <= questions; question++) {
      const saved = loaded.progress.questions[String(question)];
      const given = new Set<number>();
      for (let worker = 0; worker < workers; worker++) {
        for (let round = 0; round < rounds; round++)
          given.add(countingAnswer(worker, round, question));
      }
      assert.ok(saved !== undefined, `question ${question} is missing`);
      assert.equal(saved.attempts, workers * rounds, `attempts of question ${question}`);
      assert.equal(saved.bestScore, 1);
      assert.equal(saved.bestResponse, question);
      assert.ok(given.has(saved.lastResponse as number), `last answer of question ${question}`);
    }
    assert.deepEqual(fs.readdirSync(dir), [`${COUNTING_ID}.json`]);
  });
});
