import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  DelimitedParser,
  readDelimitedRecords,
  sniffDelimiter,
  type DelimitedRecord,
} from "../../src/data/delimited-records";

function parseInPieces(
  text: string,
  delimiter: "," | "\t",
  cuts: readonly number[],
): DelimitedRecord[] {
  const parser = new DelimitedParser(delimiter);
  const records: DelimitedRecord[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    records.push(...parser.push(text.slice(start, cut)));
    start = cut;
  }
  return [...records, ...parser.end()];
}

const tricky =
  '\ufeffid,text\r\n1,"a, b"\r\n2,"two\r\nlines"\r\n3,"say ""hi"""\r\n\r\n4,plain "quote" inside\r\n5,""\r\n6,last';

describe("DelimitedParser", () => {
  it("reads RFC 4180 quoting, CRLF, a BOM and blank lines, with record start lines", () => {
    const records = parseInPieces(tricky, ",", []);
    assert.deepEqual(
      records.map((r) => [r.line, ...r.fields]),
      [
        [1, "id", "text"],
        [2, "1", "a, b"],
        [3, "2", "two\r\nlines"],
        [5, "3", 'say "hi"'],
        [7, "4", 'plain "quote" inside'],
        [8, "5", ""],
        [9, "6", "last"],
      ],
    );
    assert.ok(records.every((r) => r.problem === undefined));
  });

  it("gives the same records wherever the chunks are cut", () => {
    const whole = parseInPieces(tricky, ",", []);
    for (let cut = 0; cut <= tricky.length; cut++) {
      assert.deepEqual(parseInPieces(tricky, ",", [cut]), whole, `cut at ${cut}`);
    }
    const everyChar = Array.from({ length: tricky.length }, (_, i) => i);
    assert.deepEqual(parseInPieces(tricky, ",", everyChar), whole);
  });

  it("reads tabs inside quoted TSV fields, LF and lone CR line ends", () => {
    const records = parseInPieces('a\tb\n"x\ty"\tz\rq\t"w\nv"\n', "\t", []);
    assert.deepEqual(
      records.map((r) => [r.line, ...r.fields]),
      [
        [1, "a", "b"],
        [2, "x\ty", "z"],
        [3, "q", "w\nv"],
      ],
    );
  });

  it("reports stray characters after a closing quote and an unclosed quote", () => {
    const records = parseInPieces('a,b\n"x"y,z\n1,"never closed\n2,3\n', ",", []);
    assert.equal(records[1]?.problem, `unexpected character "y" after a closing quote`);
    assert.deepEqual(records[1]?.fields, ["xy", "z"]);
    assert.equal(records[2]?.line, 3);
    assert.equal(records[2]?.problem, "a quoted field starting on line 3 is never closed");
  });

  it("sniffs the delimiter from the header line", () => {
    assert.equal(sniffDelimiter("id\tqid1"), "\t");
    assert.equal(sniffDelimiter('"id","qid1"'), ",");
  });
});

describe("readDelimitedRecords", () => {
  it("streams a file and sniffs its delimiter", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-records-"));
    try {
      const file = path.join(dir, "x.tsv");
      fs.writeFileSync(file, "a\tb\n1\t2\n");
      const records: DelimitedRecord[] = [];
      for await (const record of readDelimitedRecords(file)) records.push(record);
      assert.deepEqual(
        records.map((r) => r.fields),
        [
          ["a", "b"],
          ["1", "2"],
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads characters split between two 1 MiB chunks intact, and marks a line with bytes that are not UTF-8", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-records-"));
    try {
      const file = path.join(dir, "big.tsv");
      const filler = "x".repeat((1 << 20) - "a\tb\n".length - 2);
      // "é" (2 bytes) starts on the last byte of the first 1 MiB chunk.
      const text = `a\tb\n${filler}\té😀\n`;
      fs.writeFileSync(
        file,
        Buffer.concat([
          Buffer.from(text),
          Buffer.from("1\t"),
          Buffer.from([0xc3]),
          Buffer.from("\n"),
        ]),
      );
      const records: DelimitedRecord[] = [];
      for await (const record of readDelimitedRecords(file)) records.push(record);
      assert.equal(records[1]?.fields[1], "é😀");
      assert.equal(records[1]?.problem, undefined);
      assert.equal(records[2]?.line, 3);
      assert.equal(
        records[2]?.problem,
        "not valid UTF-8: field 2 holds bytes that are not UTF-8 at its start (save the file as UTF-8)",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
