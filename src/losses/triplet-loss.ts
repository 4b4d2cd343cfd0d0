import * as tf from "@tensorflow/tfjs";
import { readDistanceMarginOptions } from "../similarity/distance-options";
import { formatShape, invalidArgument, toMatrix, type MatrixLike } from "../validate";
import type { DistanceLossOptions } from "./loss-options";
import { readReduction, reduceLoss } from "./reduction";

/**
 * The triplet loss of FaceNet (Schroff, Kalenichenko & Philbin, CVPR 2015) for explicit
 * triplets: `L = mean_i max(d(a_i, p_i) - d(a_i, n_i) + margin, 0)` (with the default reduction).
 *
 * The loss is zero once every negative is at least `margin` farther from its anchor than the
 * positive; the margin keeps the trivial solution (all embeddings equal, every distance 0)
 * from also being a minimum.
 *
 * @param anchor - anchor embeddings `[n, d]`.
 * @param positive - embeddings of the same class as the anchor, `[n, d]`.
 * @param negative - embeddings of another class, `[n, d]`.
 * @param options - margin (default 0.2), metric (default `'euclidean'`) and reduction (default
 *   `'mean'`).
 * @returns the mean loss, a scalar (differentiable).
 * @throws Error when shapes differ, an input holds NaN/Infinity, or an option is invalid.
 * @example
 * ```ts
 * tripletLoss([[0, 0]], [[1, 0]], [[3, 0]], { margin: 0.5 }).dataSync(); // [0]: 1 - 3 + 0.5 < 0
 * ```
 */
export function tripletLoss(
  anchor: MatrixLike,
  positive: MatrixLike,
  negative: MatrixLike,
  options: DistanceLossOptions = {},
): tf.Scalar {
  const { margin, distance } = readDistanceMarginOptions("tripletLoss", options);
  const reduction = readReduction("tripletLoss", options.reduction, "mean");
  return tf.tidy(() => {
    const a = toMatrix("tripletLoss", "anchor", anchor);
    const p = toMatrix("tripletLoss", "positive", positive);
    const n = toMatrix("tripletLoss", "negative", negative);
    for (const [name, t] of [
      ["positive", p],
      ["negative", n],
    ] as const) {
      if (t.shape[0] !== a.shape[0] || t.shape[1] !== a.shape[1]) {
        throw invalidArgument(
          "tripletLoss",
          name,
          `shape ${formatShape(a.shape)} (the shape of 'anchor')`,
          `shape ${formatShape(t.shape)}`,
        );
      }
    }
    if (a.shape[0] === 0)
      throw invalidArgument("tripletLoss", "anchor", "at least one row", "0 rows");
    const perTriplet = tf.relu(
      tf.add(tf.sub(distance.rowwise(a, p), distance.rowwise(a, n)), margin),
    );
    return reduceLoss(perTriplet, reduction);
  });
}
