import * as tf from "@tensorflow/tfjs";
import {
  checkNumber,
  checkTensor,
  describeValue,
  invalidArgument,
  toNumberArray,
  type MatrixLike,
  type VectorLike,
} from "../validate";
import type { AxisLayout, ChartOptions, Layout, LayoutAnnotation, LayoutShape } from "./figure";

// Input reading and layout defaults shared by the chart builders (not exported by the package).

/**
 * `Array.isArray` that narrows to `readonly unknown[]` (the built-in narrows to `any[]`, which
 * would switch type checking off for the elements).
 */
export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Reads a matrix (tensor `[rows, cols]` or `number[][]`) into plain rows, checking it is rectangular and finite. */
export function readMatrix(fn: string, argument: string, x: MatrixLike): number[][] {
  let rows: number[][];
  if (x instanceof tf.Tensor) {
    rows = (checkTensor(fn, argument, x, [null, null]) as tf.Tensor2D).arraySync();
  } else if (isArray(x)) {
    const input = x as readonly (readonly number[])[];
    const width = input[0]?.length ?? 0;
    rows = input.map((row, i) => {
      if (!isArray(row) || row.length !== width) {
        throw invalidArgument(
          fn,
          argument,
          `rectangular (every row of length ${width})`,
          `row ${i} ${describeValue(row)}`,
        );
      }
      return [...row];
    });
  } else {
    throw invalidArgument(fn, argument, "a 2-D tensor or number[][]", describeValue(x));
  }
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw invalidArgument(
          fn,
          argument,
          "finite numbers",
          `${describeValue(v)} at [${i}, ${j}]`,
        );
      }
    }),
  );
  return rows;
}

/** Reads a vector (tensor `[n]`, `number[]` or typed array) into finite numbers. */
export function readVector(fn: string, argument: string, x: VectorLike): number[] {
  return toNumberArray(fn, argument, x);
}

/** Checks a string option (or leaves it undefined). */
export function readText(fn: string, argument: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string")
    throw invalidArgument(fn, argument, "a string", describeValue(value));
  return value;
}

/** Checks a `[min, max]` option with `min < max` (or leaves it undefined). */
export function readRange(
  fn: string,
  argument: string,
  value: unknown,
): readonly [number, number] | undefined {
  if (value === undefined) return undefined;
  if (
    !isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => typeof v === "number" && Number.isFinite(v)) ||
    (value[0] as number) >= (value[1] as number)
  ) {
    throw invalidArgument(fn, argument, "[min, max] with finite min < max", describeValue(value));
  }
  return [value[0] as number, value[1] as number];
}

/**
 * Checks a list of category names (bars, axis ticks, point groups): strings or numbers, exactly
 * `length` of them, returned as strings (or leaves it undefined).
 */
export function readCategoryNames(
  fn: string,
  argument: string,
  value: unknown,
  length: number,
): string[] | undefined {
  if (value === undefined) return undefined;
  if (!isArray(value) || value.length !== length) {
    throw invalidArgument(fn, argument, `an array of ${length} labels`, describeValue(value));
  }
  return value.map((label, i) => {
    if (typeof label !== "string" && typeof label !== "number") {
      throw invalidArgument(
        fn,
        argument,
        "strings or numbers",
        `${describeValue(label)} at index ${i}`,
      );
    }
    return String(label);
  });
}

/** An axis with a title (when given) and the extra settings. */
export function axis(label: string | undefined, extra: AxisLayout = {}): AxisLayout {
  return { ...(label === undefined ? {} : { title: { text: label } }), automargin: true, ...extra };
}

/**
 * The layout every chart starts from: the title, axis labels and a height of 400 px (or the
 * options' values), with `extra` merged over it.
 */
export function baseLayout(
  fn: string,
  options: ChartOptions,
  defaults: { title?: string; xLabel?: string; yLabel?: string },
  extra: { xaxis?: AxisLayout; yaxis?: AxisLayout } & Omit<Layout, "xaxis" | "yaxis"> = {},
): Layout {
  const title = readText(fn, "options.title", options.title) ?? defaults.title;
  const xLabel = readText(fn, "options.xLabel", options.xLabel) ?? defaults.xLabel;
  const yLabel = readText(fn, "options.yLabel", options.yLabel) ?? defaults.yLabel;
  const height =
    options.height === undefined
      ? 400
      : checkNumber(fn, "options.height", options.height, { min: 100, max: 4000 });
  const { xaxis, yaxis, ...rest } = extra;
  return {
    ...(title === undefined ? {} : { title: { text: title } }),
    xaxis: axis(xLabel, xaxis),
    yaxis: axis(yLabel, yaxis),
    height,
    margin: { t: title === undefined ? 30 : 60, r: 30 },
    ...rest,
  };
}

/** Formats a number for a chart title or legend: up to `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 3): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * A vertical line at data `x` across the plot's full height, with `label` (when given) written
 * just above its top end.
 */
export function verticalMarker(
  x: number,
  label: string | undefined,
  line: NonNullable<LayoutShape["line"]>,
): { shapes: LayoutShape[]; annotations: LayoutAnnotation[] } {
  return {
    shapes: [{ type: "line", x0: x, x1: x, y0: 0, y1: 1, xref: "x", yref: "paper", line }],
    annotations:
      label === undefined
        ? []
        : [
            {
              text: label,
              x,
              y: 1,
              xref: "x",
              yref: "paper",
              showarrow: false,
              xanchor: "left",
              yanchor: "bottom",
            },
          ],
  };
}
