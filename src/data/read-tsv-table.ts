import { readDelimitedRecords } from "./delimited-records";

/** One row of a table read by {@link readTsvTable}. */
export interface TableRow {
  /** The 1-based line where the row starts. */
  readonly line: number;
  /** The value of each requested column. */
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Reads a tab-separated file with a header into rows keyed by column name, checking that the
 * header names every requested column and that every row has one field per header column.
 * For the corpus's own derived files, which the build script writes.
 *
 * @param fn - the public function reading, for error messages.
 * @param file - the path.
 * @param columns - the columns the caller needs.
 * @returns the rows in file order.
 * @throws Error `fn: <file> line <n>: <problem>` for a missing column or a malformed row
 *   (bytes that are not UTF-8 included); `fn: cannot read <file>: <reason>` when the file
 *   cannot be read.
 */
export async function readTsvTable(
  fn: string,
  file: string,
  columns: readonly string[],
): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  let header: string[] | undefined;
  try {
    for await (const record of readDelimitedRecords(file, "\t")) {
      if (header === undefined) {
        if (record.problem !== undefined) {
          throw new Error(`${fn}: ${file} line ${record.line}: the header is ${record.problem}`);
        }
        header = record.fields;
        const missing = columns.filter((column) => !header?.includes(column));
        if (missing.length > 0) {
          throw new Error(
            `${fn}: ${file} line ${record.line}: missing columns ${missing.join(", ")}`,
          );
        }
        continue;
      }
      if (record.problem !== undefined || record.fields.length !== header.length) {
        const problem =
          record.problem ?? `expected ${header.length} fields, got ${record.fields.length}`;
        throw new Error(`${fn}: ${file} line ${record.line}: ${problem}`);
      }
      const values: Record<string, string> = {};
      for (const column of columns) values[column] = record.fields[header.indexOf(column)] ?? "";
      rows.push({ line: record.line, values });
    }
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    throw new Error(`${fn}: cannot read ${file}: ${(error as Error).message}`);
  }
  if (header === undefined) throw new Error(`${fn}: ${file} line 1: the file is empty`);
  return rows;
}
