// The steps of the notebook test: find the notebooks, register the kernel, execute a notebook
// through it (run-notebook.py), and check the HTML it converts to in headless Chromium.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import {
  findJupyterPython,
  jupyterEnvironment,
  jupyterInstallHelp,
  registerKernel,
  type KernelRegistration,
} from "../../scripts/jupyter";
import { ensureBuilt, root } from "../support/build";
import { openWatchedPage } from "../support/chromium";

export { root };
/** Where executed notebooks, their HTML and run reports go. */
const workDir = path.join(root, ".tmp", "notebooks");
/** Where the browser check saves one screenshot per notebook. */
export const screenshotDir = path.join(root, ".tmp", "screenshots");

/** One notebook to test. */
export interface NotebookCase {
  /** Absolute path. */
  readonly file: string;
  /** Path relative to the project root, for messages. */
  readonly name: string;
  /** A file-name-safe form of `name`, for the outputs. */
  readonly slug: string;
}

/** The test fixtures (test/fixtures/notebooks) then the curriculum (notebooks/), each sorted. */
export function notebookCases(): NotebookCase[] {
  const folders = [path.join(root, "test", "fixtures", "notebooks"), path.join(root, "notebooks")];
  return folders.flatMap((folder) =>
    (fs.existsSync(folder) ? fs.readdirSync(folder) : [])
      .filter((f) => f.endsWith(".ipynb"))
      .sort()
      .map((f) => {
        const name = path.relative(root, path.join(folder, f));
        return {
          file: path.join(folder, f),
          name,
          slug: name.replace(/\.ipynb$/, "").replace(/[^A-Za-z0-9_-]+/g, "-"),
        };
      }),
  );
}

/** The parts of the notebook format the tests read. */
export interface NotebookJson {
  readonly metadata?: { readonly kernelspec?: { readonly name?: string } };
  readonly cells: readonly {
    readonly cell_type: string;
    readonly source: string | readonly string[];
    readonly execution_count?: number | null;
    readonly outputs?: readonly {
      readonly output_type: string;
      readonly name?: string;
      readonly text?: string | readonly string[];
      readonly data?: Readonly<Record<string, unknown>>;
    }[];
  }[];
}

/** Reads an .ipynb file. */
export function readNotebook(file: string): NotebookJson {
  return JSON.parse(fs.readFileSync(file, "utf8")) as NotebookJson;
}

/** Why a notebook is not clean (outputs or execution counts saved, another kernel), or []. */
export function uncleanCells(notebook: NotebookJson, kernelName: string): string[] {
  const problems: string[] = [];
  const kernel = notebook.metadata?.kernelspec?.name;
  if (kernel !== kernelName)
    problems.push(`kernelspec.name is ${JSON.stringify(kernel)}, not "${kernelName}"`);
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    if ((cell.outputs ?? []).length > 0)
      problems.push(`cell ${index} has ${cell.outputs!.length} saved output(s)`);
    if (cell.execution_count !== null && cell.execution_count !== undefined) {
      problems.push(`cell ${index} has execution_count ${cell.execution_count}`);
    }
  });
  return problems;
}

/** A Python with Jupyter and the kernel registered for this test run. */
export interface JupyterSetup {
  readonly python: string;
  readonly kernel: KernelRegistration;
  readonly prefix: string;
}

/**
 * Finds a Python with nbclient and nbconvert, makes sure the notebooks import the current
 * library ({@link ensureBuilt}: builds dist/ when a source file is newer, links
 * node_modules/siamese-lab), and registers the kernel in a temporary prefix. Throws what to
 * install when Jupyter is missing.
 */
export function prepareJupyter(): JupyterSetup {
  const search = findJupyterPython("execute");
  if (!search.found) throw new Error(jupyterInstallHelp("execute", search.tried));
  ensureBuilt();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-kernel-"));
  return {
    python: search.probe.python,
    kernel: registerKernel({ python: search.probe.python, prefix }),
    prefix,
  };
}

/** What run-notebook.py reports. */
export interface RunReport {
  readonly kernel: string;
  readonly seconds: number;
  readonly startupSeconds: number;
  readonly cells: readonly { readonly index: number; readonly seconds: number }[];
  readonly error: null | {
    readonly kind: string;
    readonly index: number | null;
    readonly source: string;
    readonly output: string;
  };
}

/** A notebook's run: the report and where the executed notebook and its HTML are. */
export interface NotebookRun {
  readonly report: RunReport;
  readonly executed: string;
  readonly html: string;
}

