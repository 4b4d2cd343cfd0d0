import { describeValue, invalidArgument } from "../validate";
import { baseLayout, readRange, readText, readVector, isArray } from "./chart-input";
import type { ChartOptions, Figure, LineDash, ScatterTrace } from "./figure";

/** One line of a {@link lineChart}. */
export interface LineSeries {
  /** Legend entry, for example `"training loss"`. */
  readonly name: string;
  /** The y values. */
  readonly y: readonly number[] | Float32Array;
  /** The x values, as many as `y`; default 1, 2, ..., n (epochs and steps count from 1). */
  readonly x?: readonly number[] | Float32Array;
  /** Dash pattern (default solid). */
  readonly dash?: LineDash;
  /** Draw a marker on every point (default: only when the line has at most 30 points). */
  readonly markers?: boolean;
}

/** Options of {@link lineChart}. */
export interface LineChartOptions extends ChartOptions {
  /** Fixed y range `[min, max]`, for example `[0, 1]` for accuracies; default fits the data. */
  readonly yRange?: readonly [number, number];
  /** Fixed x range `[min, max]` (in data units, also for a log axis); default fits the data. */
  readonly xRange?: readonly [number, number];
  /** Logarithmic x axis (for example for N in N-way accuracy); default linear. */
  readonly logX?: boolean;
  /** d3-format of the y tick labels, for example `".0%"`. */
  readonly yFormat?: string;
}

/**
 * A line chart of one or more series: loss curves per epoch, accuracy against N, metrics
 * against the threshold tau.
 *
 * @param series - the lines, each with a name, y values and optional x values.
 * @param options - title, axis labels, ranges, height.
 * @returns a plotly figure with one `scatter` trace per series, for {@link show}.
 * @throws Error when there is no series, a series is empty, x and y differ in length, a value
 * is not finite, or `logX` meets an x value that is not positive.
 * @example
 * ```ts
 * show(lineChart(
 *   [{ name: "training", y: [0.9, 0.6, 0.4] }, { name: "validation", y: [0.95, 0.7, 0.55] }],
 *   { title: "Triplet loss", xLabel: "epoch", yLabel: "loss" },
 * ));
 * ```
 */
export function lineChart(series: readonly LineSeries[], options: LineChartOptions = {}): Figure {
  const fn = "lineChart";
  if (!isArray(series) || series.length === 0) {
    throw invalidArgument(fn, "series", "a non-empty array of { name, y }", describeValue(series));
  }
  const logX = options.logX === true;
  const traces = series.map((line, k): ScatterTrace => {
    const name = readText(fn, `series[${k}].name`, line.name) ?? `series ${k + 1}`;
    const y = readVector(fn, `series[${k}].y`, line.y);
    if (y.length === 0) throw invalidArgument(fn, `series[${k}].y`, "at least one value", "[]");
    const x =
      line.x === undefined ? y.map((_, i) => i + 1) : readVector(fn, `series[${k}].x`, line.x);
    if (x.length !== y.length) {
      throw invalidArgument(
        fn,
        `series[${k}].x`,
        `${y.length} values (as many as y)`,
        `${x.length}`,
      );
    }
    if (logX && x.some((v) => v <= 0)) {
      throw invalidArgument(fn, `series[${k}].x`, "positive values for a log axis", "a value <= 0");
    }
    const markers = line.markers ?? y.length <= 30;
    return {
      type: "scatter",
      mode: markers ? "lines+markers" : "lines",
      name,
      x,
      y,
      line: { dash: line.dash ?? "solid", width: 2 },
      ...(markers ? { marker: { size: 6 } } : {}),
    };
  });
  const distinctX = [...new Set(traces.flatMap((t) => t.x))].sort((a, b) => a - b);
  const yRange = readRange(fn, "options.yRange", options.yRange);
  const xRange = readRange(fn, "options.xRange", options.xRange);
  if (logX && xRange !== undefined && xRange[0] <= 0) {
    throw invalidArgument(
      fn,
      "options.xRange",
      "positive bounds for a log axis",
      `[${xRange.join(", ")}]`,
    );
  }
  const yFormat = readText(fn, "options.yFormat", options.yFormat);
  const layout = baseLayout(
    fn,
    options,
    {},
    {
      xaxis: {
        ...(logX ? { type: "log" as const } : {}),
        // plotly labels log axes 1, 2, ..., 10, 2, ... (the second "2" meaning 20): with few
        // distinct x values, such as N in N-way accuracy, put the ticks on them instead.
        ...(logX && distinctX.length <= 15 ? { tickvals: distinctX } : {}),
        ...(xRange === undefined
          ? {}
          : { range: logX ? [Math.log10(xRange[0]), Math.log10(xRange[1])] : xRange }),
      },
      yaxis: {
        ...(yRange === undefined ? {} : { range: yRange }),
        ...(yFormat === undefined ? {} : { tickformat: yFormat }),
      },
      showlegend: traces.length > 1,
      hovermode: "x unified",
    },
  );
  return { data: traces, layout };
}
