import * as tf from "@tensorflow/tfjs";

/**
 * The [batch, T] mask as float 1 (real step: non-zero) / 0 (padding); all ones without one.
 * The recurrence kernels and the packing take this form whatever dtype the caller's mask has.
 *
 * @param mask - [batch, T] (bool or numeric), or `null` for no padding.
 * @param batch - the batch size.
 * @param steps - T, the number of time steps.
 * @returns the float32 mask [batch, T].
 * @example
 * ```ts
 * floatMask(tf.tensor2d([[1, 0]], [1, 2], "bool"), 1, 2); // [[1, 0]] float32
 * ```
 */
export function floatMask(mask: tf.Tensor | null, batch: number, steps: number): tf.Tensor2D {
  return (
    mask === null ? tf.ones([batch, steps]) : tf.cast(tf.notEqual(mask, 0), "float32")
  ) as tf.Tensor2D;
}

/**
 * The real (non-padding) steps of a batch, when skipping the padding is worth it: `live` lists
 * the flat indices b·T + t of the real steps; `scatter` maps every flat index to its row among
 * them, or to `count` (a row of zeros) for padding. Like a packed sequence, the projections and
 * gradients then only touch real steps.
 */
export interface Packing {
  /** int32 [count]: the flat index b·T + t of each real step, in order. */
  readonly live: tf.Tensor1D;
  /** int32 [batch·T]: each flat index's row among the real steps, `count` for padding. */
  readonly scatter: tf.Tensor1D;
  /** The number of real steps. */
  readonly count: number;
}

/**
 * Packing of a [batch, T] 0/1 mask, or null when there is little padding (under 10%): then the
 * gathers would cost more than the padded rows they save.
 *
 * @param mask - float [batch, T], 1 for real steps and 0 for padding (see {@link floatMask}).
 * @returns the packing (its tensors belong to the caller), or `null`.
 * @example
 * ```ts
 * packingOf(tf.tensor2d([[1, 1, 0, 0]])); // live [0, 1], scatter [0, 1, 2, 2], count 2
 * ```
 */
export function packingOf(mask: tf.Tensor2D): Packing | null {
  const values = mask.dataSync();
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) count++;
  if (count === 0 || count > 0.9 * values.length) return null;
  const live = new Int32Array(count);
  const scatter = new Int32Array(values.length);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== 0) {
      live[k] = i;
      scatter[i] = k++;
    } else {
      scatter[i] = count;
    }
  }
  return { live: tf.tensor1d(live, "int32"), scatter: tf.tensor1d(scatter, "int32"), count };
}

/**
 * Rows of the real steps put back at their flat positions, zeros at padded ones.
 *
 * @param rows - [count, d], one row per real step.
 * @param packing - the packing the rows were taken with.
 * @returns [batch·T, d].
 * @example
 * ```ts
 * unpack(tf.tensor2d([[1], [2]]), packingOf(tf.tensor2d([[1, 0, 1]]))!); // [[1], [0], [2]]
 * ```
 */
export function unpack(rows: tf.Tensor2D, packing: Packing): tf.Tensor2D {
  const withZeroRow = tf.concat([rows, tf.zeros([1, rows.shape[1]])], 0);
  return tf.gather(withZeroRow, packing.scatter) as tf.Tensor2D;
}
