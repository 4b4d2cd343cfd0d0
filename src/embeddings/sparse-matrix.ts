/**
 * A sparse matrix in compressed sparse row (CSR) form: row r's entries are
 * `values[rowStart[r] .. rowStart[r + 1])` in the columns `columns[...]`, ascending.
 */
export interface SparseMatrix {
  /** Number of rows. */
  readonly rows: number;
  /** Number of columns. */
  readonly columns: number;
  /** Where each row's entries start in `columnIndex` and `values`; `rows + 1` numbers. */
  readonly rowStart: Int32Array;
  /** The column of each stored entry. */
  readonly columnIndex: Int32Array;
  /** The value of each stored entry. */
  readonly values: Float64Array;
}

/**
 * Collects entries row by row and adds up repeated (row, column) entries; then
 * {@link SparseMatrixBuilder.build} packs them into CSR form.
 */
export class SparseMatrixBuilder {
  private readonly rowMaps: Map<number, number>[] = [];
  private columnCount = 0;

  /**
   * Adds `value` to entry (row, column).
   *
   * @param row - a row index >= 0; rows are created as needed.
   * @param column - a column index >= 0.
   * @param value - the amount to add.
   */
  add(row: number, column: number, value: number): void {
    while (this.rowMaps.length <= row) this.rowMaps.push(new Map());
    const map = this.rowMaps[row] as Map<number, number>;
    map.set(column, (map.get(column) ?? 0) + value);
    if (column >= this.columnCount) this.columnCount = column + 1;
  }

  /**
   * @param rows - the number of rows (at least the rows added).
   * @param columns - the number of columns (at least the columns added).
   * @returns the matrix in CSR form, columns ascending within each row.
   */
  build(rows: number = this.rowMaps.length, columns: number = this.columnCount): SparseMatrix {
    let nonZero = 0;
    for (const map of this.rowMaps) nonZero += map.size;
    const rowStart = new Int32Array(rows + 1);
    const columnIndex = new Int32Array(nonZero);
    const values = new Float64Array(nonZero);
    let at = 0;
    for (let r = 0; r < rows; r++) {
      rowStart[r] = at;
      const map = this.rowMaps[r];
      if (map !== undefined) {
        const sorted = [...map.keys()].sort((a, b) => a - b);
        for (const column of sorted) {
          columnIndex[at] = column;
          values[at] = map.get(column) as number;
          at++;
        }
      }
    }
    rowStart[rows] = at;
    return { rows, columns, rowStart, columnIndex, values };
  }
}

/**
 * Y = A X for a sparse A [rows, columns] and a dense X [columns, k] stored row-major.
 *
 * @returns Y [rows, k], row-major.
 */
export function sparseTimesDense(a: SparseMatrix, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    const out = r * k;
    for (let e = a.rowStart[r] as number; e < (a.rowStart[r + 1] as number); e++) {
      const v = a.values[e] as number;
      const from = (a.columnIndex[e] as number) * k;
      for (let j = 0; j < k; j++) y[out + j] = (y[out + j] as number) + v * (x[from + j] as number);
    }
  }
  return y;
}

/**
 * Z = Aᵀ Y for a sparse A [rows, columns] and a dense Y [rows, k] stored row-major.
 *
 * @returns Z [columns, k], row-major.
 */
export function sparseTransposeTimesDense(
  a: SparseMatrix,
  y: Float64Array,
  k: number,
): Float64Array {
  const z = new Float64Array(a.columns * k);
  for (let r = 0; r < a.rows; r++) {
    const from = r * k;
    for (let e = a.rowStart[r] as number; e < (a.rowStart[r + 1] as number); e++) {
      const v = a.values[e] as number;
      const out = (a.columnIndex[e] as number) * k;
      for (let j = 0; j < k; j++) z[out + j] = (z[out + j] as number) + v * (y[from + j] as number);
    }
  }
  return z;
}
