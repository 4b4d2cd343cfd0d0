import { checkBoolean, describeValue, invalidArgument, type MatrixLike } from "../validate";
import { baseLayout, readCategoryNames, readMatrix, readRange, readText } from "./chart-input";
import type { ChartOptions, Figure } from "./figure";

/** Options of {@link heatmapChart}. */
export interface HeatmapChartOptions extends ChartOptions {
  /** Column labels, one per column (default 0, 1, ...). */
  readonly xLabels?: readonly (string | number)[];
  /** Row labels, one per row (default 0, 1, ...). */
  readonly yLabels?: readonly (string | number)[];
  /** Write each value in its cell; default when the matrix has at most 12 x 12 cells. */
  readonly showValues?: boolean;
  /** d3-format of the written values (default `".2f"`). */
  readonly valueFormat?: string;
  /** Colour range `[min, max]`, for example `[-1, 1]` for cosine similarities; default fits the data. */
  readonly zRange?: readonly [number, number];
  /** A named plotly colour scale (default `"RdBu"`: low values blue, high values red). */
  readonly colorscale?: string;
  /** Title of the colour bar (default `"value"`). */
  readonly valueLabel?: string;
}

/**
 * A heatmap of a matrix, row 0 at the top: the similarity matrix of a batch (anchors as rows,
 * positives as columns, duplicates on the diagonal), a distance matrix, any table of numbers.
 *
 * @param matrix - the values `[rows, cols]` (tensor or `number[][]`).
 * @param options - labels, colour range, whether to write values in the cells, titles.
 * @returns a plotly figure with one `heatmap` trace, for {@link show}.
 * @throws Error when the matrix is empty, not rectangular or not finite, or labels do not
 * match its size.
 * @example
 * ```ts
 * const scores = similarityMatrix(anchors, positives); // [batch, batch]
 * show(heatmapChart(scores, { title: "Cosine similarity", zRange: [-1, 1],
 *   xLabel: "positive", yLabel: "anchor" }));
 * ```
 */
export function heatmapChart(matrix: MatrixLike, options: HeatmapChartOptions = {}): Figure {
  const fn = "heatmapChart";
  const z = readMatrix(fn, "matrix", matrix);
  const rows = z.length;
  const cols = z[0]?.length ?? 0;
  if (rows === 0 || cols === 0) {
    throw invalidArgument(fn, "matrix", "at least one row and one column", describeValue(matrix));
  }
  const x = readCategoryNames(fn, "options.xLabels", options.xLabels, cols);
  const y = readCategoryNames(fn, "options.yLabels", options.yLabels, rows);
  const showValues =
    options.showValues === undefined
      ? rows <= 12 && cols <= 12
      : checkBoolean(fn, "options.showValues", options.showValues);
  const valueFormat = readText(fn, "options.valueFormat", options.valueFormat) ?? ".2f";
  const zRange = readRange(fn, "options.zRange", options.zRange);
  const colorscale = readText(fn, "options.colorscale", options.colorscale);
  const valueLabel = readText(fn, "options.valueLabel", options.valueLabel) ?? "value";
  return {
    data: [
      {
        type: "heatmap",
        z,
        // Category labels keep plotly from treating numeric labels as a numeric axis.
        x: x ?? z[0]!.map((_, j) => String(j)),
        y: y ?? z.map((_, i) => String(i)),
        colorscale: colorscale ?? "RdBu",
        ...(zRange === undefined ? {} : { zmin: zRange[0], zmax: zRange[1] }),
        ...(showValues ? { texttemplate: `%{z:${valueFormat}}` } : {}),
        hovertemplate: `row %{y}, column %{x}: %{z:${valueFormat}}<extra></extra>`,
        colorbar: { title: { text: valueLabel } },
      },
    ],
    layout: baseLayout(
      fn,
      options,
      {},
      {
        xaxis: { type: "category" },
        yaxis: { type: "category", autorange: "reversed" },
      },
    ),
  };
}
