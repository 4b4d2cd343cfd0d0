import type { SparseMatrix } from "./sparse-matrix";

/**
 * Positive pointwise mutual information of a word x context count matrix, with context
 * distribution smoothing:
 *
 *   PPMI(w, c) = max(0, log( P(w, c) / (P(w) P_α(c)) )),   P_α(c) = n(c)^α / Σ_c' n(c')^α
 *
 * Smoothing the context distribution with α = 0.75 keeps rare contexts from getting huge PMI
 * values (Levy, Goldberg and Dagan, "Improving Distributional Similarity with Lessons Learned
 * from Word Embeddings", TACL 2015). Entries that become 0 are kept in place as zeros.
 *
 * @param counts - non-negative (weighted) co-occurrence counts, words as rows.
 * @param alpha - the smoothing exponent, default 0.75.
 * @returns a matrix of the same shape and sparsity holding the PPMI values.
 */
export function ppmi(counts: SparseMatrix, alpha = 0.75): SparseMatrix {
  const rowSum = new Float64Array(counts.rows);
  const columnSum = new Float64Array(counts.columns);
  let total = 0;
  for (let r = 0; r < counts.rows; r++) {
    for (let e = counts.rowStart[r] as number; e < (counts.rowStart[r + 1] as number); e++) {
      const v = counts.values[e] as number;
      rowSum[r] = (rowSum[r] as number) + v;
      const c = counts.columnIndex[e] as number;
      columnSum[c] = (columnSum[c] as number) + v;
      total += v;
    }
  }
  let smoothedTotal = 0;
  const smoothed = new Float64Array(counts.columns);
  for (let c = 0; c < counts.columns; c++) {
    smoothed[c] = Math.pow(columnSum[c] as number, alpha);
    smoothedTotal += smoothed[c] as number;
  }
  const values = new Float64Array(counts.values.length);
  for (let r = 0; r < counts.rows; r++) {
    const pw = (rowSum[r] as number) / total;
    for (let e = counts.rowStart[r] as number; e < (counts.rowStart[r + 1] as number); e++) {
      const pwc = (counts.values[e] as number) / total;
      const pc = (smoothed[counts.columnIndex[e] as number] as number) / smoothedTotal;
      const pmi = Math.log(pwc / (pw * pc));
      values[e] = pmi > 0 ? pmi : 0;
    }
  }
  return { ...counts, values };
}
