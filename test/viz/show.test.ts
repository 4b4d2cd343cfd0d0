import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { heatmapChart, lineChart, loadPlotly, show } from "../../src/viz";
import { resetPlotlySent } from "../../src/viz/show";
import { withFakeKernel } from "../support/fake-tslab-kernel";

const plotlyMarker = "data-siamese-lab-plotly=";

/** The HTML of each display output, checking each carries text/html only. */
function htmlOf(outputs: readonly Record<string, unknown>[]): string[] {
  return outputs.map((output) => {
    assert.deepEqual(Object.keys(output), ["text/html"]);
    return output["text/html"] as string;
  });
}

describe("show and loadPlotly", () => {
  const figure = lineChart([{ name: "loss", y: [1, 0.5] }], { title: "Loss" });
  let logged: string[];
  let originalLog: typeof console.log;

  beforeEach(() => {
    resetPlotlySent();
    logged = [];
    originalLog = console.log;
    console.log = (...args: unknown[]) => void logged.push(args.join(" "));
  });
  afterEach(() => {
    console.log = originalLog;
    resetPlotlySent();
  });

  it("in a kernel, inlines plotly.js with the first chart only, then reuses it", () => {
    const html = withFakeKernel((outputs) => {
      show(figure);
      show(heatmapChart([[1]]));
      show(figure);
      return htmlOf(outputs);
    });
    assert.equal(html.length, 3);
    const [first, second, third] = html;
    assert.ok(first!.includes(plotlyMarker), "plotly.js in the first output");
    assert.ok(first!.length > 1_000_000, `first output holds the bundle (${first!.length} chars)`);
    assert.ok(
      first!.indexOf(plotlyMarker) < first!.indexOf("siamese-lab-chart-"),
      "loader before the chart",
    );
    assert.ok(
      !second!.includes(plotlyMarker) && !third!.includes(plotlyMarker),
      "later charts reuse window.Plotly",
    );
    assert.ok(second!.length < 10_000);
    const ids = html.map((h) => /id="(siamese-lab-chart-[0-9a-f-]+)"/.exec(h)?.[1]);
    assert.equal(new Set(ids).size, 3, "every chart has its own div id");
    assert.deepEqual(logged, []);
  });

  it("loadPlotly sends plotly.js now (every time it is called) and charts after it do not", () => {
    const html = withFakeKernel((outputs) => {
      loadPlotly();
      show(figure);
      loadPlotly();
      return htmlOf(outputs);
    });
    assert.ok(html[0]!.includes(plotlyMarker));
    assert.match(html[0]!, /plotly\.js \d+\.\d+\.\d+ is loaded/);
    assert.ok(!html[1]!.includes(plotlyMarker));
    assert.ok(html[2]!.includes(plotlyMarker));
  });

  it("outside a kernel, writes a standalone page to the given file and says where", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-show-"));
    try {
      const file = path.join(folder, "sub", "loss.html");
      show(figure, { file });
      const page = fs.readFileSync(file, "utf8");
      assert.match(page, /^<!DOCTYPE html>/);
      assert.ok(page.includes(plotlyMarker));
      assert.ok(page.includes("Plotly.newPlot"));
      assert.deepEqual(fs.readdirSync(path.dirname(file)), ["loss.html"], "no temp file left");
      assert.equal(logged.length, 1);
      assert.match(
        logged[0]!,
        /show: not in a notebook, so the chart "Loss" was written to .*loss\.html/,
      );
      loadPlotly();
      assert.equal(logged.length, 1, "loadPlotly does nothing outside a notebook");
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("outside a kernel, picks a new file in the temp folder by default", () => {
    show(figure);
    const file = /written to (.*\.html)/.exec(logged[0] ?? "")?.[1];
    assert.ok(file !== undefined, logged[0]);
    try {
      assert.ok(file.startsWith(path.join(os.tmpdir(), "siamese-lab-charts")), file);
      assert.match(path.basename(file), /^loss-\d+-\d+\.html$/);
      assert.ok(fs.statSync(file).size > 1_000_000);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it("rejects what is not a figure", () => {
    assert.throws(
      () => show({ data: {} } as never),
      /show: argument 'figure' must be a plotly figure \{ data: \[\.\.\.\], layout: \{\.\.\.\} \}, got Object/,
    );
    assert.throws(
      () => show(figure, { file: "" }),
      /show: argument 'options.file' must be a file path/,
    );
  });
});
