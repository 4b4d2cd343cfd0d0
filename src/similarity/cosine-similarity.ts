import * as tf from "@tensorflow/tfjs";
import { formatShape, invalidArgument, toMatrix, type MatrixLike } from "../validate";
import { normalizeRows } from "./l2-normalize";

/**
 * Row-wise cosine similarity: `cos_i = (a_i . b_i) / (||a_i|| ||b_i||)`, in [-1, 1].
 *
 * It compares the direction of two embeddings and ignores their length; a zero row has
 * similarity 0 with everything.
 *
 * @param a - embeddings `[n, d]` (tensor or `number[][]`).
 * @param b - embeddings `[n, d]`, row i compared with row i of `a`.
 * @returns similarities `[n]`.
 * @throws Error when the shapes differ or an input holds NaN or Infinity.
 * @example
 * ```ts
 * cosineSimilarity([[1, 0], [1, 1]], [[0, 1], [2, 2]]).arraySync(); // [0, 1]
 * ```
 */
export function cosineSimilarity(a: MatrixLike, b: MatrixLike): tf.Tensor1D {
  return tf.tidy(() => {
    const left = toMatrix("cosineSimilarity", "a", a);
    const right = toMatrix("cosineSimilarity", "b", b);
    if (left.shape[0] !== right.shape[0] || left.shape[1] !== right.shape[1]) {
      throw invalidArgument(
        "cosineSimilarity",
        "b",
        `shape ${formatShape(left.shape)} (the shape of 'a')`,
        `shape ${formatShape(right.shape)}`,
      );
    }
    return tf.sum(tf.mul(normalizeRows(left), normalizeRows(right)), 1);
  });
}
