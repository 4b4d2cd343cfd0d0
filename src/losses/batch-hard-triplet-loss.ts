import * as tf from "@tensorflow/tfjs";
import type { Labels } from "../labels/labels";
import { readDistanceMarginOptions } from "../similarity/distance-options";
import { checkBoolean, type MatrixLike } from "../validate";
import { maskedMax, maskedMin, labelledDistances } from "./embedding-batch";
import type { DistanceLossOptions } from "./loss-options";
import { readReduction, reduceLoss } from "./reduction";

/** Options of {@link batchHardTripletLoss}. */
export interface BatchHardTripletLossOptions extends DistanceLossOptions {
  /** Use the soft margin `log(1 + exp(dAP - dAN))` instead of the hinge. Default false. */
  readonly soft?: boolean;
}

/**
 * Batch-hard triplet loss (Hermans, Beyer & Leibe, "In Defense of the Triplet Loss for Person
 * Re-Identification", 2017), for P x K batches.
 *
 * For every anchor `a`: `dAP = max d(a, p)` over the other rows with the same label (the
 * farthest positive) and `dAN = min d(a, n)` over rows with another label (the closest
 * negative); `loss_a = max(dAP - dAN + margin, 0)`, or `log(1 + exp(dAP - dAN))` when `soft`.
 * The result is the mean over anchors that have at least one positive and one negative
 * (reduction `'mean'`, the default), and 0 when no anchor has both (a batch of one, or a single
 * label).
 *
 * @param embeddings - `[n, d]`.
 * @param labels - one class label per row, `[n]`.
 * @param options - margin (default 0.2; ignored when `soft`), metric (default `'euclidean'`),
 *   soft, reduction (default `'mean'`).
 * @returns the loss, a scalar (differentiable).
 * @throws Error when labels do not match the rows, an input holds NaN/Infinity, or an option is invalid.
 * @example
 * ```ts
 * batchHardTripletLoss([[0, 0], [0, 1], [3, 0], [3, 1]], [0, 0, 1, 1], { margin: 0.2 }); // 0
 * ```
 */
export function batchHardTripletLoss(
  embeddings: MatrixLike,
  labels: Labels,
  options: BatchHardTripletLossOptions = {},
): tf.Scalar {
  const fn = "batchHardTripletLoss";
  const { margin, distance } = readDistanceMarginOptions(fn, options);
  const soft = checkBoolean(fn, "options.soft", options.soft ?? false);
  const reduction = readReduction(fn, options.reduction, "mean");
  return tf.tidy(() => {
    const { distances, positive, negative } = labelledDistances(fn, embeddings, labels, distance);
    const hardestPositive = maskedMax(distances, positive);
    const hardestNegative = maskedMin(distances, negative);
    const gap = tf.sub(hardestPositive, hardestNegative);
    const perAnchor = soft ? tf.softplus(gap) : tf.relu(tf.add(gap, margin));
    const valid = tf.mul(
      tf.cast(tf.greater(tf.sum(positive, 1), 0), "float32"),
      tf.cast(tf.greater(tf.sum(negative, 1), 0), "float32"),
    );
    // Invalid anchors can hold huge values from the masking offset; zero them before the mean
    // so that neither they nor their gradients leak into the result.
    return reduceLoss(
      tf.where(tf.cast(valid, "bool"), perAnchor, tf.zerosLike(perAnchor)),
      reduction,
      valid,
    );
  });
}
