import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { withFileLockSync } from "../../src/io/file-lock";
import { deadPid } from "../support/dead-pid";

describe("withFileLockSync", () => {
  let dir: string;
  let file: string;
  let lock: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lock-"));
    file = path.join(dir, "progress.json");
    lock = `${file}.lock`;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const writeLock = (pid: number, ageMs = 0, host = os.hostname()): void => {
    fs.writeFileSync(lock, `${pid}\n0\n${host}\nsomeone-else\n`);
    const then = new Date(Date.now() - ageMs);
    fs.utimesSync(lock, then, then);
  };

  it("holds <file>.lock, naming this process, while the action runs, and removes it afterwards", () => {
    const result = withFileLockSync(file, () => {
      assert.match(fs.readFileSync(lock, "utf8"), new RegExp(`^${process.pid}\\n`));
      return 42;
    });
    assert.equal(result, 42);
    assert.ok(!fs.existsSync(lock));
    assert.throws(
      () =>
        withFileLockSync(file, () => {
          throw new Error("inside");
        }),
      /inside/,
    );
    assert.deepEqual(fs.readdirSync(dir), [], "released after a throw too");
  });

  it("takes over a lock whose process was killed", () => {
    writeLock(deadPid());
    assert.equal(
      withFileLockSync(file, () => "mine", { timeoutMs: 5000 }),
      "mine",
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it("clears the breaker file of a process killed while breaking an abandoned lock", () => {
    fs.writeFileSync(`${lock}.break`, `${deadPid()}\n`);
    writeLock(deadPid());
    assert.equal(
      withFileLockSync(file, () => "mine", { timeoutMs: 5000 }),
      "mine",
    );
    assert.deepEqual(fs.readdirSync(dir), []);
    fs.writeFileSync(`${lock}.break`, `${deadPid()}\n`);
    assert.equal(
      withFileLockSync(file, () => "again"),
      "again",
    );
    assert.deepEqual(fs.readdirSync(dir), [], "also when no lock was left to break");
  });

  it("takes over an empty lock file left by a process killed right after creating it", () => {
    fs.writeFileSync(lock, "");
    const then = new Date(Date.now() - 5000);
    fs.utimesSync(lock, then, then);
    assert.equal(
      withFileLockSync(file, () => "mine", { timeoutMs: 5000 }),
      "mine",
    );
  });

  it("waits for a running holder and says who holds it when that takes too long", () => {
    writeLock(process.ppid);
    assert.throws(
      () => withFileLockSync(file, () => "never", { timeoutMs: 200 }),
      new RegExp(
        `withFileLockSync: .*progress\\.json stayed locked for 200 ms by process ${process.ppid} on .*; if no such process runs, delete .*progress\\.json\\.lock`,
      ),
    );
    assert.ok(fs.existsSync(lock), "a living holder's lock is left alone");
  });

  it("takes over a lock held far longer than any holder needs (a reused process id)", () => {
    writeLock(process.ppid, 60_000);
    assert.equal(
      withFileLockSync(file, () => "mine", { timeoutMs: 5000 }),
      "mine",
    );
  });

  it("leaves a lock of another machine alone until it is that old", () => {
    writeLock(deadPid(), 0, "some-other-host");
    assert.throws(() => withFileLockSync(file, () => "never", { timeoutMs: 100 }), /stayed locked/);
  });

  it("runs the action only after another process released the lock", async function () {
    this.timeout(60_000);
    const marker = path.join(dir, "released");
    const holder = spawn(
      process.execPath,
      [
        "--require",
        "tsx/cjs",
        path.resolve(__dirname, "../support/lock-holder.ts"),
        file,
        marker,
        "300",
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      holder.stdout.once("data", () => resolve());
      holder.once("exit", (code) => reject(new Error(`holder exited early with ${code}`)));
    });
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    withFileLockSync(file, () => {
      assert.equal(fs.readFileSync(marker, "utf8"), "released");
    });
    await exited;
  });

  it("rejects a missing path by name", () => {
    assert.throws(
      () => withFileLockSync("  ", () => 1),
      /withFileLockSync: argument 'file' must be a non-empty path, got "  "/,
    );
  });
});
