import * as tf from "@tensorflow/tfjs";
import { DEFAULT_MARGINS } from "../similarity/margins";
import { checkNumber, invalidArgument, toNumberArray, type VectorLike } from "../validate";
import { readReduction, reduceLoss, type Reduction } from "./reduction";

/** Options of {@link contrastiveLoss}. */
export interface ContrastiveLossOptions {
  /** Dissimilar pairs closer than this are penalised. Default 1 (`DEFAULT_MARGINS.contrastive`). */
  readonly margin?: number;
  /** How the per-pair losses become one number (see {@link Reduction}). Default `'mean'`. */
  readonly reduction?: Reduction;
}

/**
 * Contrastive loss (Hadsell, Chopra & LeCun, CVPR 2006) for labelled pairs:
 * `L = mean_i [ y_i d_i^2 + (1 - y_i) max(margin - d_i, 0)^2 ]`.
 *
 * Similar pairs (`y = 1`) are pulled together; dissimilar pairs (`y = 0`) are pushed apart
 * until they are `margin` away, and then left alone.
 *
 * @param distances - pair distances `[n]` (a tensor, to train through it, or plain numbers).
 * @param isSimilar - `[n]` labels, 1 (or true) for similar pairs and 0 (or false) otherwise.
 * @param options - see {@link ContrastiveLossOptions}.
 * @returns the loss, a scalar (differentiable with respect to `distances`); the mean over pairs
 *   by default.
 * @throws Error when lengths differ, a label is not 0/1, a distance is negative or not finite.
 * @example
 * ```ts
 * contrastiveLoss([0.5, 0.2], [1, 0], { margin: 1 }).dataSync(); // [(0.25 + 0.64) / 2]
 * ```
 */
export function contrastiveLoss(
  distances: VectorLike | tf.Tensor1D,
  isSimilar: VectorLike | readonly boolean[],
  options: ContrastiveLossOptions = {},
): tf.Scalar {
  const fn = "contrastiveLoss";
  const margin = checkNumber(fn, "options.margin", options.margin ?? DEFAULT_MARGINS.contrastive, {
    min: 0,
  });
  const reduction = readReduction(fn, options.reduction, "mean");
  const labelValues = Array.isArray(isSimilar)
    ? (isSimilar as readonly (boolean | number)[]).map((v) =>
        typeof v === "boolean" ? Number(v) : v,
      )
    : isSimilar;
  const labels = toNumberArray(fn, "isSimilar", labelValues as VectorLike);
  labels.forEach((v, i) => {
    if (v !== 0 && v !== 1)
      throw invalidArgument(fn, "isSimilar", "0 or 1 (or booleans)", `${v} at index ${i}`);
  });
  return tf.tidy(() => {
    if (distances instanceof tf.Tensor && distances.dtype !== "float32") {
      if (distances.dtype !== "int32" && distances.dtype !== "bool") {
        throw invalidArgument(
          fn,
          "distances",
          "a float32, int32 or bool tensor",
          `a ${distances.dtype} tensor`,
        );
      }
    }
    const d =
      distances instanceof tf.Tensor
        ? tf.cast(distances, "float32")
        : tf.tensor1d(toNumberArray(fn, "distances", distances));
    if (d.rank !== 1 || d.shape[0] !== labels.length) {
      throw invalidArgument(
        fn,
        "distances",
        `shape [${labels.length}] (one per label)`,
        `shape [${d.shape.join(", ")}]`,
      );
    }
    if (labels.length === 0) throw invalidArgument(fn, "distances", "at least one pair", "0 pairs");
    const values = d.dataSync();
    values.forEach((v, i) => {
      if (!Number.isFinite(v) || v < 0)
        throw invalidArgument(fn, "distances", "finite and >= 0", `${v} at index ${i}`);
    });
    const y = tf.tensor1d(labels);
    const pull = tf.mul(y, tf.square(d));
    const push = tf.mul(tf.sub(1, y), tf.square(tf.relu(tf.sub(margin, d))));
    return reduceLoss(tf.add(pull, push), reduction);
  });
}