/** Executes a notebook through the registered kernel and converts it to HTML. */
export async function runNotebook(
  setup: JupyterSetup,
  notebook: NotebookCase,
  cellTimeout: number,
): Promise<NotebookRun> {
  fs.mkdirSync(workDir, { recursive: true });
  const executed = path.join(workDir, `${notebook.slug}.ipynb`);
  const html = path.join(workDir, `${notebook.slug}.html`);
  const reportFile = path.join(workDir, `${notebook.slug}.json`);
  for (const file of [executed, html, reportFile]) fs.rmSync(file, { force: true });
  const args = [
    path.join(__dirname, "run-notebook.py"),
    notebook.file,
    "--executed",
    executed,
    "--html",
    html,
    "--report",
    reportFile,
    "--cell-timeout",
    String(cellTimeout),
  ];
  const child = spawn(setup.python, args, {
    env: jupyterEnvironment(setup.kernel),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (!fs.existsSync(reportFile)) {
    throw new Error(`run-notebook.py wrote no report (exit ${status}):\n${log.slice(-4000)}`);
  }
  return { report: JSON.parse(fs.readFileSync(reportFile, "utf8")) as RunReport, executed, html };
}

/** The failure message of a run: the failing cell's source and what it printed. */
export function describeFailure(run: NotebookRun): string {
  const error = run.report.error!;
  if (error.index === null) return `the notebook could not run (${error.kind}):\n${error.output}`;
  return [
    `cell ${error.index} failed (${error.kind}).`,
    "--- cell source ---",
    error.source,
    "--- cell output ---",
    error.output || "(no output)",
  ].join("\n");
}

/** Cells that wrote to stderr (graders score that as a failure), as short notes. */
export function stderrNotes(notebook: NotebookJson): string[] {
  const notes: string[] = [];
  notebook.cells.forEach((cell, index) => {
    for (const output of cell.outputs ?? []) {
      if (output.output_type === "stream" && output.name === "stderr") {
        const text = Array.isArray(output.text) ? output.text.join("") : String(output.text ?? "");
        notes.push(`cell ${index} wrote to stderr: ${text.trim().split("\n")[0]!.slice(0, 160)}`);
      }
    }
  });
  return notes;
}

/** Charts, tables and plotly.js copies the notebook's saved outputs hold. */
export interface DisplayCounts {
  readonly charts: number;
  readonly tables: number;
  readonly plotlyCopies: number;
}

/** Counts the chart divs, siamese-lab tables and plotly.js loaders in a notebook's HTML outputs. */
export function countDisplays(notebook: NotebookJson): DisplayCounts {
  let charts = 0;
  let tables = 0;
  let plotlyCopies = 0;
  for (const cell of notebook.cells) {
    for (const output of cell.outputs ?? []) {
      const raw = output.data?.["text/html"];
      // nbformat stores text as a string or as a list of lines.
      const html = typeof raw === "string" ? raw : Array.isArray(raw) ? raw.join("") : "";
      charts += html.match(/class="siamese-lab-chart"/g)?.length ?? 0;
      tables += html.match(/<table class="siamese-lab-table"/g)?.length ?? 0;
      plotlyCopies += html.match(/<script [^>]*data-siamese-lab-plotly=/g)?.length ?? 0;
    }
  }
  return { charts, tables, plotlyCopies };
}

// Code run in the page, as source text (this project's TypeScript has no DOM types).
const allChartsDrawn = `[...document.querySelectorAll(".siamese-lab-chart")]
  .every((div) => div.querySelector(".main-svg") !== null)`;
const mathJaxIdle = `(() => {
  const box = document.getElementById("MathJax_Message");
  return box === null || box.style.display === "none" || box.textContent === "";
})()`;
const pageCounts = `(() => {
  const divs = [...document.querySelectorAll(".siamese-lab-chart")];
  const undrawn = divs.filter((div) => div.querySelector(".main-svg") === null);
  return {
    charts: divs.length,
    drawn: divs.length - undrawn.length,
    undrawn: undrawn.map((div) => div.id + ": " + (div.textContent || "").trim().slice(0, 200)),
    tables: document.querySelectorAll("table.siamese-lab-table").length,
  };
})()`;

/** What the browser found on a page. */
export interface BrowserCheck {
  readonly charts: number;
  readonly drawnCharts: number;
  readonly undrawn: readonly string[];
  readonly tables: number;
  readonly problems: readonly string[];
  readonly notes: readonly string[];
  readonly screenshot: string;
}

/**
 * Opens a notebook's HTML in Chromium, offline, waits for every chart to draw (plotly's
 * `.main-svg` inside each chart div), counts charts and tables, saves a full-page screenshot
 * and collects console errors, uncaught exceptions and network requests.
 */
export async function checkInBrowser(
  browser: Browser,
  run: NotebookRun,
  slug: string,
): Promise<BrowserCheck> {
  const { page, problems } = await openWatchedPage(browser);
  try {
    await page.goto(`file://${run.html}`, { waitUntil: "load", timeout: 60_000 });
    await page
      .waitForFunction(allChartsDrawn, null, { timeout: 30_000, polling: 100 })
      .catch(() => undefined);
    // nbconvert's page loads MathJax, whose "Loading ..." box would cover the screenshot.
    await page.waitForFunction(mathJaxIdle, null, { timeout: 10_000 }).catch(() => undefined);
    const found = (await page.evaluate(pageCounts)) as {
      charts: number;
      drawn: number;
      undrawn: string[];
      tables: number;
    };
    fs.mkdirSync(screenshotDir, { recursive: true });
    const screenshot = path.join(screenshotDir, `${slug}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });

    // Requests the nbconvert template itself makes (a CDN MathJax or require.js with pip's
    // nbconvert) are its business; anything else means a notebook output needs the network.
    const pageHtml = fs.readFileSync(run.html, "utf8");
    const head = pageHtml.slice(0, Math.max(0, pageHtml.indexOf("<body")));
    const notes: string[] = [];
    const failures = [
      ...problems.pageErrors.map((e) => `uncaught exception: ${e}`),
      ...problems.consoleErrors
        .filter(
          (e) =>
            !problems.networkRequests.some(
              (url) => head.includes(url.split("?")[0]!) && e.includes("net::"),
            ),
        )
        .map((e) => `console error: ${e}`),
    ];
    for (const url of problems.networkRequests) {
      if (head.includes(url.split("?")[0]!))
        notes.push(`offline: the nbconvert template's ${url} was not loaded`);
      else failures.push(`network request (outputs must work offline): ${url}`);
    }
    return {
      charts: found.charts,
      drawnCharts: found.drawn,
      undrawn: found.undrawn,
      tables: found.tables,
      problems: failures,
      notes,
      screenshot,
    };
  } finally {
    await page.close();
  }
}
