import type * as Danfo from "danfojs-node";
import type { DataFrame } from "danfojs-node";
import { describeValue, invalidArgument } from "../validate";

/** A value a DataFrame cell can hold after {@link toDataFrame}'s conversion. */
type Cell = string | number | boolean | null;

/**
 * Turns rows (question pairs, groups, any plain objects) into a danfojs-node `DataFrame`, for
 * looking at data in a notebook (`df.head().print()`, `df["is_duplicate"].mean()`, plots).
 *
 * The columns are the rows' keys in order of first appearance. Strings, numbers and booleans
 * are kept; arrays and objects become JSON text (a group's `questions` is one cell); a key a
 * row lacks is `null`. danfojs-node is loaded on the first call only, because loading it takes
 * over a second and most users of siamese-lab never need it.
 *
 * @param rows - an array of plain objects.
 * @returns a `DataFrame` with one row per element of `rows`.
 * @throws Error when `rows` is not an array of objects.
 * @example
 * ```ts
 * const { pairs } = await loadSplit("validation");
 * const df = toDataFrame(pairs);
 * df.head(3).print();
 * ```
 */
export function toDataFrame(rows: readonly object[]): DataFrame {
  const fn = "toDataFrame";
  if (!Array.isArray(rows)) {
    throw invalidArgument(fn, "rows", "an array of objects", describeValue(rows));
  }
  const columns = new Map<string, Cell[]>();
  rows.forEach((row: unknown, index) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw invalidArgument(
        fn,
        "rows",
        "an array of objects",
        `${describeValue(row)} at index ${index}`,
      );
    }
    for (const [key, value] of Object.entries(row)) {
      let column = columns.get(key);
      if (column === undefined) {
        column = new Array<Cell>(index).fill(null);
        columns.set(key, column);
      }
      column[index] = toCell(value);
    }
    for (const column of columns.values()) if (column.length <= index) column.push(null);
  });
  const danfo = loadDanfo();
  if (columns.size === 0) return new danfo.DataFrame([]);
  return new danfo.DataFrame(Object.fromEntries(columns), { columns: [...columns.keys()] });
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  return JSON.stringify(value);
}

let danfoModule: typeof Danfo | undefined;

function loadDanfo(): typeof Danfo {
  // Loaded on demand, not at import: it takes over a second and most users never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  danfoModule ??= require("danfojs-node") as typeof Danfo;
  return danfoModule;
}
