import * as tf from "@tensorflow/tfjs";
import type { Labels } from "../labels/labels";
import { readDistanceMarginOptions } from "../similarity/distance-options";
import type { MatrixLike } from "../validate";
import { MASK_OFFSET, labelledDistances } from "./embedding-batch";
import type { DistanceLossOptions } from "./loss-options";
import { readReduction, reduceLoss } from "./reduction";

/**
 * Semi-hard triplet loss over all positive pairs of a batch (FaceNet, Schroff et al. 2015; the
 * semantics of TensorFlow Addons' `TripletSemiHardLoss`).
 *
 * For every positive pair `(a, p)` (`a != p`, same label) the negative is the closest one that
 * is still farther than the positive: `n* = argmin {d(a, n) : d(a, n) > d(a, p)}`; when no
 * negative is farther, the farthest negative is used instead. `loss_ap = max(d(a, p) - d(a, n*)
 * + margin, 0)`, averaged over positive pairs (reduction `'mean'`, the default). Pairs whose
 * anchor has no negative at all are left out; with no positive pair the loss is 0.
 *
 * @param embeddings - `[n, d]`.
 * @param labels - one class label per row, `[n]`.
 * @param options - margin (default 0.2), metric (default `'euclidean'`) and reduction (default
 *   `'mean'`).
 * @returns the loss, a scalar (differentiable).
 * @throws Error when labels do not match the rows, an input holds NaN/Infinity, or an option is invalid.
 * @example
 * ```ts
 * batchSemiHardTripletLoss(embeddings, [0, 0, 1, 1], { margin: 0.5 });
 * ```
 */
export function batchSemiHardTripletLoss(
  embeddings: MatrixLike,
  labels: Labels,
  options: DistanceLossOptions = {},
): tf.Scalar {
  const fn = "batchSemiHardTripletLoss";
  const { margin, distance } = readDistanceMarginOptions(fn, options);
  const reduction = readReduction(fn, options.reduction, "mean");
  return tf.tidy(() => {
    const { n, distances, positive, negative } = labelledDistances(
      fn,
      embeddings,
      labels,
      distance,
    );

    // Axis layout [anchor, positive, negative].
    const dAP = tf.reshape(distances, [n, n, 1]);
    const dAN = tf.reshape(distances, [n, 1, n]);
    const negativeOf = tf.reshape(negative, [n, 1, n]);
    // Masks on the gradient path use step() (gradient 0) instead of comparisons (no gradient).
    const fartherThanPositive = tf.mul(tf.step(tf.sub(dAN, dAP)), negativeOf);
    const semiHard = tf.min(tf.add(dAN, tf.mul(tf.sub(1, fartherThanPositive), MASK_OFFSET)), 2);
    const farthest = tf.max(
      tf.sub(tf.mul(dAN, negativeOf), tf.mul(tf.sub(1, negativeOf), MASK_OFFSET)),
      2,
    );
    const hasSemiHard = tf.step(tf.sum(fartherThanPositive, 2));
    const chosenNegative = tf.add(
      tf.mul(hasSemiHard, semiHard),
      tf.mul(tf.sub(1, hasSemiHard), farthest),
    );

    const anchorHasNegative = tf.cast(tf.greater(tf.sum(negative, 1, true), 0), "float32");
    const counted = tf.mul(positive, anchorHasNegative);
    const perPair = tf.relu(tf.add(tf.sub(distances, chosenNegative), margin));
    return reduceLoss(
      tf.where(tf.cast(counted, "bool"), perPair, tf.zerosLike(perPair)),
      reduction,
      counted,
    );
  });
}
