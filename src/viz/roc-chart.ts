import { describeValue, invalidArgument } from "../validate";
import { baseLayout, formatNumber, readText, readVector, isArray } from "./chart-input";
import type { ChartOptions, Figure, ScatterTrace } from "./figure";

/** The points of a ROC curve (what `rocCurve` returns has them). */
export interface RocPoints {
  /** False-positive rates, non-decreasing from 0 to 1. */
  readonly fpr: readonly number[];
  /** True-positive rates, one per false-positive rate. */
  readonly tpr: readonly number[];
}

/** A named curve, for charts that compare models. */
export interface NamedRocCurve {
  /** Legend entry, for example `"Siamese LSTM"`. */
  readonly name: string;
  /** The curve. */
  readonly curve: RocPoints;
  /** The AUC to print; default the trapezoid area under `curve`. */
  readonly auc?: number;
}

/** Options of {@link rocChart}. */
export interface RocChartOptions extends ChartOptions {
  /** The AUC to print for a single curve; default the trapezoid area under it. */
  readonly auc?: number;
}

/**
 * The ROC curve (true-positive rate against false-positive rate as the threshold sweeps) with
 * its AUC in the title, and the chance diagonal. Given several named curves, each legend entry
 * carries its AUC.
 *
 * The default AUC is the trapezoid area under the points, which equals `rocAuc` (ties counted
 * half) for a curve from `rocCurve`.
 *
 * @param curves - one curve `{ fpr, tpr }`, or several `{ name, curve }`.
 * @param options - AUC to print, title (default "ROC curve"), height.
 * @returns a plotly figure with the curve(s) and the diagonal, for {@link show}.
 * @throws Error when a curve is empty, fpr and tpr differ in length, or a rate is outside [0, 1].
 * @example
 * ```ts
 * show(rocChart(rocCurve(testScores, testLabels))); // title "ROC curve (AUC = 0.912)"
 * ```
 */
export function rocChart(
  curves: RocPoints | readonly NamedRocCurve[],
  options: RocChartOptions = {},
): Figure {
  const fn = "rocChart";
  const named: readonly NamedRocCurve[] = isArray(curves)
    ? (curves as readonly NamedRocCurve[])
    : [
        {
          name: "ROC",
          curve: curves as RocPoints,
          ...(options.auc === undefined ? {} : { auc: options.auc }),
        },
      ];
  if (named.length === 0) {
    throw invalidArgument(fn, "curves", "a curve or a non-empty array of { name, curve }", "[]");
  }
  const single = !isArray(curves);
  const read = named.map((entry, k) => {
    const where = single ? "curves" : `curves[${k}].curve`;
    if (typeof entry?.curve !== "object" || entry.curve === null) {
      throw invalidArgument(fn, where, "an object { fpr, tpr }", describeValue(entry?.curve));
    }
    const fpr = readVector(fn, `${where}.fpr`, entry.curve.fpr);
    const tpr = readVector(fn, `${where}.tpr`, entry.curve.tpr);
    if (fpr.length === 0 || fpr.length !== tpr.length) {
      throw invalidArgument(
        fn,
        `${where}.tpr`,
        `${fpr.length} rates (as many as fpr), at least one`,
        `${tpr.length}`,
      );
    }
    for (const [label, rates] of [
      ["fpr", fpr],
      ["tpr", tpr],
    ] as const) {
      const bad = rates.findIndex((r) => r < 0 || r > 1);
      if (bad >= 0)
        throw invalidArgument(
          fn,
          `${where}.${label}`,
          "rates in [0, 1]",
          `${rates[bad]} at index ${bad}`,
        );
    }
    const auc = entry.auc ?? trapezoidArea(fpr, tpr);
    return {
      name: readText(fn, `curves[${k}].name`, entry.name) ?? `curve ${k + 1}`,
      fpr,
      tpr,
      auc,
    };
  });
  const traces: ScatterTrace[] = read.map((curve) => ({
    type: "scatter",
    mode: "lines",
    name: single ? "ROC" : `${curve.name} (AUC = ${formatNumber(curve.auc)})`,
    x: curve.fpr,
    y: curve.tpr,
    line: { width: 2 },
    hovertemplate: "FPR %{x:.3f}, TPR %{y:.3f}<extra></extra>",
  }));
  traces.push({
    type: "scatter",
    mode: "lines",
    name: "chance",
    x: [0, 1],
    y: [0, 1],
    line: { dash: "dash", width: 1, color: "#888" },
    showlegend: !single,
  });
  const title =
    readText(fn, "options.title", options.title) ?? (single ? "ROC curve" : "ROC curves");
  return {
    data: traces,
    layout: baseLayout(
      fn,
      // Taller than the default 400 px: equal axis scales make the plot a square.
      {
        ...options,
        height: options.height ?? 480,
        title: single ? `${title} (AUC = ${formatNumber(read[0]!.auc)})` : title,
      },
      { xLabel: "false-positive rate", yLabel: "true-positive rate" },
      {
        // A hair beyond [0, 1] so lines along the edges stay visible; equal scales keep the
        // chance diagonal at 45 degrees.
        xaxis: { range: [-0.01, 1.01], constrain: "domain" },
        yaxis: { range: [-0.01, 1.01], scaleanchor: "x", constrain: "domain" },
        showlegend: !single,
      },
    ),
  };
}

/** Area under a piecewise-linear curve through the points, in the given order. */
function trapezoidArea(x: readonly number[], y: readonly number[]): number {
  let area = 0;
  for (let i = 1; i < x.length; i++) {
    area += ((x[i]! - x[i - 1]!) * (y[i]! + y[i - 1]!)) / 2;
  }
  return area;
}
