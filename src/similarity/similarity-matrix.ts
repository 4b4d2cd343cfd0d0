import * as tf from "@tensorflow/tfjs";
import { formatShape, invalidArgument, toMatrix, type MatrixLike } from "../validate";
import { normalizeRows } from "./l2-normalize";

/**
 * All-pairs cosine similarity: `S_ij = cos(a_i, b_j)`.
 *
 * With a batch of duplicate pairs (row i of `a` and of `b` mean the same), the diagonal holds
 * the positives and every off-diagonal entry is a negative: this is the matrix the course's
 * batch triplet loss works on.
 *
 * @param a - embeddings `[n, d]`.
 * @param b - embeddings `[m, d]`.
 * @returns similarities `[n, m]`.
 * @throws Error when the embedding sizes differ or an input holds NaN or Infinity.
 * @example
 * ```ts
 * similarityMatrix([[1, 0]], [[1, 0], [0, 1]]).arraySync(); // [[1, 0]]
 * ```
 */
export function similarityMatrix(a: MatrixLike, b: MatrixLike): tf.Tensor2D {
  return tf.tidy(() => {
    const left = toMatrix("similarityMatrix", "a", a);
    const right = toMatrix("similarityMatrix", "b", b);
    if (left.shape[1] !== right.shape[1]) {
      throw invalidArgument(
        "similarityMatrix",
        "b",
        `[m, ${left.shape[1]}] (as many columns as 'a')`,
        `shape ${formatShape(right.shape)}`,
      );
    }
    return cosineMatrix(left, right);
  });
}

/** The math of {@link similarityMatrix} without argument checks. */
export function cosineMatrix(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => tf.matMul(normalizeRows(a), normalizeRows(b), false, true));
}
