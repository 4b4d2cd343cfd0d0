import * as tf from "@tensorflow/tfjs";
import {
  checkNumber,
  checkOneOf,
  formatShape,
  invalidArgument,
  toMatrix,
  type MatrixLike,
} from "../validate";
import { DEFAULT_MARGINS } from "../similarity/margins";
import { MASK_OFFSET } from "./embedding-batch";
import { readReduction, reduceLoss, type Reduction } from "./reduction";

/** Which off-diagonal similarity counts as the "closest negative" of a row. */
export type ClosestNegative = "hardest" | "belowPositive";

/** Options of {@link batchTripletLoss}. */
export interface BatchTripletLossOptions {
  /** The margin alpha, in cosine-similarity units. Default 0.25 (`DEFAULT_MARGINS.similarity`, the course's value). */
  readonly margin?: number;
  /**
   * - `'hardest'` (default): the largest off-diagonal similarity in the row;
   * - `'belowPositive'`: the largest off-diagonal similarity that is still `<= S_ii`
   *   (the course's "closest negative"); where no such negative exists the term is 0.
   */
  readonly closestNegative?: ClosestNegative;
  /**
   * How the per-row losses become one number (see {@link Reduction}): `'mean'` (default),
   * `'sum'` (the course notebooks sum) or `'meanOfActive'`.
   */
  readonly reduction?: Reduction;
  /**
   * Extra negatives `[m, d]` (unit rows), for example one hard negative per row (a question of
   * a contrast group). They join the in-batch negatives of every row as more columns of `S`:
   * the mean negative averages over all `n - 1 + m`, and the closest negative may be one of
   * them. With exactly one per row (`m = n`), row i's own negative `n_i` also adds the triplet
   * term `max(v1_i · n_i - pos_i + margin, 0)`. Default none.
   */
  readonly negatives?: MatrixLike;
}

/**
 * The in-batch triplet loss of the course, for a batch of duplicate pairs.
 *
 * Row i of `v1` and row i of `v2` are a duplicate pair; every other row of `v2` is a negative
 * for row i of `v1`. With `S = v1 v2^T`:
 *
 * - `pos_i = S_ii`
 * - `meanNeg_i = mean_{j != i} S_ij`
 * - `closestNeg_i = max_{j != i} S_ij` (`'hardest'`), or `max {S_ij : j != i, S_ij <= pos_i}`
 *   (`'belowPositive'`; the term below is 0 when that set is empty)
 * - `loss_i = max(meanNeg_i - pos_i + margin, 0) + max(closestNeg_i - pos_i + margin, 0)`
 *
 * reduced by `reduction` (the mean over rows by default). The mean-negative term gives a smooth
 * signal from every negative, the closest-negative term concentrates on the hardest one
 * (hard-negative mining inside the batch).
 *
 * With `negatives` (`v3`, `[m, d]`), `S = v1 [v2; v3]^T` is `[n, n + m]` and its extra columns
 * are negatives of every row; with `m = n`, each row adds `max(v1_i · v3_i - pos_i + margin, 0)`
 * for its own negative (the classic triplet loss with a given hard negative; Schroff et al.,
 * "FaceNet", CVPR 2015).
 *
 * Similarities are used as given: pass unit rows (e.g. the encoder's output or
 * `l2Normalize(x)`) so that `S` holds cosine similarities.
 *
 * @param v1 - embeddings `[n, d]` with unit-length rows, n >= 2.
 * @param v2 - embeddings `[n, d]` with unit-length rows; row i is the duplicate of `v1` row i.
 * @param options - see {@link BatchTripletLossOptions}.
 * @returns the loss, a scalar (differentiable).
 * @throws Error when shapes differ, n < 2, a row is not unit length, or an input holds NaN/Infinity.
 * @example
 * ```ts
 * const v1 = l2Normalize([[1, 0], [0, 1]]);
 * const v2 = l2Normalize([[1, 0.1], [0.1, 1]]);
 * batchTripletLoss(v1, v2, { margin: 0.25 }).dataSync(); // [0]: positives far above negatives
 * ```
 */
