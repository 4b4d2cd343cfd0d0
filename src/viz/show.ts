import { randomUUID } from "node:crypto";
import * as os from "node:os";
import * as path from "node:path";
import { writeFileAtomicSync } from "../io/write-file-atomic-sync";
import { tslabKernel } from "../notebook";
import { describeValue, invalidArgument } from "../validate";
import { chartHtml, plotlyLoaderHtml, standaloneHtml } from "./chart-html";
import type { Figure } from "./figure";
import { plotlyBundle } from "./plotly-bundle";

/** Options of {@link show}. */
export interface ShowOptions {
  /**
   * Outside a notebook only: the HTML file to write (default: a new file in
   * `<os temp dir>/siamese-lab-charts/`).
   */
  readonly file?: string;
}

// Whether this kernel process already sent plotly.js to the notebook. Kept on globalThis so a
// second copy of this module (a re-import under another path) shares it.
const loadedKey = Symbol.for("siamese-lab.viz.plotly-sent");
let fileCounter = 0;

function plotlySent(): boolean {
  return (globalThis as Record<symbol, unknown>)[loadedKey] === true;
}

function markPlotlySent(sent: boolean): void {
  (globalThis as Record<symbol, unknown>)[loadedKey] = sent;
}

/**
 * Displays a chart.
 *
 * - **In a tslab notebook** (JupyterLab, classic Notebook, `jupyter nbconvert --execute`): sends
 *   an HTML output with a div and a script calling `Plotly.newPlot`. plotly.js itself (about
 *   5 MB, minified at build time from the `plotly.js-dist` package) is inlined only in the
 *   first chart of the kernel session — or earlier, by {@link loadPlotly} — and later charts reuse
 *   `window.Plotly`, so the notebook works offline, saved and reopened, and in the HTML that
 *   `jupyter nbconvert --to html` writes. It needs no JupyterLab extension (jupyterlab-plotly
 *   may be installed or not). Outputs that run no scripts (an untrusted notebook) show a note
 *   instead of the chart.
 * - **In plain Node** (a script, a test): writes a standalone HTML page with plotly.js inlined
 *   to `options.file` (or a new file in the temp folder) and prints its path.
 *
 * Returns nothing on purpose: tslab prints a cell's last value, and a chart needs no caption.
 *
 * @param figure - a figure from a chart builder such as {@link lineChart}.
 * @param options - outside a notebook, the file to write.
 * @throws Error when `figure` is not `{ data: [...], layout: {...} }`.
 * @example
 * ```ts
 * show(lineChart([{ name: "loss", y: history.loss }], { xLabel: "epoch" }));
 * ```
 */
export function show(figure: Figure, options: ShowOptions = {}): void {
  checkFigure("show", figure);
  const display = tslabKernel()?.display;
  if (display !== undefined) {
    const chart = chartHtml(figure, `siamese-lab-chart-${randomUUID()}`);
    const sendPlotly = !plotlySent();
    display.html(sendPlotly ? `${plotlyLoaderHtml(plotlyBundle())}\n${chart}` : chart);
    markPlotlySent(true);
    return;
  }
  const file = options.file ?? defaultChartFile(figure);
  if (typeof file !== "string" || file === "") {
    throw invalidArgument("show", "options.file", "a file path", describeValue(file));
  }
  writeFileAtomicSync(file, standaloneHtml(figure, plotlyBundle()), "show");
  const title = figure.layout.title?.text;
  console.log(
    `show: not in a notebook, so the chart${title === undefined ? "" : ` "${title}"`} was written to ${file} (open it in a browser)`,
  );
}

/**
 * Sends plotly.js to the notebook now, in this cell's output, and marks it sent for the kernel
 * session. Call it in a notebook's setup cell: then the one inlined copy lives in that cell, and
 * re-running the first chart's cell cannot drop it from the saved notebook (without it, the
 * copy travels with the session's first chart). Outside a notebook it does nothing.
 *
 * @example
 * ```ts
 * await initBackend();
 * loadPlotly(); // "plotly.js 3.7.0 is loaded: charts draw offline"
 * ```
 */
export function loadPlotly(): void {
  const display = tslabKernel()?.display;
  if (display === undefined) return;
  const bundle = plotlyBundle();
  display.html(
    `${plotlyLoaderHtml(bundle)}\n<p style="color:#666">plotly.js ${bundle.version} is loaded: charts in this notebook draw offline.</p>`,
  );
  markPlotlySent(true);
}

/** Forgets that plotly.js was sent (for tests). */
export function resetPlotlySent(): void {
  markPlotlySent(false);
}

/** Checks the shape of a figure: `{ data: [...], layout: {...} }`. */
export function checkFigure(fn: string, figure: unknown): asserts figure is Figure {
  const candidate = figure as { data?: unknown; layout?: unknown } | null;
  if (
    typeof candidate !== "object" ||
    candidate === null ||
    !Array.isArray(candidate.data) ||
    typeof candidate.layout !== "object" ||
    candidate.layout === null
  ) {
    throw invalidArgument(
      fn,
      "figure",
      "a plotly figure { data: [...], layout: {...} }",
      describeValue(figure),
    );
  }
}

function defaultChartFile(figure: Figure): string {
  const slug = (figure.layout.title?.text ?? "chart")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  fileCounter += 1;
  return path.join(
    os.tmpdir(),
    "siamese-lab-charts",
    `${slug || "chart"}-${process.pid}-${fileCounter}.html`,
  );
}
