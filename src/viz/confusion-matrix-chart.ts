import { checkInteger, describeValue, invalidArgument } from "../validate";
import { baseLayout } from "./chart-input";
import type { ChartOptions, Figure } from "./figure";

/** The four counts of a thresholded similarity classifier (what `binaryMetrics` returns has them). */
export interface ConfusionCounts {
  /** Similar pairs predicted similar. */
  readonly tp: number;
  /** Dissimilar pairs predicted similar. */
  readonly fp: number;
  /** Dissimilar pairs predicted dissimilar. */
  readonly tn: number;
  /** Similar pairs predicted dissimilar. */
  readonly fn: number;
}

/**
 * The 2 x 2 confusion matrix of a similarity threshold as a heatmap with the counts written in
 * the cells: rows are the true classes (similar, different), columns the predictions.
 *
 * @param counts - tp, fp, tn and fn (for example the result of `binaryMetrics`).
 * @param options - title (default "Confusion matrix") and height.
 * @returns a plotly figure with one `heatmap` trace, for {@link show}.
 * @throws Error when a count is not a non-negative integer.
 * @example
 * ```ts
 * const metrics = binaryMetrics(testScores, testLabels, tau);
 * show(confusionMatrixChart(metrics, { title: `Test pairs at tau = ${tau}` }));
 * ```
 */
export function confusionMatrixChart(
  counts: ConfusionCounts,
  options: Omit<ChartOptions, "xLabel" | "yLabel"> = {},
): Figure {
  const fn = "confusionMatrixChart";
  if (typeof counts !== "object" || counts === null) {
    throw invalidArgument(fn, "counts", "an object { tp, fp, tn, fn }", describeValue(counts));
  }
  const tp = checkInteger(fn, "counts.tp", counts.tp, { min: 0 });
  const fp = checkInteger(fn, "counts.fp", counts.fp, { min: 0 });
  const tn = checkInteger(fn, "counts.tn", counts.tn, { min: 0 });
  const fnCount = checkInteger(fn, "counts.fn", counts.fn, { min: 0 });
  const labels = ["similar", "different"];
  return {
    data: [
      {
        type: "heatmap",
        z: [
          [tp, fnCount],
          [fp, tn],
        ],
        x: labels.map((l) => `predicted ${l}`),
        y: labels.map((l) => `actually ${l}`),
        // plotly's "Blues" runs from dark (low) to light (high): reversed, more is darker.
        colorscale: "Blues",
        reversescale: true,
        zmin: 0,
        texttemplate: "%{z}",
        hovertemplate: "%{y}, %{x}: %{z}<extra></extra>",
        showscale: false,
      },
    ],
    layout: baseLayout(
      fn,
      { ...options, height: options.height ?? 360 },
      { title: "Confusion matrix" },
      {
        xaxis: { type: "category", title: { text: "prediction" } },
        yaxis: { type: "category", autorange: "reversed", title: { text: "truth" } },
      },
    ),
  };
}
