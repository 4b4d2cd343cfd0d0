import type { Figure } from "./figure";

// The HTML that draws a figure: a div and a script that calls Plotly.newPlot on it, plus the
// script that defines window.Plotly, emitted once before the first chart. Both work wherever
// HTML output runs scripts: JupyterLab and classic Notebook (trusted outputs), the HTML written
// by `jupyter nbconvert --to html`, and a standalone page.

/** The event the plotly.js loader fires on `window` once `window.Plotly` exists. */
export const PLOTLY_READY_EVENT = "siamese-lab:plotly-ready";

/** The CSS class of every chart's div (the browser test counts them). */
export const CHART_CLASS = "siamese-lab-chart";

/**
 * A script element that defines `window.Plotly` from the inlined bundle (unless the same
 * version is already there) and then tells waiting charts.
 */
export function plotlyLoaderHtml(bundle: {
  readonly version: string;
  readonly source: string;
}): string {
  const version = JSON.stringify(bundle.version);
  // "</script" inside the bundle would end the element early; "<\/script" means the same in JS.
  const source = bundle.source.replace(/<\/script/gi, "<\\/script");
  return [
    `<script type="text/javascript" data-siamese-lab-plotly=${escapeAttribute(bundle.version)}>`,
    `/* plotly.js ${bundle.version} (MIT licence, https://github.com/plotly/plotly.js), inlined once per`,
    "   notebook session by siamese-lab so that charts draw without a network connection. */",
    `if (!(window.Plotly && window.Plotly.version === ${version})) {`,
    source,
    "}",
    `window.dispatchEvent(new Event(${JSON.stringify(PLOTLY_READY_EVENT)}));`,
    "</script>",
  ].join("\n");
}

/**
 * The div and script that draw `figure`. When plotly.js is not loaded yet the chart waits for
 * the loader's event (outputs can render out of order); until a script runs at all (an
 * untrusted notebook), the div shows a note saying how to see the chart.
 */
export function chartHtml(figure: Figure, id: string): string {
  const height = figure.layout.height ?? 400;
  const title = figure.layout.title?.text;
  const name = title === undefined ? "This chart" : `The chart "${title}"`;
  const note = `${name} is drawn by JavaScript (plotly.js): run the cell, or trust the notebook, to see it.`;
  const waiting =
    "Waiting for plotly.js. It is inlined in the first chart (or loadPlotly() output) of this " +
    "notebook session; if this note stays, restart the kernel and run all cells.";
  const script = `(function () {
  var id = ${JSON.stringify(id)};
  var figure = ${scriptJson(figure)};
  var config = { responsive: true, displaylogo: false };
  var host = document.currentScript ? document.currentScript.parentNode : null;
  var tries = 0;
  function chartDiv() {
    return (host && host.querySelector ? host.querySelector("#" + id) : null) || document.getElementById(id);
  }
  function draw() {
    var div = chartDiv();
    // Some front ends run the script before the output is attached to the page: wait for it.
    if (!div || !div.isConnected) {
      if (tries++ < 200) setTimeout(draw, 50);
      return;
    }
    div.textContent = "";
    window.Plotly.newPlot(div, figure.data, figure.layout, config);
  }
  if (window.Plotly) {
    draw();
  } else {
    var div = chartDiv();
    if (div) div.textContent = ${JSON.stringify(waiting)};
    window.addEventListener(${JSON.stringify(PLOTLY_READY_EVENT)}, draw, { once: true });
  }
})();`;
  return [
    `<div id=${escapeAttribute(id)} class="${CHART_CLASS}" style="width:100%;min-height:${height}px">`,
    `<p style="font-style:italic;color:#666">${escapeHtml(note)}</p>`,
    "</div>",
    `<script type="text/javascript">\n${script}\n</script>`,
  ].join("\n");
}

/** A standalone web page showing one figure, plotly.js inlined. */
export function standaloneHtml(
  figure: Figure,
  bundle: { readonly version: string; readonly source: string },
): string {
  const title = figure.layout.title?.text ?? "siamese-lab chart";
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    plotlyLoaderHtml(bundle),
    "</head>",
    '<body style="font-family:sans-serif;max-width:1000px;margin:2em auto">',
    chartHtml(figure, "siamese-lab-chart"),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Escapes text for HTML element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A quoted, escaped HTML attribute value. */
function escapeAttribute(value: string): string {
  return `"${escapeHtml(value)}"`;
}

/**
 * JSON that is safe inside a script element: "<" is written as \u003c (so no "</script>" or
 * "<!--" can appear) and the line separators JavaScript strings reject are escaped. NaN and
 * Infinity become null, as in JSON.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
