import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { launchChromium } from "../support/chromium";
import {
  countDisplays,
  describeFailure,
  notebookCases,
  prepareJupyter,
  runNotebook,
  stderrNotes,
  uncleanCells,
  type JupyterSetup,
  type NotebookJson,
} from "./notebook-harness";

/** A notebook for the siamese-lab kernel with the given code cells. */
function notebookJson(cells: readonly string[]): object {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: {
        name: "siamese-lab",
        display_name: "siamese-lab (TypeScript)",
        language: "typescript",
      },
    },
    cells: cells.map((source, i) => ({
      cell_type: "code",
      id: `cell-${i}`,
      metadata: {},
      execution_count: null,
      outputs: [],
      source,
    })),
  };
}

describe("the notebook harness", () => {
  it("finds the fixture notebooks first, then the curriculum", () => {
    const cases = notebookCases();
    assert.ok(
      cases.some((c) => c.name === path.join("test", "fixtures", "notebooks", "smoke.ipynb")),
    );
    const firstCurriculum = cases.findIndex((c) => c.name.startsWith("notebooks"));
    if (firstCurriculum >= 0)
      assert.ok(cases.slice(firstCurriculum).every((c) => c.name.startsWith("notebooks")));
    assert.equal(new Set(cases.map((c) => c.slug)).size, cases.length);
  });

  it("tells a clean notebook from one saved with outputs or another kernel", () => {
    const clean = notebookJson(["1 + 1"]) as NotebookJson;
    assert.deepEqual(uncleanCells(clean, "siamese-lab"), []);
    const dirty = {
      metadata: { kernelspec: { name: "tslab" } },
      cells: [
        {
          cell_type: "code",
          source: "1",
          execution_count: 3,
          outputs: [{ output_type: "stream", name: "stdout", text: "1" }],
        },
      ],
    };
    assert.deepEqual(uncleanCells(dirty, "siamese-lab"), [
      'kernelspec.name is "tslab", not "siamese-lab"',
      "cell 0 has 1 saved output(s)",
      "cell 0 has execution_count 3",
    ]);
  });

  it("counts chart, table and plotly.js outputs, and notes stderr", () => {
    const executed: NotebookJson = {
      cells: [
        {
          cell_type: "code",
          source: "",
          outputs: [
            {
              output_type: "display_data",
              data: {
                "text/html": [
                  '<script type="text/javascript" data-siamese-lab-plotly="3">',
                  '<div id="a" class="siamese-lab-chart">',
                ],
              },
            },
            {
              output_type: "display_data",
              data: { "text/html": '<table class="siamese-lab-table">' },
            },
            { output_type: "stream", name: "stderr", text: "careful\nmore" },
          ],
        },
      ],
    };
    assert.deepEqual(countDisplays(executed), { charts: 1, tables: 1, plotlyCopies: 1 });
    assert.deepEqual(stderrNotes(executed), ["cell 0 wrote to stderr: careful"]);
  });

  it("fails with what to install when no Python has Jupyter", () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-nojupyter-"));
    const python = path.join(folder, "python3");
    fs.writeFileSync(python, `#!/bin/sh\necho '{"version": "3.11.2", "modules": {}}'\n`, {
      mode: 0o755,
    });
    const saved = process.env.SIAMESE_LAB_PYTHON;
    process.env.SIAMESE_LAB_PYTHON = python;
    try {
      assert.throws(
        () => prepareJupyter(),
        /Jupyter was not found[\s\S]*apt-get install -y jupyter-nbconvert python3-nbclient/,
      );
    } finally {
      if (saved === undefined) delete process.env.SIAMESE_LAB_PYTHON;
      else process.env.SIAMESE_LAB_PYTHON = saved;
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it("fails with what to install when Chromium is missing", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await assert.rejects(
        launchChromium(),
        /\/nonexistent\/chromium does not exist\. .*apt-get install -y chromium/,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  describe("executing @slow", function () {
    this.timeout(10 * 60_000);
    let setup: JupyterSetup | undefined;
    let folder: string;
    before(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-failing-"));
    });
    after(() => {
      fs.rmSync(folder, { recursive: true, force: true });
      if (setup !== undefined) fs.rmSync(setup.prefix, { recursive: true, force: true });
    });

    it("stops at the first failing cell and reports its source and error", async () => {
      setup = prepareJupyter();
      const file = path.join(folder, "failing.ipynb");
      fs.writeFileSync(
        file,
        JSON.stringify(
          notebookJson([
            'console.log("first");',
            'const broken: number = "text";',
            'console.log("never");',
          ]),
        ),
      );
      const run = await runNotebook(
        setup,
        { file, name: "failing.ipynb", slug: "harness-failing" },
        60,
      );
      const error = run.report.error;
      assert.ok(error !== null, "the run failed");
      assert.equal(error.index, 1);
      assert.equal(error.kind, "error");
      assert.equal(error.source, 'const broken: number = "text";');
      assert.match(error.output, /Type 'string' is not assignable to type 'number'/);
      // Timed: the cells that ran, the failing one included.
      assert.deepEqual(
        run.report.cells.map((c) => c.index),
        [0, 1],
      );
      assert.ok(!fs.existsSync(run.html), "no HTML for a failed run");
      const message = describeFailure(run);
      assert.match(
        message,
        /cell 1 failed \(error\)\.\n--- cell source ---\nconst broken: number = "text";\n--- cell output ---\n.*not assignable/,
      );
      const executed = JSON.parse(fs.readFileSync(run.executed, "utf8")) as NotebookJson;
      assert.deepEqual(executed.cells[2]?.outputs, [], "later cells did not run");
    });
  });
});
