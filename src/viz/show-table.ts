import { tslabKernel } from "../notebook";
import { checkBoolean, checkInteger, describeValue, invalidArgument } from "../validate";
import { escapeHtml } from "./chart-html";
import { readText, isArray } from "./chart-input";

/**
 * A table row: any object (a plain `{ column: value }` literal or an interface such as
 * `QuestionPair`); its own enumerable properties are the columns.
 */
export type TableRow = object;

/**
 * What {@link showTable} needs from a danfo.js `DataFrame` (or `Series`): column names, the
 * values row by row and the row labels.
 */
export interface DataFrameLike {
  /** The column names, used as the table's header. */
  readonly columns: readonly string[];
  /** The rows: an array of cells per row for a DataFrame, one value per row for a Series. */
  readonly values: readonly unknown[];
  /** The row labels, shown as the first column (default: 0, 1, 2, ...). */
  readonly index?: readonly (string | number)[];
}

/** Options of {@link showTable}. */
export interface TableOptions {
  /** A caption above the table. */
  readonly caption?: string;
  /** Rows to show (default 20); a final line says how many more there are. */
  readonly maxRows?: number;
  /** Decimals of non-integer numbers (default 4; trailing zeros dropped). */
  readonly digits?: number;
  /** Show the row labels as the first column (default: true for a DataFrame, false for rows). */
  readonly index?: boolean;
}

/** The CSS class of every table {@link showTable} draws (the browser test counts them). */
export const TABLE_CLASS = "siamese-lab-table";

/** A table read into display strings. */
export interface TableCells {
  readonly columns: readonly string[];
  /** Row labels, when shown. */
  readonly index?: readonly string[];
  /** The shown rows, cells as text. */
  readonly rows: readonly (readonly string[])[];
  /** Whether each column holds numbers only (right-aligned). */
  readonly numeric: readonly boolean[];
  /** Rows in the input (more than `rows.length` when cut at `maxRows`). */
  readonly total: number;
  readonly caption?: string;
}

/**
 * Displays a table: an array of row objects, or a danfo.js DataFrame (or Series).
 *
 * In a tslab notebook it shows an HTML table (every value escaped, numbers right-aligned and
 * rounded to `digits` decimals, at most `maxRows` rows). In plain Node it prints the same
 * table as aligned text. Returns nothing, so a cell ending with it prints no extra value.
 *
 * @param table - row objects, plain `{ column: value }` literals or typed rows such as
 *   `QuestionPair` (each row's own keys are columns, in order of first appearance), or a
 *   DataFrame.
 * @param options - caption, rows to show, decimals, whether to show the row labels.
 * @throws Error when `table` is neither, or an option is invalid.
 * @example
 * ```ts
 * showTable(toDataFrame(pairs).head(5), { caption: "The first question pairs" });
 * showTable([{ tau: 0.5, f1: 0.81 }, { tau: 0.6, f1: 0.84 }]);
 * ```
 */
export function showTable(
  table: readonly TableRow[] | DataFrameLike,
  options: TableOptions = {},
): void {
  const cells = readTable("showTable", table, options);
  const display = tslabKernel()?.display;
  if (display !== undefined) display.html(tableHtml(cells));
  else console.log(tableText(cells));
}

/** Reads rows or a DataFrame into display strings (exported for tests). */
export function readTable(
  fn: string,
  table: readonly TableRow[] | DataFrameLike,
  options: TableOptions,
): TableCells {
  const maxRows =
    options.maxRows === undefined
      ? 20
      : checkInteger(fn, "options.maxRows", options.maxRows, { min: 1 });
  const digits =
    options.digits === undefined
      ? 4
      : checkInteger(fn, "options.digits", options.digits, { min: 0, max: 15 });
  const caption = readText(fn, "options.caption", options.caption);
  const showIndex =
    options.index === undefined ? undefined : checkBoolean(fn, "options.index", options.index);

  let columns: string[];
  let values: unknown[][];
  let labels: string[] | undefined;
  if (isArray(table)) {
    const rows = table as readonly TableRow[];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (typeof row !== "object" || row === null || isArray(row)) {
        throw invalidArgument(
          fn,
          "table",
          "row objects { column: value }",
          `${describeValue(row)} at index ${i}`,
        );
      }
      for (const key of Object.keys(row)) seen.add(key);
    });
    columns = [...seen];
    values = rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c]));
    labels = showIndex === true ? rows.map((_, i) => String(i)) : undefined;
  } else if (isDataFrameLike(table)) {
    columns = table.columns.map(String);
    const rows = table.values;
    // A Series holds one value per row rather than an array.
    values = rows.map((row) => (isArray(row) ? [...(row as unknown[])] : [row]));
    const index = table.index ?? rows.map((_, i) => i);
    labels = showIndex === false ? undefined : index.map(String);
  } else {
    throw invalidArgument(
      fn,
      "table",
      "an array of row objects or a danfo.js DataFrame",
      describeValue(table),
    );
  }
  const shown = values.slice(0, maxRows);
  return {
    columns,
    ...(labels === undefined ? {} : { index: labels.slice(0, maxRows) }),
    rows: shown.map((row) => columns.map((_, j) => formatCell(row[j], digits))),
    numeric: columns.map(
      (_, j) => shown.length > 0 && shown.every((row) => typeof row[j] === "number"),
    ),
    total: values.length,
    ...(caption === undefined ? {} : { caption }),
  };
}

