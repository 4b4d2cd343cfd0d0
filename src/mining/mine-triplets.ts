import * as tf from "@tensorflow/tfjs";
import {
  readDistanceMarginOptions,
  type DistanceMarginOptions,
} from "../similarity/distance-options";
import { checkOneOf, toMatrix, type MatrixLike } from "../validate";
import { readLabels, type Labels } from "../labels/labels";
import type { TripletIndices } from "../labels/triplet-indices";
import { classify, type TripletKind } from "./triplet-kind";

/** Options of {@link mineTriplets}. */
export interface MineTripletsOptions extends DistanceMarginOptions {
  /** Which triplets to keep: `'all'` valid triplets (default), or only one {@link TripletKind}. */
  readonly kind?: "all" | TripletKind;
  /**
   * The margin used to tell semi-hard from easy; use the margin of the loss the triplets feed.
   * Default 0.2 (`DEFAULT_MARGINS.distance`, the distance losses' default).
   */
  readonly margin?: number;
}

/**
 * Lists the triplets of a batch, optionally only those of one kind (hard-negative mining).
 *
 * A valid triplet is `(a, p, n)` with `a != p`, `label[a] = label[p]` and `label[n] !=
 * label[a]`; its kind follows {@link tripletKind}. Triplets come in order of anchor, then
 * positive, then negative.
 *
 * Mining only chooses: pass the result to `tripletLoss(embeddings, triplets, options)` to get
 * their loss, with the same margin and metric so that the kinds mean what the loss sees.
 *
 * @param embeddings - `[n, d]`.
 * @param labels - one class label per row.
 * @param options - see {@link MineTripletsOptions}.
 * @returns the matching triplets as row indices.
 * @throws Error when labels do not match the rows, an input holds NaN/Infinity, or an option is invalid.
 * @example
 * ```ts
 * const semiHard = mineTriplets(x, labels, { kind: "semiHard", margin: 0.2 }); // mine
 * const loss = tripletLoss(x, semiHard, { margin: 0.2 }); // then compute the loss
 * ```
 */
export function mineTriplets(
  embeddings: MatrixLike,
  labels: Labels,
  options: MineTripletsOptions = {},
): TripletIndices {
  const fn = "mineTriplets";
  const kind = checkOneOf(fn, "options.kind", options.kind ?? "all", [
    "all",
    "easy",
    "semiHard",
    "hard",
  ]);
  const { margin, distance } = readDistanceMarginOptions(fn, options);
  const { distances, values } = tf.tidy(() => {
    const x = toMatrix(fn, "embeddings", embeddings);
    return {
      distances: distance.pairwise(x).arraySync(),
      values: readLabels(fn, labels, x.shape[0]),
    };
  });
  const found = { anchor: [] as number[], positive: [] as number[], negative: [] as number[] };
  const n = values.length;
  for (let a = 0; a < n; a++) {
    const rowA = distances[a] as number[];
    for (let p = 0; p < n; p++) {
      if (p === a || values[p] !== values[a]) continue;
      for (let neg = 0; neg < n; neg++) {
        if (values[neg] === values[a]) continue;
        if (kind !== "all" && classify(rowA[p] as number, rowA[neg] as number, margin) !== kind)
          continue;
        found.anchor.push(a);
        found.positive.push(p);
        found.negative.push(neg);
      }
    }
  }
  return found;
}
