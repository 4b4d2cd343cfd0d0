import { checkBoolean, describeValue, invalidArgument } from "../validate";
import {
  baseLayout,
  formatNumber,
  readCategoryNames,
  readText,
  readVector,
  isArray,
} from "./chart-input";
import type { BarTrace, ChartOptions, Figure } from "./figure";

/** One set of bars of a grouped {@link barChart}. */
export interface BarSeries {
  /** Legend entry, for example `"batch-hard"`. */
  readonly name: string;
  /** One value per category. */
  readonly values: readonly number[];
}

/** Options of {@link barChart}. */
export interface BarChartOptions extends ChartOptions {
  /** Write each value on its bar (default true). */
  readonly showValues?: boolean;
}

/**
 * A bar chart: one bar per category, or grouped bars when given several series. For example
 * how many triplets of a batch are easy, semi-hard and hard, or that count for several miners.
 *
 * @param categories - the category names, `[k]`.
 * @param values - one value per category, or several `{ name, values }` series.
 * @param options - whether to write the values on the bars, titles.
 * @returns a plotly figure with one `bar` trace per series, for {@link show}.
 * @throws Error when categories are empty, a series does not have one finite value per category.
 * @example
 * ```ts
 * show(barChart(["easy", "semi-hard", "hard"], [412, 37, 23],
 *   { title: "Triplets in one batch", yLabel: "triplets" }));
 * ```
 */
export function barChart(
  categories: readonly string[],
  values: readonly number[] | readonly BarSeries[],
  options: BarChartOptions = {},
): Figure {
  const fn = "barChart";
  if (!isArray(categories) || categories.length === 0) {
    throw invalidArgument(
      fn,
      "categories",
      "a non-empty array of names",
      describeValue(categories),
    );
  }
  const names = readCategoryNames(fn, "categories", categories, categories.length)!;
  if (!isArray(values) || values.length === 0) {
    throw invalidArgument(
      fn,
      "values",
      "numbers or { name, values } series",
      describeValue(values),
    );
  }
  const grouped = typeof values[0] === "object";
  const series: readonly BarSeries[] = grouped
    ? (values as readonly BarSeries[])
    : [{ name: "", values: values as readonly number[] }];
  const showValues =
    options.showValues === undefined
      ? true
      : checkBoolean(fn, "options.showValues", options.showValues);
  const traces = series.map((s, k): BarTrace => {
    const where = grouped ? `values[${k}].values` : "values";
    const y = readVector(fn, where, s?.values);
    if (y.length !== names.length) {
      throw invalidArgument(fn, where, `${names.length} values (one per category)`, `${y.length}`);
    }
    return {
      type: "bar",
      x: names,
      y,
      ...(grouped ? { name: readText(fn, `values[${k}].name`, s.name) ?? `series ${k + 1}` } : {}),
      ...(showValues ? { text: y.map((v) => formatNumber(v)), textposition: "outside" } : {}),
    };
  });
  return {
    data: traces,
    layout: baseLayout(
      fn,
      options,
      {},
      {
        xaxis: { type: "category" },
        barmode: "group",
        showlegend: grouped,
      },
    ),
  };
}
