import {
  checkBoolean,
  checkInteger,
  describeValue,
  invalidArgument,
  type VectorLike,
} from "../validate";
import {
  baseLayout,
  isArray,
  readRange,
  readText,
  readVector,
  verticalMarker,
} from "./chart-input";
import type { ChartOptions, Figure, HistogramTrace } from "./figure";

/** One distribution of a {@link histogramChart}. */
export interface HistogramGroup {
  /** Legend entry, for example `"duplicates"`. */
  readonly name: string;
  /** The values, for example the cosine similarity of each duplicate pair. */
  readonly values: VectorLike;
}

/** Options of {@link histogramChart}. */
export interface HistogramChartOptions extends ChartOptions {
  /** Number of bins across the range (default 30); every group uses the same bins. */
  readonly bins?: number;
  /**
   * The binned range `[min, max]`, for example `[-1, 1]` for similarities; values outside it
   * are not drawn. Default: from the smallest to the largest value.
   */
  readonly range?: readonly [number, number];
  /**
   * Draw densities (each group's bars have area 1) so groups of different sizes compare;
   * default true. False draws counts.
   */
  readonly normalize?: boolean;
  /** A vertical dashed line, for example at the chosen threshold tau. */
  readonly marker?: {
    /** Where the line is, in the units of the values (for example tau = 0.62). */
    readonly x: number;
    /** Text written at the top of the line, for example `"tau"` (default: none). */
    readonly label?: string;
  };
}

/**
 * Overlaid histograms on shared bins: the similarity distributions of duplicate and
 * non-duplicate pairs, where the overlap is what a threshold cannot separate.
 *
 * @param groups - the distributions, each with a name and values.
 * @param options - bins, range, densities or counts, a marker line, titles.
 * @returns a plotly figure with one `histogram` trace per group, overlaid, for {@link show}.
 * @throws Error when there is no group, a group has no values, a value is not finite, or
 * `bins` is not a positive integer.
 * @example
 * ```ts
 * show(histogramChart(
 *   [{ name: "duplicates", values: duplicateScores }, { name: "different", values: otherScores }],
 *   { title: "Cosine similarity of test pairs", xLabel: "cos(q1, q2)", range: [-1, 1],
 *     marker: { x: tau, label: "tau" } },
 * ));
 * ```
 */
export function histogramChart(
  groups: readonly HistogramGroup[],
  options: HistogramChartOptions = {},
): Figure {
  const fn = "histogramChart";
  if (!isArray(groups) || groups.length === 0) {
    throw invalidArgument(
      fn,
      "groups",
      "a non-empty array of { name, values }",
      describeValue(groups),
    );
  }
  const values = groups.map((group, k) => {
    const v = readVector(fn, `groups[${k}].values`, group.values);
    if (v.length === 0)
      throw invalidArgument(fn, `groups[${k}].values`, "at least one value", "[]");
    return v;
  });
  const bins =
    options.bins === undefined
      ? 30
      : checkInteger(fn, "options.bins", options.bins, { min: 1, max: 1000 });
  const normalize =
    options.normalize === undefined
      ? true
      : checkBoolean(fn, "options.normalize", options.normalize);
  let [start, end] = readRange(fn, "options.range", options.range) ?? dataRange(values);
  if (start === end) {
    start -= 0.5;
    end += 0.5;
  }
  // Bins are closed on the left and open on the right: widening them by a hair keeps the
  // maximum inside the last of exactly `bins` bins.
  const xbins = { start, end, size: ((end - start) / bins) * (1 + 1e-9) };
  const traces = groups.map((group, k): HistogramTrace => ({
    type: "histogram",
    name: readText(fn, `groups[${k}].name`, group.name) ?? `group ${k + 1}`,
    x: values[k]!,
    xbins,
    autobinx: false,
    opacity: groups.length > 1 ? 0.6 : 1,
    histnorm: normalize ? "probability density" : "",
  }));
  const marker = options.marker;
  if (marker !== undefined && (typeof marker.x !== "number" || !Number.isFinite(marker.x))) {
    throw invalidArgument(fn, "options.marker.x", "a finite number", describeValue(marker.x));
  }
  const markerLabel = readText(fn, "options.marker.label", marker?.label);
  return {
    data: traces,
    layout: baseLayout(
      fn,
      options,
      { yLabel: normalize ? "density" : "count" },
      {
        barmode: "overlay",
        showlegend: traces.length > 1,
        ...(marker === undefined
          ? {}
          : verticalMarker(marker.x, markerLabel, { dash: "dash", width: 2, color: "#333" })),
      },
    ),
  };
}

function dataRange(groups: readonly number[][]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const values of groups) {
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return [min, max];
}
