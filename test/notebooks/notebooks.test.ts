// Runs every notebook (the fixtures in test/fixtures/notebooks, then the curriculum in
// notebooks/) through the real tslab kernel, as CI does, then checks the HTML that
// `jupyter nbconvert --to html` makes of it in headless Chromium: every chart drawn, every
// table there, no errors. Executed notebooks and their HTML go to .tmp/notebooks/, one
// screenshot per notebook to .tmp/screenshots/. Needs Jupyter (nbclient, nbconvert) and
// Chromium; without them the tests fail and say what to install.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { KERNEL_NAME } from "../../scripts/jupyter";
import { launchChromium } from "../support/chromium";
import {
  checkInBrowser,
  countDisplays,
  describeFailure,
  notebookCases,
  prepareJupyter,
  readNotebook,
  root,
  runNotebook,
  stderrNotes,
  uncleanCells,
  type JupyterSetup,
  type NotebookRun,
} from "./notebook-harness";

/** Seconds a single cell may run (NOTEBOOK_CELL_TIMEOUT overrides). */
const cellTimeout = Number(process.env.NOTEBOOK_CELL_TIMEOUT ?? 300);
const cases = notebookCases();

describe("notebooks are committed clean", () => {
  it(`every notebook has no outputs or execution counts and uses the '${KERNEL_NAME}' kernel`, () => {
    assert.ok(cases.length > 0, "no notebook found (test/fixtures/notebooks should hold one)");
    const problems = cases.flatMap((c) =>
      uncleanCells(readNotebook(c.file), KERNEL_NAME).map((p) => `${c.name}: ${p}`),
    );
    assert.deepEqual(
      problems,
      [],
      `clear the outputs before committing (Edit > Clear All Outputs, then save):\n${problems.join("\n")}`,
    );
  });
});

describe("notebooks run and draw @slow", function () {
  let setup: Promise<JupyterSetup> | undefined;
  let browser: Promise<Browser> | undefined;
  const runs = new Map<string, NotebookRun>();
  const log = (line: string): void => console.log(`      ${line}`);

  // Set up lazily, once: when Jupyter or Chromium is missing every test that needs it fails
  // with the install command, instead of one hook failure hiding the rest.
  const jupyter = (): Promise<JupyterSetup> =>
    (setup ??= Promise.resolve().then(() => prepareJupyter()));
  const chromium = (): Promise<Browser> => (browser ??= launchChromium());

  after(async () => {
    const summary = cases
      .filter((c) => runs.has(c.name))
      .map((c) => `${c.name}: ${runs.get(c.name)!.report.seconds.toFixed(1)} s`);
    if (summary.length > 0) {
      const total = [...runs.values()].reduce((sum, r) => sum + r.report.seconds, 0);
      console.log(
        `\n  notebook run times:\n${summary.map((s) => `    ${s}`).join("\n")}\n    total: ${total.toFixed(1)} s`,
      );
    }
    await browser?.then((b) => b.close()).catch(() => undefined);
    const prefix = await setup?.then((s) => s.prefix).catch(() => undefined);
    if (prefix !== undefined) fs.rmSync(prefix, { recursive: true, force: true });
  });

  for (const notebook of cases) {
    describe(notebook.name, () => {
      it("runs every cell through the tslab kernel", async function () {
        this.timeout(30 * 60_000);
        const run = await runNotebook(await jupyter(), notebook, cellTimeout);
        runs.set(notebook.name, run);
        const { report } = run;
        const slowest = [...report.cells].sort((a, b) => b.seconds - a.seconds)[0];
        log(
          `${notebook.name}: ${report.seconds.toFixed(1)} s (kernel start ${report.startupSeconds.toFixed(1)} s` +
            (slowest === undefined
              ? ")"
              : `; slowest cell ${slowest.index}: ${slowest.seconds.toFixed(1)} s)`),
        );
        if (report.error !== null) assert.fail(`${notebook.name}: ${describeFailure(run)}`);
        for (const note of stderrNotes(readNotebook(run.executed))) log(`note: ${note}`);
      });

      it("draws every chart and table in headless Chromium, without errors", async function () {
        this.timeout(5 * 60_000);
        const run = runs.get(notebook.name);
        if (run === undefined || run.report.error !== null) {
          assert.fail("not checked: the notebook did not run through (see the test above)");
        }
        const expected = countDisplays(readNotebook(run.executed));
        if (expected.charts > 0) {
          assert.equal(expected.plotlyCopies, 1, "plotly.js is inlined exactly once per notebook");
        }
        const page = await checkInBrowser(await chromium(), run, notebook.slug);
        log(
          `${page.drawnCharts}/${expected.charts} charts drawn, ${page.tables}/${expected.tables} tables; ` +
            `screenshot ${path.relative(root, page.screenshot)}`,
        );
        for (const note of page.notes) log(`note: ${note}`);
        assert.deepEqual(page.problems, [], "the page logged errors");
        assert.equal(page.charts, expected.charts, "every chart output is in the HTML");
        assert.deepEqual(page.undrawn, [], "charts without a plotly SVG");
        assert.equal(page.tables, expected.tables, "every table output is in the HTML");
      });
    });
  }
});
