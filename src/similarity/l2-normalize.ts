import * as tf from "@tensorflow/tfjs";
import { checkNumber, toMatrix, type MatrixLike } from "../validate";

/** Options of {@link l2Normalize}. */
export interface L2NormalizeOptions {
  /** Norms below this are treated as this value, so a zero row stays zero. Default 1e-12. */
  readonly epsilon?: number;
}

/**
 * Scales every row to unit Euclidean length: `y_i = x_i / max(||x_i||, epsilon)`.
 *
 * A zero row stays a zero row (never NaN), and the gradient stays finite there.
 *
 * @param x - embeddings `[n, d]` (a tensor or `number[][]`).
 * @param options - see {@link L2NormalizeOptions}.
 * @returns the normalised rows, `[n, d]`.
 * @throws Error when `x` is not a finite 2-D matrix or `epsilon` is not positive.
 * @example
 * ```ts
 * l2Normalize([[3, 4], [0, 0]]).arraySync(); // [[0.6, 0.8], [0, 0]]
 * ```
 */
export function l2Normalize(x: MatrixLike, options: L2NormalizeOptions = {}): tf.Tensor2D {
  const epsilon = checkNumber("l2Normalize", "options.epsilon", options.epsilon ?? 1e-12, {
    min: Number.MIN_VALUE,
  });
  return tf.tidy(() => normalizeRows(toMatrix("l2Normalize", "x", x), epsilon));
}

/**
 * The math of {@link l2Normalize} without argument checks, for library code that already
 * validated its input (and for use inside gradient computations).
 */
export function normalizeRows(x: tf.Tensor2D, epsilon = 1e-12): tf.Tensor2D {
  return tf.tidy(() => {
    const squaredNorm = tf.sum(tf.square(x), 1, true);
    // Clamping the squared norm (not the norm) keeps sqrt's gradient finite at zero.
    return tf.mul(x, tf.rsqrt(tf.maximum(squaredNorm, epsilon * epsilon)));
  });
}
