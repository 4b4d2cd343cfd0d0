import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { corpusDirectory } from "../../src/data";

describe("corpusDirectory", () => {
  it("finds datasets/question-pairs of the package from src/", () => {
    const dir = corpusDirectory();
    assert.equal(dir, path.resolve(__dirname, "../../datasets/question-pairs"));
    assert.ok(fs.existsSync(path.join(dir, "groups")));
  });
});