/** The HTML of a table, every text escaped. */
export function tableHtml(cells: TableCells): string {
  // Explicit both ways: JupyterLab's stylesheet right-aligns every cell.
  const align = (j: number): string => ` style="text-align:${cells.numeric[j] ? "right" : "left"}"`;
  const head = [
    ...(cells.index === undefined ? [] : ["<th></th>"]),
    ...cells.columns.map((c, j) => `<th${align(j)}>${escapeHtml(c)}</th>`),
  ].join("");
  const body = cells.rows.map((row, i) => {
    const label = cells.index === undefined ? "" : `<th>${escapeHtml(cells.index[i] ?? "")}</th>`;
    return `<tr>${label}${row.map((v, j) => `<td${align(j)}>${escapeHtml(v)}</td>`).join("")}</tr>`;
  });
  const more = cells.total - cells.rows.length;
  const width = cells.columns.length + (cells.index === undefined ? 0 : 1);
  if (more > 0) {
    body.push(
      `<tr><td colspan="${width}" style="font-style:italic">... ${more} more row${more === 1 ? "" : "s"} (${cells.total} in all)</td></tr>`,
    );
  }
  return [
    `<table class="${TABLE_CLASS}">`,
    ...(cells.caption === undefined ? [] : [`<caption>${escapeHtml(cells.caption)}</caption>`]),
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join("\n")}</tbody>`,
    "</table>",
  ].join("\n");
}

/** The same table as aligned plain text. */
export function tableText(cells: TableCells): string {
  const header = [...(cells.index === undefined ? [] : [""]), ...cells.columns];
  const rows = cells.rows.map((row, i) => [
    ...(cells.index === undefined ? [] : [cells.index[i] ?? ""]),
    ...row,
  ]);
  const offset = cells.index === undefined ? 0 : 1;
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? "").length)));
  const line = (cellsOfRow: readonly string[]): string =>
    cellsOfRow
      .map((v, j) => (cells.numeric[j - offset] ? v.padStart(widths[j]!) : v.padEnd(widths[j]!)))
      .join("  ")
      .trimEnd();
  const more = cells.total - cells.rows.length;
  return [
    ...(cells.caption === undefined ? [] : [cells.caption]),
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    ...(more > 0 ? [`... ${more} more row${more === 1 ? "" : "s"} (${cells.total} in all)`] : []),
  ].join("\n");
}

function isDataFrameLike(value: unknown): value is DataFrameLike {
  const candidate = value as Partial<DataFrameLike> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    isArray(candidate.columns) &&
    isArray(candidate.values) &&
    (candidate.index === undefined || isArray(candidate.index))
  );
}

/** A cell value as text: numbers rounded, arrays and objects briefly, null and undefined empty. */
function formatCell(value: unknown, digits: number): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
    return String(Number(value.toFixed(digits)));
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  let text: string;
  if (isArray(value)) text = `[${value.map((v) => formatCell(v, digits)).join(", ")}]`;
  else if (typeof value === "object" && value.toString !== Object.prototype.toString) {
    // Objects that describe themselves (a tf.Tensor, a Map subclass...) say it best.
    text = (value as { toString(): string }).toString();
  } else {
    try {
      text = JSON.stringify(value) ?? typeof value;
    } catch {
      text = typeof value;
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
