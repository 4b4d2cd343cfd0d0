import { checkInteger, checkNumber, describeValue, invalidArgument } from "../validate";
import { baseLayout, formatNumber, readRange, readVector, verticalMarker } from "./chart-input";
import type { ChartOptions, Figure, LineDash, ScatterTrace } from "./figure";

/** Options of {@link tripletLossChart}. */
export interface TripletLossChartOptions extends ChartOptions {
  /** The margins to draw, one line each (default `[0, 0.2, 0.5, 1]`). */
  readonly alphas?: readonly number[];
  /** The fixed anchor-positive distance d(A, P) (default 0.5). */
  readonly distancePositive?: number;
  /** The range of d(A, N) on the x axis (default `[0, 2]`, the range of `1 - cos` and of the L2 distance of unit vectors). */
  readonly distanceRange?: readonly [number, number];
  /** Points per line (default 201). */
  readonly points?: number;
}

const dashes: readonly LineDash[] = ["solid", "dash", "dot", "dashdot"];

/**
 * The triplet loss `L = max(d(A, P) - d(A, N) + alpha, 0)` against the anchor-negative distance
 * d(A, N), with d(A, P) fixed, one line per margin alpha. The loss reaches 0 once the negative is
 * farther than the positive by at least alpha (the dotted line marks d(A, N) = d(A, P));
 * with alpha = 0 a negative exactly as far as the positive already costs nothing.
 *
 * Schroff, Kalenichenko, Philbin (2015), "FaceNet: A Unified Embedding for Face Recognition
 * and Clustering", equation 1.
 *
 * @param options - the margins, d(A, P), the range of d(A, N), titles.
 * @returns a plotly figure with one line per alpha and a marker at d(A, P), for {@link show}.
 * @throws Error when an alpha is negative or not finite, or the range or point count is invalid.
 * @example
 * ```ts
 * show(tripletLossChart({ alphas: [0, 0.25, 0.5], distancePositive: 0.6 }));
 * ```
 */
export function tripletLossChart(options: TripletLossChartOptions = {}): Figure {
  const fn = "tripletLossChart";
  const alphas =
    options.alphas === undefined
      ? [0, 0.2, 0.5, 1]
      : readVector(fn, "options.alphas", options.alphas);
  if (alphas.length === 0 || alphas.some((a) => a < 0)) {
    throw invalidArgument(
      fn,
      "options.alphas",
      "at least one margin, all >= 0",
      describeValue(options.alphas),
    );
  }
  const positive =
    options.distancePositive === undefined
      ? 0.5
      : checkNumber(fn, "options.distancePositive", options.distancePositive, { min: 0 });
  const [from, to] = readRange(fn, "options.distanceRange", options.distanceRange) ?? [0, 2];
  const count =
    options.points === undefined
      ? 201
      : checkInteger(fn, "options.points", options.points, { min: 2, max: 100000 });
  const distances = Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
  const traces = alphas.map((alpha, k): ScatterTrace => ({
    type: "scatter",
    mode: "lines",
    name: `alpha = ${formatNumber(alpha)}`,
    x: distances,
    y: distances.map((negative) => Math.max(positive - negative + alpha, 0)),
    line: { width: 2, dash: dashes[k % dashes.length]! },
  }));
  return {
    data: traces,
    layout: baseLayout(
      fn,
      options,
      {
        title: `Triplet loss against d(A, N), with d(A, P) = ${formatNumber(positive)}`,
        xLabel: "d(A, N)",
        yLabel: "loss",
      },
      {
        hovermode: "x unified",
        ...verticalMarker(positive, "d(A, N) = d(A, P)", { dash: "dot", width: 1, color: "#555" }),
      },
    ),
  };
}
