import * as tf from "@tensorflow/tfjs";
import { checkOneOf } from "../validate";

/**
 * How a loss turns its per-item losses (one per triplet, anchor, positive pair or row) into one
 * number:
 *
 * - `'mean'`: the mean over every valid item, easy ones (loss 0) included. As training makes
 *   most items easy, this mean fades even while a few hard items stay hard.
 * - `'meanOfActive'`: the mean over the *active* items only, those with a loss above 0. It keeps
 *   its scale as easy items take over (why batch-all uses it, Hermans, Beyer & Leibe 2017); 0
 *   when no item is active.
 * - `'sum'`: the sum over the valid items (the course's notebooks sum); it grows with the
 *   batch, so a learning rate tuned for one batch size does not carry over to another.
 *
 * A loss value is only comparable with another one of the same reduction: batch-all's
 * `'meanOfActive'` is larger than its `'mean'` by the share of easy triplets.
 */
export type Reduction = "mean" | "meanOfActive" | "sum";

/** Every {@link Reduction}, for validation and menus. */
export const REDUCTIONS: readonly Reduction[] = ["mean", "meanOfActive", "sum"];

/** Validates the `reduction` option, or gives the loss's default. */
export function readReduction(fn: string, value: unknown, fallback: Reduction): Reduction {
  return checkOneOf(fn, "options.reduction", value ?? fallback, REDUCTIONS);
}

/**
 * Reduces per-item losses (all >= 0) to a scalar. `valid` (0/1, the shape of `perItem`) marks
 * the items that exist, for losses laid out over every index combination; invalid items must
 * hold a finite value and are left out. Call inside `tf.tidy`.
 */
export function reduceLoss(perItem: tf.Tensor, reduction: Reduction, valid?: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    if (reduction === "meanOfActive") {
      // step(): a mask with a zero gradient (a comparison here would break backpropagation).
      const active = valid === undefined ? tf.step(perItem) : tf.mul(valid, tf.step(perItem));
      return weightedMean(perItem, active);
    }
    if (reduction === "sum") return tf.sum(valid === undefined ? perItem : tf.mul(perItem, valid));
    return valid === undefined ? tf.mean(perItem) : weightedMean(perItem, valid);
  });
}

/** Sum of `values * weights` divided by the sum of weights, or 0 when every weight is 0. */
export function weightedMean(values: tf.Tensor, weights: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.div(tf.sum(tf.mul(values, weights)), tf.maximum(tf.sum(weights), 1)));
}
