import { describeValue, invalidArgument, type MatrixLike } from "../validate";
import { baseLayout, readCategoryNames, readMatrix } from "./chart-input";
import type { ChartOptions, Figure, ScatterTrace } from "./figure";

/** Options of {@link scatterChart}. */
export interface ScatterChartOptions extends ChartOptions {
  /** Hover text per point, for example the question each embedding encodes. */
  readonly labels?: readonly string[];
  /** Marker size in pixels (default 7). */
  readonly markerSize?: number;
}

/**
 * A 2-D scatter plot coloured by group, one legend entry per group (in order of first
 * appearance): question embeddings projected with {@link pca2d}, coloured by intent group.
 *
 * @param points - the coordinates `[n, 2]` (tensor or `number[][]`).
 * @param groups - the group of each point, `[n]` (names or ids).
 * @param options - hover labels, marker size, titles.
 * @returns a plotly figure with one `scatter` trace per group, for {@link show}.
 * @throws Error when points are not `[n, 2]` and finite, or `groups`/`labels` do not have n entries.
 * @example
 * ```ts
 * const { points } = pca2d(embeddings);
 * show(scatterChart(points, groupNames, { title: "Questions after training", labels: questions }));
 * ```
 */
export function scatterChart(
  points: MatrixLike,
  groups: readonly (string | number)[],
  options: ScatterChartOptions = {},
): Figure {
  const fn = "scatterChart";
  const xy = readMatrix(fn, "points", points);
  if (xy.length === 0 || xy[0]!.length !== 2) {
    throw invalidArgument(
      fn,
      "points",
      "shape [n, 2] with n >= 1",
      `${xy.length} rows of ${xy[0]?.length ?? 0}`,
    );
  }
  const groupOf = readCategoryNames(fn, "groups", groups, xy.length)!;
  const labels = readCategoryNames(fn, "options.labels", options.labels, xy.length);
  const size = options.markerSize ?? 7;
  if (typeof size !== "number" || !(size > 0 && size <= 50)) {
    throw invalidArgument(fn, "options.markerSize", "a number in (0, 50]", describeValue(size));
  }
  const members = new Map<string, number[]>();
  groupOf.forEach((group, i) => {
    const list = members.get(group);
    if (list === undefined) members.set(group, [i]);
    else list.push(i);
  });
  const traces = [...members].map(([group, indices]): ScatterTrace => ({
    type: "scatter",
    mode: "markers",
    name: group,
    x: indices.map((i) => xy[i]![0]!),
    y: indices.map((i) => xy[i]![1]!),
    marker: { size, opacity: 0.8 },
    ...(labels === undefined
      ? { hovertemplate: `${escapeTemplate(group)}: (%{x:.3f}, %{y:.3f})<extra></extra>` }
      : {
          text: indices.map((i) => labels[i]!),
          hovertemplate: `%{text}<extra>${escapeTemplate(group)}</extra>`,
        }),
  }));
  return {
    data: traces,
    layout: baseLayout(fn, options, {}, { showlegend: true, hovermode: "closest" }),
  };
}

/** Keeps group names from being read as plotly template fields (`%{...}`). */
function escapeTemplate(text: string): string {
  return text.replace(/%\{/g, "%\u200b{");
}
