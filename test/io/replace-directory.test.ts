import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { recoverReplacedDirectory, replaceDirectory, REPLACED_PREFIX } from "../../src/io";
import { deadPid } from "../support/dead-pid";

describe("replaceDirectory", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-replace-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const read = (dir: string): string => fs.readFileSync(path.join(dir, "data.txt"), "utf8");

  it("creates, then replaces, a directory and leaves no staging folders behind", async () => {
    const dir = path.join(root, "nested", "model");
    await replaceDirectory(dir, (staging) =>
      fs.promises.writeFile(path.join(staging, "data.txt"), "one"),
    );
    assert.equal(read(dir), "one");
    await replaceDirectory(dir, (staging) =>
      fs.promises.writeFile(path.join(staging, "data.txt"), "two"),
    );
    assert.equal(read(dir), "two");
    assert.deepEqual(fs.readdirSync(path.dirname(dir)), ["model"]);
    assert.equal(
      fs.statSync(dir).mode & 0o777,
      0o755,
      "readable like a normal folder, not private",
    );
  });

  it("keeps the previous contents when writing fails half-way", async () => {
    const dir = path.join(root, "model");
    await replaceDirectory(dir, (staging) =>
      fs.promises.writeFile(path.join(staging, "data.txt"), "good"),
    );
    await assert.rejects(
      replaceDirectory(dir, async (staging) => {
        await fs.promises.writeFile(path.join(staging, "data.txt"), "half");
        throw new Error("disk full");
      }),
      /disk full/,
    );
    assert.equal(read(dir), "good");
    assert.deepEqual(fs.readdirSync(root), ["model"]);
  });

  it("recovers the previous contents left aside by a swap that died between its renames", async () => {
    const dir = path.join(root, "model");
    fs.mkdirSync(path.join(root, `${REPLACED_PREFIX}model-abc123`));
    fs.writeFileSync(path.join(root, `${REPLACED_PREFIX}model-abc123`, "data.txt"), "previous");
    assert.equal(await recoverReplacedDirectory(dir), true);
    assert.equal(read(dir), "previous");
    assert.equal(await recoverReplacedDirectory(dir), false, "nothing to do once it exists");
  });

  it("removes the staging folders of killed saves, and keeps those of saves still running", async () => {
    const dir = path.join(root, "model");
    const dead = deadPid();
    for (const leftover of [`.saving-model-${dead}-1`, `.replaced-model-${dead}-2`]) {
      fs.mkdirSync(path.join(root, leftover));
      fs.writeFileSync(path.join(root, leftover, "data.txt"), "half");
    }
    const running = `.saving-model-${process.ppid}-3`;
    fs.mkdirSync(path.join(root, running));
    await replaceDirectory(dir, (staging) =>
      fs.promises.writeFile(path.join(staging, "data.txt"), "new"),
    );
    assert.equal(read(dir), "new");
    assert.deepEqual(fs.readdirSync(root).sort(), [running, "model"].sort());
  });

  it("puts back the contents a killed swap moved aside before replacing them", async () => {
    const dir = path.join(root, "model");
    const aside = path.join(root, `${REPLACED_PREFIX}model-${deadPid()}-1`);
    fs.mkdirSync(aside);
    fs.writeFileSync(path.join(aside, "data.txt"), "previous");
    await assert.rejects(
      replaceDirectory(dir, () => Promise.reject(new Error("disk full"))),
      /disk full/,
    );
    assert.equal(read(dir), "previous", "the failed save kept the recovered contents");
    assert.deepEqual(fs.readdirSync(root), ["model"]);
  });

  it("never replaces a file with a directory", async () => {
    const file = path.join(root, "notes.txt");
    fs.writeFileSync(file, "precious");
    await assert.rejects(
      replaceDirectory(file, () => Promise.resolve()),
      /replaceDirectory: argument 'dir' must be a directory path, got '.*notes\.txt', which is a file/,
    );
    assert.equal(fs.readFileSync(file, "utf8"), "precious");
    assert.deepEqual(fs.readdirSync(root), ["notes.txt"]);
  });

  it("rejects an empty path by name", async () => {
    await assert.rejects(
      replaceDirectory(" ", () => Promise.resolve()),
      /replaceDirectory: argument 'dir' must be a non-empty directory path/,
    );
  });
});
