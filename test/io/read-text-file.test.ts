import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeUtf8Strictly, readTextFile, readTextFileSync } from "../../src/io/read-text-file";

describe("readTextFile / readTextFileSync", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-text-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads UTF-8 text, dropping a byte-order mark and keeping a U+FFFD the file holds", async () => {
    const file = path.join(dir, "ok.json");
    fs.writeFileSync(file, '\ufeff{"a": "é \ufffd 😀"}');
    assert.equal(readTextFileSync("f", file), '{"a": "é \ufffd 😀"}');
    assert.equal(await readTextFile("f", file), '{"a": "é \ufffd 😀"}');
  });

  it("names the line and column of bytes that are not UTF-8", async () => {
    const file = path.join(dir, "latin1.json");
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from('{\n  "token": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]),
    );
    const message =
      /^Error: Vocabulary\.load: .*latin1\.json is not valid UTF-8: line 2, column 16 holds bytes that are not UTF-8 \(save the file as UTF-8\)$/;
    assert.throws(() => readTextFileSync("Vocabulary.load", file), message);
    await assert.rejects(readTextFile("Vocabulary.load", file), message);
    assert.deepEqual(decodeUtf8Strictly(Buffer.from([0x61, 0x0a, 0xff])), {
      ok: false,
      line: 2,
      column: 1,
    });
  });

  it("names the function and file when the file cannot be read", async () => {
    assert.throws(() => readTextFileSync("f", dir), /^Error: f: cannot read .*: EISDIR/);
    await assert.rejects(
      readTextFile("f", path.join(dir, "missing")),
      /^Error: f: cannot read .*missing: ENOENT/,
    );
  });
});