export function batchTripletLoss(
  v1: MatrixLike,
  v2: MatrixLike,
  options: BatchTripletLossOptions = {},
): tf.Scalar {
  const fn = "batchTripletLoss";
  const margin = checkNumber(fn, "options.margin", options.margin ?? DEFAULT_MARGINS.similarity, {
    min: 0,
  });
  const closestNegative = checkOneOf(
    fn,
    "options.closestNegative",
    options.closestNegative ?? "hardest",
    ["hardest", "belowPositive"],
  );
  const reduction = readReduction(fn, options.reduction, "mean");
  return tf.tidy(() => {
    const inputs =
      unitTensorInputs(v1, v2, options.negatives) ?? checkInputs(fn, v1, v2, options.negatives);
    return inBatchTripletLoss(
      inputs.v1,
      inputs.v2,
      margin,
      closestNegative,
      reduction,
      inputs.negatives,
    );
  });
}

/** The inputs of {@link batchTripletLoss} as checked tensors. */
interface CheckedInputs {
  readonly v1: tf.Tensor2D;
  readonly v2: tf.Tensor2D;
  readonly negatives?: tf.Tensor2D;
}

/**
 * The training path: tensors of the right shapes whose rows all have unit length (or are
 * zero), checked with one read of the row norms back from the backend instead of one read of
 * every input and another of its norms. A NaN or Infinity anywhere makes its row's norm
 * non-finite, so that is caught too. Returns undefined when anything is off, and
 * {@link checkInputs} then finds the problem and names it.
 */
function unitTensorInputs(
  v1: MatrixLike,
  v2: MatrixLike,
  negatives: MatrixLike | undefined,
): CheckedInputs | undefined {
  const inputs = negatives === undefined ? [v1, v2] : [v1, v2, negatives];
  // Only float32 takes this path: int32 and bool inputs go through the checks, which cast them.
  const isFloatMatrix = (x: MatrixLike): boolean =>
    x instanceof tf.Tensor && x.rank === 2 && x.dtype === "float32";
  if (!inputs.every(isFloatMatrix)) return undefined;
  const [a, b, extra] = inputs as tf.Tensor2D[];
  const [n, d] = (a as tf.Tensor2D).shape;
  if (n < 2 || b?.shape[0] !== n || b.shape[1] !== d) return undefined;
  if (extra !== undefined && extra.shape[1] !== d) return undefined;
  const norms = tf.tidy(() =>
    tf.concat(inputs.map((x) => tf.sqrt(tf.sum(tf.square(x as tf.Tensor2D), 1)))).dataSync(),
  );
  for (const norm of norms) if (!isUnitOrZero(norm)) return undefined;
  return { v1: a as tf.Tensor2D, v2: b, negatives: extra };
}

/** Every check of {@link batchTripletLoss}'s inputs, in order, each with its own error. */
function checkInputs(
  fn: string,
  v1: MatrixLike,
  v2: MatrixLike,
  negatives: MatrixLike | undefined,
): CheckedInputs {
  const a = toMatrix(fn, "v1", v1);
  const b = toMatrix(fn, "v2", v2);
  if (a.shape[0] !== b.shape[0] || a.shape[1] !== b.shape[1]) {
    throw invalidArgument(
      fn,
      "v2",
      `shape ${formatShape(a.shape)} (the shape of 'v1')`,
      `shape ${formatShape(b.shape)}`,
    );
  }
  if (a.shape[0] < 2) {
    throw invalidArgument(
      fn,
      "v1",
      "at least 2 rows (the other rows are the negatives)",
      `${a.shape[0]} row`,
    );
  }
  checkUnitRows(fn, "v1", a);
  checkUnitRows(fn, "v2", b);
  if (negatives === undefined) return { v1: a, v2: b };
  const extra = toMatrix(fn, "options.negatives", negatives);
  if (extra.shape[1] !== a.shape[1]) {
    throw invalidArgument(
      fn,
      "options.negatives",
      `${a.shape[1]} columns (the width of 'v1')`,
      `shape ${formatShape(extra.shape)}`,
    );
  }
  checkUnitRows(fn, "options.negatives", extra);
  return { v1: a, v2: b, negatives: extra };
}

