import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  defaultProgressDir,
  loadProgress,
  parseProgress,
  progressFilePath,
  saveProgress,
  type QuestionProgress,
} from "../../src/quiz/progress-store";

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
    [
      "a damaged entry",
      '{"format": "siamese-lab quiz progress", "version": 1, "quiz": "demo", "questions": {"1": {"attempts": -1}}}',
      /entry of question 1 is damaged/,
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
});
