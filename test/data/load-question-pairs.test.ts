import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadQuestionPairs, QuestionPairsFormatError } from "../../src/data";

describe("loadQuestionPairs", () => {
  let dir: string;
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-pairs-"));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reads a Quora-style CSV: quoted fields, embedded tab, newline and quotes, BOM, CRLF", async () => {
    const file = write(
      "quora.csv",
      '\ufeff"id","qid1","qid2","question1","question2","is_duplicate"\r\n' +
        '"0","1","2","What is x?","What is ""x""?","1"\r\n' +
        '"1","3","4","A tab\there, a comma","Two\r\nlines","0"\r\n',
    );
    const { pairs, skipped } = await loadQuestionPairs(file);
    assert.deepEqual(skipped, []);
    assert.deepEqual(pairs, [
      {
        id: 0,
        qid1: 1,
        qid2: 2,
        question1: "What is x?",
        question2: 'What is "x"?',
        isDuplicate: true,
      },
      {
        id: 1,
        qid1: 3,
        qid2: 4,
        question1: "A tab\there, a comma",
        question2: "Two\r\nlines",
        isDuplicate: false,
      },
    ]);
  });

  it("reads a TSV with unquoted quotes, columns in any order and a split column", async () => {
    const file = write(
      "pairs.tsv",
      'is_duplicate\tid\tqid1\tqid2\tquestion1\tquestion2\tsplit\n0\t7\t1\t2\tIs "Dune" good?\tWhy?\toneshot\n',
    );
    const { pairs } = await loadQuestionPairs(file);
    assert.deepEqual(pairs, [
      {
        id: 7,
        qid1: 1,
        qid2: 2,
        question1: 'Is "Dune" good?',
        question2: "Why?",
        isDuplicate: false,
        split: "oneshot",
      },
    ]);
  });

  const header = "id,qid1,qid2,question1,question2,is_duplicate\n";
  const badRows = [
    { row: "1,1,2,How?,,0", reason: "question2 is empty" },
    { row: '2,3,4,"  ",Why?,1', reason: "question1 is empty" },
    { row: "3,5,6,How?,Why?", reason: "expected 6 fields, got 5" },
    { row: "4,7,8,How?,Why?,2", reason: 'is_duplicate must be 0 or 1, got "2"' },
    { row: "5,9,10,How?,Why?,yes", reason: 'is_duplicate must be 0 or 1, got "yes"' },
    { row: "x,11,12,How?,Why?,1", reason: 'id must be a non-negative integer, got "x"' },
    { row: '6,13,14,"How"?,Why?,1', reason: `unexpected character "?" after a closing quote` },
  ];

  for (const { row, reason } of badRows) {
    it(`strict mode names file, line and problem: ${reason}`, async () => {
      const file = write("bad.csv", `${header}0,1,2,Good?,Fine?,1\n${row}\n`);
      await assert.rejects(loadQuestionPairs(file, { strict: true }), (error: unknown) => {
        assert.ok(error instanceof QuestionPairsFormatError);
        assert.equal(error.message, `loadQuestionPairs: ${file} line 3: ${reason}`);
        assert.equal(error.line, 3);
        assert.equal(error.file, file);
        return true;
      });
    });
  }

  it("lenient mode skips every bad row and says which and why", async () => {
    const rows = badRows.map((bad) => bad.row);
    const file = write(
      "lenient.csv",
      `${header}0,1,2,Good?,Fine?,1\n${rows.join("\n")}\n9,1,2,Also good?,Yes.,0\n`,
    );
    const { pairs, skipped } = await loadQuestionPairs(file, { strict: false });
    assert.deepEqual(
      pairs.map((pair) => pair.id),
      [0, 9],
    );
    assert.deepEqual(
      skipped,
      badRows.map((bad, index) => ({ line: index + 3, reason: bad.reason })),
    );
  });

  it("counts lines inside multi-line fields when it reports a bad row", async () => {
    const file = write(
      "lines.csv",
      `${header}0,1,2,"one\ntwo\nthree",Fine?,1\n1,3,4,How?,Why?,7\n`,
    );
    await assert.rejects(loadQuestionPairs(file), /lines.csv line 5: is_duplicate must be 0 or 1/);
  });

  it("keeps only the rows a filter accepts", async () => {
    const file = write("filter.csv", `${header}0,1,2,a?,b?,1\n1,3,4,c?,d?,0\n2,5,6,e?,f?,1\n`);
    const { pairs } = await loadQuestionPairs(file, { filter: (pair) => pair.isDuplicate });
    assert.deepEqual(
      pairs.map((pair) => pair.id),
      [0, 2],
    );
  });

  it("rejects a header without the Quora columns and an empty file, in both modes", async () => {
    const file = write("header.csv", "a,b,c\n1,2,3\n");
    for (const strict of [true, false]) {
      await assert.rejects(
        loadQuestionPairs(file, { strict }),
        /loadQuestionPairs: .*header.csv line 1: the header must name the columns id, qid1, qid2, question1, question2, is_duplicate; missing id, qid1/,
      );
    }
    await assert.rejects(
      loadQuestionPairs(write("empty.csv", "")),
      /empty.csv line 1: the file is empty/,
    );
  });

  it("names a bad UTF-8 line in strict mode, and skips and counts it in lenient mode", async () => {
    const tsvHeader = "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate\n";
    const latin1 = Buffer.concat([
      Buffer.from(`${tsvHeader}0\t1\t2\tWhat is x?\tWhat is y?\t0\n`),
      Buffer.from("1\t3\t4\tCaf"),
      Buffer.from([0xe9, 0x20]), // "é" in Latin-1: not UTF-8
      Buffer.from("au lait?\tCoffee?\t1\n2\t5\t6\tA?\tB?\t0\n"),
      Buffer.from("3\t7\t8\tC?\t"),
      Buffer.from([0xf0, 0x9f, 0x98]), // an emoji cut short
      Buffer.from("\t1\n"),
    ]);
    const file = path.join(dir, "latin1.tsv");
    fs.writeFileSync(file, latin1);
    await assert.rejects(
      loadQuestionPairs(file),
      (error: unknown) =>
        error instanceof QuestionPairsFormatError &&
        error.line === 3 &&
        /^loadQuestionPairs: .*latin1\.tsv line 3: not valid UTF-8: field 4 holds bytes that are not UTF-8 after "Caf" \(save the file as UTF-8\)$/.test(
          error.message,
        ),
    );
    const { pairs, skipped } = await loadQuestionPairs(file, { strict: false });
    assert.deepEqual(
      pairs.map((p) => p.id),
      [0, 2],
    );
    assert.deepEqual(
      skipped.map((s) => [s.line, s.reason.replace(/ holds .*/, "")]),
      [
        [3, "not valid UTF-8: field 4"],
        [5, "not valid UTF-8: field 5"],
      ],
    );
    const header8859 = path.join(dir, "header.tsv");
    fs.writeFileSync(header8859, Buffer.concat([Buffer.from([0xff]), Buffer.from(tsvHeader)]));
    await assert.rejects(
      loadQuestionPairs(header8859, { strict: false }),
      /header\.tsv line 1: the header is not valid UTF-8: field 1/,
    );
  });

  it("keeps a U+FFFD the file really holds (it is valid UTF-8)", async () => {
    const file = write("replacement.csv", `${header}0,1,2,What is \ufffd?,What is y?,0\n`);
    const { pairs } = await loadQuestionPairs(file);
    assert.equal(pairs[0]?.question1, "What is \ufffd?");
  });

  it("names a folder given as the file, and a file it cannot read", async () => {
    await assert.rejects(
      loadQuestionPairs(dir),
      /^Error: loadQuestionPairs: argument 'file' must be an existing file, got '.*', which is a directory$/,
    );
    if (process.getuid?.() !== 0) {
      const locked = write("locked.tsv", header);
      fs.chmodSync(locked, 0o000);
      await assert.rejects(
        loadQuestionPairs(locked),
        /^Error: loadQuestionPairs: cannot read .*locked\.tsv: EACCES/,
      );
    }
  });

  it("rejects bad arguments by name", async () => {
    await assert.rejects(
      loadQuestionPairs(path.join(dir, "missing.tsv")),
      /loadQuestionPairs: argument 'file' must be an existing file/,
    );
    const file = write("ok.csv", header);
    await assert.rejects(
      loadQuestionPairs(file, { strict: "no" as unknown as boolean }),
      /argument 'options.strict' must be a boolean/,
    );
    await assert.rejects(
      loadQuestionPairs(file, { delimiter: ";" as "," }),
      /argument 'options.delimiter'/,
    );
  });
});