/** The math of {@link batchTripletLoss} without argument checks. */
export function inBatchTripletLoss(
  v1: tf.Tensor2D,
  v2: tf.Tensor2D,
  margin: number,
  closestNegative: ClosestNegative,
  reduction: Reduction,
  negatives?: tf.Tensor2D,
): tf.Scalar {
  return tf.tidy(() => {
    const n = v1.shape[0];
    const extra = negatives?.shape[0] ?? 0;
    const columns = negatives === undefined ? v2 : tf.concat([v2, negatives], 0);
    const scores = tf.matMul(v1, columns, false, true);
    // The identity, padded with zero columns for the extra negatives: it marks the positives.
    const eye = extra === 0 ? tf.eye(n) : tf.concat([tf.eye(n), tf.zeros([n, extra])], 1);
    const positive = tf.sum(tf.mul(scores, eye), 1);
    const meanNegative = tf.div(tf.sub(tf.sum(scores, 1), positive), n - 1 + extra);
    const meanTerm = tf.relu(tf.add(tf.sub(meanNegative, positive), margin));

    // Candidates for the closest negative: off-diagonal, and for 'belowPositive' also <= pos_i.
    let candidate = tf.sub(1, eye);
    if (closestNegative === "belowPositive") {
      // S_ij <= pos_i, written with step() because masks on the gradient path need an
      // op with a gradient (comparisons have none); step's gradient is 0, as a mask's should be.
      candidate = tf.mul(
        candidate,
        tf.sub(1, tf.step(tf.sub(scores, tf.reshape(positive, [n, 1])))),
      );
    }
    // Non-candidates are pushed far below any similarity so max() never picks them; only the
    // picked entry receives gradient, as in the course's masking.
    const closest = tf.max(tf.sub(scores, tf.mul(tf.sub(1, candidate), MASK_OFFSET)), 1);
    const hasCandidate = tf.step(tf.sum(candidate, 1));
    const closestTerm = tf.mul(tf.relu(tf.add(tf.sub(closest, positive), margin)), hasCandidate);

    let perRow = tf.add(meanTerm, closestTerm);
    if (negatives !== undefined && extra === n) {
      // Row i's own negative also gets a triplet term of its own, so it is pushed below the
      // positive even when it scores above it (where 'belowPositive' would skip it).
      const own = tf.sum(tf.mul(v1, negatives), 1);
      perRow = tf.add(perRow, tf.relu(tf.add(tf.sub(own, positive), margin)));
    }
    return reduceLoss(perRow, reduction);
  });
}

/** A row norm within 1e-3 of 1, or exactly 0 (a zero row, e.g. l2Normalize of a zero input). */
function isUnitOrZero(norm: number): boolean {
  return Math.abs(norm - 1) <= 1e-3 || norm === 0;
}

/** Rows must have unit length (within 1e-3) or be exactly zero; anything else is a usage error. */
function checkUnitRows(fn: string, argument: string, x: tf.Tensor2D): void {
  const norms = tf.tidy(() => tf.sqrt(tf.sum(tf.square(x), 1)).dataSync());
  for (let i = 0; i < norms.length; i++) {
    const norm = norms[i] as number;
    if (!isUnitOrZero(norm)) {
      throw invalidArgument(
        fn,
        argument,
        "rows of unit length (l2Normalize the embeddings first)",
        `row ${i} of length ${norm.toPrecision(4)}`,
      );
    }
  }
}
