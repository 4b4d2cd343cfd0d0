import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeFileAtomic } from "../../src/io";
import { deadPid } from "../support/dead-pid";

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temporary file, also when the write fails", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-atomic-"));
    try {
      const file = path.join(dir, "out.txt");
      fs.writeFileSync(file, "old");
      await writeFileAtomic(file, "new");
      assert.equal(fs.readFileSync(file, "utf8"), "new");
      assert.deepEqual(fs.readdirSync(dir), ["out.txt"]);
      fs.mkdirSync(path.join(dir, "folder"));
      await assert.rejects(
        writeFileAtomic(path.join(dir, "folder"), "x", "Vocabulary.save"),
        /^Error: Vocabulary\.save: argument 'file' must be a file path, got '.*folder', which is a directory$/,
      );
      await assert.rejects(
        writeFileAtomic(path.join(dir, "missing", "x.txt"), "x"),
        /^Error: writeFileAtomic: cannot write .*missing\/x\.txt: ENOENT/,
      );
      assert.deepEqual(fs.readdirSync(dir).sort(), ["folder", "out.txt"]);
      await assert.rejects(writeFileAtomic("", "x"), /writeFileAtomic: argument 'file'/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("removes temporary files that killed writers of the same file left", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-atomic-"));
    try {
      const leftover = path.join(dir, `.out.txt.${deadPid()}.7.tmp`);
      fs.writeFileSync(leftover, "half");
      await writeFileAtomic(path.join(dir, "out.txt"), "new");
      assert.deepEqual(fs.readdirSync(dir), ["out.txt"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
