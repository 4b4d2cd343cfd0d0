import * as tf from "@tensorflow/tfjs";
import type { Labels } from "../labels/labels";
import { readDistanceMarginOptions } from "../similarity/distance-options";
import type { MatrixLike } from "../validate";
import { labelledDistances } from "./embedding-batch";
import type { DistanceLossOptions } from "./loss-options";
import { readReduction, reduceLoss } from "./reduction";

/**
 * Batch-all triplet loss (Hermans, Beyer & Leibe 2017): every valid triplet of the batch
 * (`a != p` with the same label, `n` with another label) contributes
 * `l_apn = max(d(a, p) - d(a, n) + margin, 0)`, and the loss is the mean over the triplets
 * whose `l_apn > 0` (reduction `'meanOfActive'`, the default). Averaging over only the active
 * triplets keeps the loss from fading as easy triplets (loss 0) come to dominate; `'mean'`
 * averages over every valid triplet instead. 0 when there is no active triplet.
 *
 * It is {@link tripletLoss} over every triplet `mineTriplets` finds, in one tensor
 * expression: `tripletLoss(x, mineTriplets(x, labels), { reduction: "meanOfActive" })`.
 *
 * Memory grows as n^3: fine for training batches of a few hundred rows.
 *
 * @param embeddings - `[n, d]`.
 * @param labels - one class label per row, `[n]`.
 * @param options - margin (default 0.2), metric (default `'euclidean'`) and reduction (default
 *   `'meanOfActive'`).
 * @returns the loss, a scalar (differentiable).
 * @throws Error when labels do not match the rows, an input holds NaN/Infinity, or an option is invalid.
 * @example
 * ```ts
 * batchAllTripletLoss([[0, 0], [1, 0], [0.5, 0]], [0, 0, 1], { margin: 0.2 });
 * ```
 */
export function batchAllTripletLoss(
  embeddings: MatrixLike,
  labels: Labels,
  options: DistanceLossOptions = {},
): tf.Scalar {
  const fn = "batchAllTripletLoss";
  const { margin, distance } = readDistanceMarginOptions(fn, options);
  const reduction = readReduction(fn, options.reduction, "meanOfActive");
  return tf.tidy(() => {
    const { n, distances, positive, negative } = labelledDistances(
      fn,
      embeddings,
      labels,
      distance,
    );
    const perTriplet = tf.relu(
      tf.add(tf.sub(tf.reshape(distances, [n, n, 1]), tf.reshape(distances, [n, 1, n])), margin),
    );
    const valid = tf.mul(tf.reshape(positive, [n, n, 1]), tf.reshape(negative, [n, 1, n]));
    return reduceLoss(perTriplet, reduction, valid);
  });
}
