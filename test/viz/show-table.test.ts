import { strict as assert } from "node:assert";
import { showTable } from "../../src/viz";
import { readTable, tableHtml, tableText } from "../../src/viz/show-table";
import { withFakeKernel } from "../support/fake-tslab-kernel";

describe("showTable", () => {
  let logged: string[];
  let originalLog: typeof console.log;
  beforeEach(() => {
    logged = [];
    originalLog = console.log;
    console.log = (...args: unknown[]) => void logged.push(args.join(" "));
  });
  afterEach(() => {
    console.log = originalLog;
  });

  it("shows rows as an escaped HTML table in a kernel, numbers right-aligned and rounded", () => {
    const html = withFakeKernel((outputs) => {
      showTable(
        [
          { question: "<script>alert(1)</script>", score: 0.123456, group: "a & b" },
          { question: 'Is "this" fine?', score: 2, extra: true },
        ],
        { caption: "Pairs <1>" },
      );
      return outputs.map((o) => o["text/html"] as string);
    });
    assert.equal(html.length, 1);
    const table = html[0]!;
    assert.match(table, /^<table class="siamese-lab-table">/);
    assert.ok(!table.includes("<script>"), "cell text escaped");
    assert.ok(table.includes("&#60;script&#62;alert(1)&#60;/script&#62;"));
    assert.ok(table.includes("<caption>Pairs &#60;1&#62;</caption>"));
    assert.ok(
      table.includes(
        '<th style="text-align:left">question</th><th style="text-align:right">score</th><th style="text-align:left">group</th>',
      ),
    );
    assert.ok(table.includes('<td style="text-align:right">0.1235</td>'));
    assert.ok(table.includes('<td style="text-align:left">a &#38; b</td>'));
    assert.ok(table.includes('<td style="text-align:left">Is &#34;this&#34; fine?</td>'));
    assert.ok(table.includes('<td style="text-align:left">true</td>'));
    assert.deepEqual(logged, []);
  });

  it("reads a danfo.js DataFrame and Series shape: columns, values row by row, the index as row labels", () => {
    const frame = {
      columns: ["a", "b"],
      values: [
        [1, "x"],
        [2.5, "y"],
      ],
      index: [10, 11],
    };
    const cells = readTable("showTable", frame, {});
    assert.deepEqual(cells.columns, ["a", "b"]);
    assert.deepEqual(cells.index, ["10", "11"]);
    assert.deepEqual(cells.rows, [
      ["1", "x"],
      ["2.5", "y"],
    ]);
    assert.deepEqual(cells.numeric, [true, false]);
    assert.match(
      tableHtml(cells),
      /<tr><th>10<\/th><td style="text-align:right">1<\/td><td style="text-align:left">x<\/td><\/tr>/,
    );
    const series = readTable(
      "showTable",
      { columns: ["a"], values: [1, 2], index: [0, 1] },
      { index: false },
    );
    assert.deepEqual(series.rows, [["1"], ["2"]]);
    assert.equal(series.index, undefined);
  });

  it("cuts long tables at maxRows and says how many rows are left out", () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ i }));
    const cells = readTable("showTable", rows, {});
    assert.equal(cells.rows.length, 20);
    assert.equal(cells.total, 25);
    assert.match(tableHtml(cells), /\.\.\. 5 more rows \(25 in all\)/);
    const one = readTable("showTable", rows.slice(0, 3), { maxRows: 2, index: true });
    assert.match(tableText(one), /\.\.\. 1 more row \(3 in all\)$/);
    assert.deepEqual(one.index, ["0", "1"]);
  });

  it("prints aligned text outside a kernel", () => {
    showTable(
      [
        { name: "alpha", value: 1.5 },
        { name: "b", value: 10 },
      ],
      { caption: "Margins" },
    );
    assert.equal(logged.length, 1);
    assert.equal(
      logged[0],
      ["Margins", "name   value", "-----  -----", "alpha    1.5", "b         10"].join("\n"),
    );
  });

  it("formats nulls, arrays, objects and values that describe themselves; long objects cut, text kept", () => {
    const cells = readTable(
      "showTable",
      [
        {
          a: null,
          b: [1.23456, 2],
          c: { k: 1 },
          d: { toString: () => "Tensor [1, 2]" },
          e: "x".repeat(100),
          f: { long: "y".repeat(100) },
        },
      ],
      { digits: 2 },
    );
    assert.deepEqual(cells.rows[0]!.slice(0, 4), ["", "[1.23, 2]", '{"k":1}', "Tensor [1, 2]"]);
    assert.equal(cells.rows[0]![4]!.length, 100);
    assert.equal(cells.rows[0]![5]!.length, 80);
    assert.ok(cells.rows[0]![5]!.endsWith("..."));
  });

  it("rejects what is not a table and bad options", () => {
    assert.throws(
      () => showTable(42 as never),
      /showTable: argument 'table' must be an array of row objects or a danfo\.js DataFrame, got 42/,
    );
    assert.throws(
      () => showTable([1] as never),
      /'table' must be row objects \{ column: value \}, got 1 at index 0/,
    );
    assert.throws(
      () => showTable([], { maxRows: 0 }),
      /'options.maxRows' must be a finite number >= 1/,
    );
  });

  it("takes rows typed by an interface (no index signature), such as the corpus's pairs", () => {
    interface Pair {
      readonly question1: string;
      readonly isDuplicate: boolean;
    }
    const pairs: readonly Pair[] = [{ question1: "How old are you?", isDuplicate: true }];
    const cells = readTable("showTable", pairs, {});
    assert.deepEqual(cells.columns, ["question1", "isDuplicate"]);
    assert.deepEqual(cells.rows, [["How old are you?", "true"]]);
  });
});
