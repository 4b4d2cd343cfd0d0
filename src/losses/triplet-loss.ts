import * as tf from "@tensorflow/tfjs";
import type { TripletIndices } from "../labels/triplet-indices";
import { readDistanceMarginOptions } from "../similarity/distance-options";
import {
  describeValue,
  formatShape,
  invalidArgument,
  toMatrix,
  type MatrixLike,
} from "../validate";
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
 * @returns the loss, a scalar (differentiable).
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
  options?: DistanceLossOptions,
): tf.Scalar;
/**
 * The same triplet loss over triplets of one batch given as row indices, such as those
 * `mineTriplets` finds: mining chooses the triplets, this scores them.
 * `L = mean_t max(d(x_a, x_p) - d(x_a, x_n) + margin, 0)` over the triplets `t = (a, p, n)`
 * (with the default reduction). No triplet gives 0, with a zero gradient.
 *
 * Over every valid triplet with `reduction: 'meanOfActive'` this is `batchAllTripletLoss`.
 *
 * @param embeddings - `[n, d]`, the batch the indices point into.
 * @param triplets - `{ anchor, positive, negative }`, three arrays of row indices of equal length.
 * @param options - margin (default 0.2), metric (default `'euclidean'`) and reduction (default
 *   `'mean'`); use the margin and metric you mined with.
 * @returns the loss, a scalar (differentiable with respect to `embeddings`).
 * @throws Error when an index is not a row of `embeddings`, the arrays differ in length, the
 *   embeddings hold NaN/Infinity, or an option is invalid.
 * @example
 * ```ts
 * const hard = mineTriplets(embeddings, labels, { kind: "hard", margin: 0.2 }); // 1. mine
 * const loss = tripletLoss(embeddings, hard, { margin: 0.2 }); // 2. the loss of those triplets
 * ```
 */
export function tripletLoss(
  embeddings: MatrixLike,
  triplets: TripletIndices,
  options?: DistanceLossOptions,
): tf.Scalar;
export function tripletLoss(
  first: MatrixLike,
  second: MatrixLike | TripletIndices,
  third?: MatrixLike | DistanceLossOptions,
  fourth?: DistanceLossOptions,
): tf.Scalar {
  if (isTripletIndices(second)) {
    return indexedTripletLoss(first, second, (third ?? {}) as DistanceLossOptions);
  }
  return explicitTripletLoss(first, second, third as MatrixLike, fourth ?? {});
}

/** Index arrays rather than a matrix: a plain object that is neither a tensor nor an array. */
function isTripletIndices(x: MatrixLike | TripletIndices): x is TripletIndices {
  return typeof x === "object" && x !== null && !(x instanceof tf.Tensor) && !Array.isArray(x);
}

function explicitTripletLoss(
  anchor: MatrixLike,
  positive: MatrixLike,
  negative: MatrixLike,
  options: DistanceLossOptions,
): tf.Scalar {
  const fn = "tripletLoss";
  const { margin, distance } = readDistanceMarginOptions(fn, options);
  const reduction = readReduction(fn, options.reduction, "mean");
  return tf.tidy(() => {
    const a = toMatrix(fn, "anchor", anchor);
    const p = toMatrix(fn, "positive", positive);
    const n = toMatrix(fn, "negative", negative);
    for (const [name, t] of [
      ["positive", p],
      ["negative", n],
    ] as const) {
      if (t.shape[0] !== a.shape[0] || t.shape[1] !== a.shape[1]) {
        throw invalidArgument(
          fn,
          name,
          `shape ${formatShape(a.shape)} (the shape of 'anchor')`,
          `shape ${formatShape(t.shape)}`,
        );
      }
    }
    if (a.shape[0] === 0) throw invalidArgument(fn, "anchor", "at least one row", "0 rows");
    const perTriplet = tf.relu(
      tf.add(tf.sub(distance.rowwise(a, p), distance.rowwise(a, n)), margin),
    );
    return reduceLoss(perTriplet, reduction);
  });
}

function indexedTripletLoss(
  embeddings: MatrixLike,
  triplets: TripletIndices,
  options: DistanceLossOptions,
): tf.Scalar {
  const fn = "tripletLoss";
  const { margin, distance } = readDistanceMarginOptions(fn, options);
  const reduction = readReduction(fn, options.reduction, "mean");
  return tf.tidy(() => {
    const x = toMatrix(fn, "embeddings", embeddings);
    const rows = x.shape[0];
    const count = checkTripletIndices(fn, triplets, rows);
    // Zero, but still a function of the embeddings, so that a gradient (of zeros) exists.
    if (count === 0) return tf.mul(tf.sum(x), 0) as tf.Scalar;
    // The distances the miner measured: the matrix of all pairs, read at (a, p) and (a, n).
    const distances = tf.reshape(distance.pairwise(x), [rows * rows]);
    const at = (from: readonly number[], to: readonly number[]) =>
      tf.gather(
        distances,
        tf.tensor1d(
          from.map((i, t) => i * rows + (to[t] as number)),
          "int32",
        ),
      );
    const perTriplet = tf.relu(
      tf.add(
        tf.sub(at(triplets.anchor, triplets.positive), at(triplets.anchor, triplets.negative)),
        margin,
      ),
    );
    return reduceLoss(perTriplet, reduction);
  });
}

/** Checks three index arrays of equal length, every index a row of the batch; returns the count. */
function checkTripletIndices(fn: string, triplets: TripletIndices, rows: number): number {
  const count = Array.isArray(triplets.anchor) ? triplets.anchor.length : -1;
  for (const role of ["anchor", "positive", "negative"] as const) {
    const indices: unknown = triplets[role];
    const argument = `triplets.${role}`;
    if (!Array.isArray(indices)) {
      throw invalidArgument(fn, argument, "an array of row indices", describeValue(indices));
    }
    if (indices.length !== count) {
      throw invalidArgument(
        fn,
        argument,
        `${count} indices (as many as 'triplets.anchor')`,
        `${indices.length}`,
      );
    }
    indices.forEach((i: unknown, t) => {
      if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= rows) {
        throw invalidArgument(
          fn,
          argument,
          `row indices, integers in [0, ${rows})`,
          `${describeValue(i)} at index ${t}`,
        );
      }
    });
  }
  return count;
}
