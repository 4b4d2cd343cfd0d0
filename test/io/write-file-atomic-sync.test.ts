import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadProgress } from "../../src/quiz/progress-store";
import { writeFileAtomicSync } from "../../src/io/write-file-atomic-sync";
import { deadPid } from "../support/dead-pid";

describe("writeFileAtomicSync", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-atomic-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the file, creating folders, and leaves no temporary file", () => {
    const file = path.join(dir, "a", "b", "x.json");
    writeFileAtomicSync(file, "one");
    writeFileAtomicSync(file, "two");
    assert.equal(fs.readFileSync(file, "utf8"), "two");
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ["x.json"]);
  });

  it("gives the file and the folders it makes the modes asked for", () => {
    const file = path.join(dir, "private", "inner", "x.json");
    writeFileAtomicSync(file, "secret", { mode: 0o600, folderMode: 0o700 });
    const mode = (p: string): number => fs.statSync(p).mode & 0o777;
    assert.equal(mode(file), 0o600);
    assert.equal(mode(path.dirname(file)), 0o700);
    assert.equal(mode(path.join(dir, "private")), 0o700);
    writeFileAtomicSync(path.join(dir, "plain.txt"), "x");
    assert.equal(mode(path.join(dir, "plain.txt")), 0o644 & ~process.umask());
  });

  it("keeps the old content when the write fails half-way (simulated crash)", () => {
    const file = path.join(dir, "x.json");
    writeFileAtomicSync(file, "old content");
    // Patch the module object itself (an `import * as` namespace is read-only).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require("node:fs") as { writeSync: unknown };
    const realWrite = fs.writeSync;
    let calls = 0;
    nodeFs.writeSync = (fd: number, buffer: Buffer, offset: number, length: number) => {
      calls++;
      realWrite(fd, buffer, offset, Math.floor(length / 2));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    try {
      assert.throws(
        () => writeFileAtomicSync(file, "new content that never fully lands"),
        /ENOSPC/,
      );
    } finally {
      nodeFs.writeSync = realWrite;
    }
    assert.equal(calls, 1, "the stub was used");
    assert.equal(fs.readFileSync(file, "utf8"), "old content");
    assert.deepEqual(fs.readdirSync(dir), ["x.json"], "the temporary file was removed");
  });

  it("never leaves a half-written progress file when the process is killed mid-write", async function () {
    this.timeout(60_000);
    const file = path.join(dir, "demo.json");
    const writer = path.resolve(__dirname, "../support/progress-crash-writer.ts");
    for (let round = 0; round < 3; round++) {
      const child = spawn(process.execPath, ["--require", "tsx/cjs", writer, file], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.once("data", () => resolve());
        child.once("exit", (code) => reject(new Error(`writer exited early with ${code}`)));
      });
      await new Promise((resolve) => setTimeout(resolve, 30 + 40 * round));
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      const loaded = loadProgress(file, "demo");
      assert.deepEqual(loaded.notices, [], "the progress file reads cleanly");
      assert.equal(loaded.progress.questions["1"]?.bestScore, 1);
    }
    // Reading the progress removed what the killed writers left.
    assert.deepEqual(fs.readdirSync(dir), ["demo.json"]);
  });

  it("names the writing function and the file when it cannot write, and refuses a directory", () => {
    fs.writeFileSync(path.join(dir, "blocker"), "a file where a folder should be");
    assert.throws(
      () =>
        writeFileAtomicSync(path.join(dir, "blocker", "x.json"), "data", "QuizSession.saveAnswers"),
      (error: NodeJS.ErrnoException) =>
        /^QuizSession\.saveAnswers: cannot write .*blocker\/x\.json: E(EXIST|NOTDIR)/.test(
          error.message,
        ) &&
        (error.code === "EEXIST" || error.code === "ENOTDIR"),
    );
    assert.throws(
      () => writeFileAtomicSync(dir, "data", "Vocabulary.save"),
      /^Error: Vocabulary\.save: argument 'file' must be a file path, got '.*', which is a directory$/,
    );
    assert.deepEqual(fs.readdirSync(dir), ["blocker"]);
  });

  it("removes the temporary files of writers that were killed, not those of running ones", () => {
    const file = path.join(dir, "x.json");
    const dead = path.join(dir, `.x.json.${deadPid()}.1.tmp`);
    const running = path.join(dir, `.x.json.${process.ppid}.1.tmp`);
    const other = path.join(dir, `.y.json.${deadPid()}.1.tmp`);
    for (const temp of [dead, running, other]) fs.writeFileSync(temp, "half");
    writeFileAtomicSync(file, "new");
    assert.deepEqual(
      fs.readdirSync(dir).sort(),
      [path.basename(running), path.basename(other), "x.json"].sort(),
    );
  });
});
