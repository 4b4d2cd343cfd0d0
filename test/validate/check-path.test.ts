import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkExistingDirectory, checkExistingFile } from "../../src/validate";

describe("checkExistingFile / checkExistingDirectory", () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-paths-"));
    file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "x");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("passes what exists and is of the right kind", () => {
    assert.equal(checkExistingFile("f", "file", file), file);
    assert.equal(checkExistingDirectory("f", "dir", dir), dir);
  });

  it("says what the path is instead", () => {
    assert.throws(
      () => checkExistingFile("loadQuestionPairs", "file", dir),
      new RegExp(
        `^Error: loadQuestionPairs: argument 'file' must be an existing file, got '${dir}', which is a directory$`,
      ),
    );
    assert.throws(
      () => checkExistingFile("f", "file", path.join(dir, "nope")),
      /must be an existing file, got '.*nope', which does not exist$/,
    );
    assert.throws(
      () => checkExistingDirectory("f", "options.directory", file),
      /f: argument 'options.directory' must be an existing folder, got '.*pairs\.tsv', which is a file$/,
    );
    assert.throws(() => checkExistingFile("f", "file", ""), /must be a non-empty path, got ""/);
    assert.throws(() => checkExistingDirectory("f", "dir", 3), /must be a non-empty path, got 3/);
  });
});
