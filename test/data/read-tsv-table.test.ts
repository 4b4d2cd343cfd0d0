import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readTsvTable } from "../../src/data/read-tsv-table";

describe("readTsvTable", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-table-"));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, text: string): string => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it("reads the requested columns by name, with line numbers", async () => {
    const file = write("ok.tsv", 'b\ta\tc\n1\t"x\ty"\t3\n4\t5\t6\n');
    assert.deepEqual(await readTsvTable("f", file, ["a", "c"]), [
      { line: 2, values: { a: "x\ty", c: "3" } },
      { line: 3, values: { a: "5", c: "6" } },
    ]);
  });

  it("names the file and line of a missing column or a short row", async () => {
    await assert.rejects(
      readTsvTable("f", write("cols.tsv", "a\n1\n"), ["a", "b"]),
      /^Error: f: .*cols.tsv line 1: missing columns b$/,
    );
    await assert.rejects(
      readTsvTable("f", write("short.tsv", "a\tb\n1\t2\n3\n"), ["a"]),
      /short.tsv line 3: expected 2 fields, got 1/,
    );
    await assert.rejects(
      readTsvTable("f", write("empty.tsv", ""), ["a"]),
      /empty.tsv line 1: the file is empty/,
    );
  });
});
