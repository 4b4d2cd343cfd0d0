// Every chart builder's figure drawn by the real plotly.js in headless Chromium, on one page
// built the way show() builds notebook outputs (plotly.js inlined once, then one div and
// script per chart). The screenshot lands in .tmp/screenshots/viz-charts.png.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { createRandom } from "../../src/random";
import {
  barChart,
  confusionMatrixChart,
  heatmapChart,
  histogramChart,
  lineChart,
  pca2d,
  rocChart,
  scatterChart,
  tripletLossChart,
  type Figure,
} from "../../src/viz";
import { chartHtml, plotlyLoaderHtml } from "../../src/viz/chart-html";
import { plotlyBundle } from "../../src/viz/plotly-bundle";
import { launchChromium, openWatchedPage } from "../support/chromium";

const root = path.resolve(__dirname, "../..");

function sampleFigures(): Figure[] {
  const rng = createRandom(4);
  const duplicates = Array.from({ length: 200 }, () => Math.min(1, 0.7 + 0.15 * rng.normal()));
  const different = Array.from({ length: 300 }, () => Math.max(-1, 0.2 + 0.25 * rng.normal()));
  const groups = ["cooking", "travel", "health"];
  const embeddings = Array.from({ length: 60 }, (_, i) =>
    Array.from({ length: 8 }, (_, j) => (j === i % 3 ? 2 : 0) + 0.4 * rng.normal()),
  );
  return [
    lineChart(
      [
        { name: "accuracy", x: [0.3, 0.5, 0.7, 0.9], y: [0.6, 0.8, 0.85, 0.7] },
        { name: "F1", x: [0.3, 0.5, 0.7, 0.9], y: [0.65, 0.78, 0.8, 0.55], dash: "dot" },
      ],
      { title: "Metrics against tau", xLabel: "tau", yRange: [0, 1] },
    ),
    lineChart([{ name: "one-shot", x: [2, 5, 10, 20], y: [0.9, 0.75, 0.6, 0.45] }], {
      title: "Accuracy against N",
      xLabel: "N",
      logX: true,
      yFormat: ".0%",
    }),
    heatmapChart(
      [
        [0.9, 0.1, -0.2],
        [0.2, 0.8, 0.05],
        [-0.1, 0.3, 0.95],
      ],
      {
        title: "Similarity matrix",
        zRange: [-1, 1],
        xLabels: ["p0", "p1", "p2"],
        yLabels: ["a0", "a1", "a2"],
      },
    ),
    confusionMatrixChart({ tp: 180, fn: 20, fp: 35, tn: 265 }),
    histogramChart(
      [
        { name: "duplicates", values: duplicates },
        { name: "different", values: different },
      ],
      {
        title: "Similarity of test pairs",
        xLabel: "cos",
        range: [-1, 1],
        marker: { x: 0.5, label: "tau" },
      },
    ),
    rocChart({ fpr: [0, 0.05, 0.1, 0.3, 1], tpr: [0, 0.5, 0.7, 0.9, 1] }),
    scatterChart(
      pca2d(embeddings).points,
      embeddings.map((_, i) => groups[i % 3]!),
      {
        title: "PCA of embeddings",
        labels: embeddings.map((_, i) => `question ${i}`),
      },
    ),
    barChart(
      ["easy", "semi-hard", "hard"],
      [
        { name: "random", values: [412, 37, 23] },
        { name: "batch-hard", values: [0, 12, 20] },
      ],
      { title: "Triplet kinds", yLabel: "triplets" },
    ),
    tripletLossChart(),
  ];
}

describe("chart builders in the browser @slow", function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  after(async () => browser?.close());

  it("draws every builder's figure with plotly.js, offline, without console errors", async () => {
    const figures = sampleFigures();
    const page = [
      "<!DOCTYPE html>",
      '<html lang="en"><head><meta charset="utf-8"><title>siamese-lab charts</title></head>',
      '<body style="font-family:sans-serif;max-width:1000px;margin:1em auto">',
      plotlyLoaderHtml(plotlyBundle()),
      ...figures.map((figure, i) => chartHtml(figure, `chart-${i}`)),
      "</body></html>",
    ].join("\n");
    const folder = path.join(root, ".tmp", "viz");
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, "charts.html");
    fs.writeFileSync(file, page);

    browser = await launchChromium();
    const { page: tab, problems } = await openWatchedPage(browser, { width: 1000, height: 800 });
    await tab.goto(`file://${file}`);
    await tab.waitForFunction(
      `[...document.querySelectorAll(".siamese-lab-chart")].every((d) => d.querySelector(".main-svg"))`,
      null,
      { timeout: 30_000 },
    );
    const drawn = (await tab.evaluate(
      `[...document.querySelectorAll(".siamese-lab-chart")].map((d) => [d.id, d.querySelectorAll(".main-svg").length])`,
    )) as [string, number][];
    const screenshots = path.join(root, ".tmp", "screenshots");
    fs.mkdirSync(screenshots, { recursive: true });
    await tab.screenshot({ path: path.join(screenshots, "viz-charts.png"), fullPage: true });
    assert.equal(drawn.length, figures.length);
    for (const [id, svgs] of drawn) assert.ok(svgs > 0, `${id} has no plotly SVG`);
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], networkRequests: [] });
  });
});
