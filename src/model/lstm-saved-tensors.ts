import type * as tf from "@tensorflow/tfjs";
import type { Packing } from "./lstm-packing";

/**
 * What the LSTM's forward pass keeps for its gradient. `tf.customGrad` keeps alive only the
 * tensors handed to its `save` function, as a list; this record names them, and
 * {@link savedTensorList} / {@link readSavedTensors} are the one place that knows their order.
 */
export interface LstmSavedTensors {
  /** The inputs [batch, T, inputDim]. */
  readonly x: tf.Tensor3D;
  /** W [inputDim, 4 units]. */
  readonly kernel: tf.Tensor2D;
  /** U [units, 4 units]. */
  readonly recurrentKernel: tf.Tensor2D;
  /** Float [batch, T], 1 for real steps and 0 for padding. */
  readonly mask: tf.Tensor2D;
  /** h of every step [batch, T, units]. */
  readonly h: tf.Tensor3D;
  /** Cell state of every step [batch, T, units]. */
  readonly c: tf.Tensor3D;
  /** tanh(c_t) of every step [batch, T, units]. */
  readonly tanhC: tf.Tensor3D;
  /** Activated gates [i, f, g, o] of every step [batch, T, 4 units]. */
  readonly gates: tf.Tensor3D;
  /** The real steps, when the forward pass skipped the padding; otherwise `null`. */
  readonly packing: Packing | null;
}

/**
 * The record as the list `tf.customGrad`'s `save` takes: the packing's tensors last, and only
 * when there is a packing.
 *
 * @param saved - the tensors to keep.
 * @returns them in the order {@link readSavedTensors} reads.
 * @example
 * ```ts
 * save(savedTensorList({ x, kernel, recurrentKernel, mask, h, c, tanhC, gates, packing }));
 * ```
 */
export function savedTensorList(saved: LstmSavedTensors): tf.Tensor[] {
  const { x, kernel, recurrentKernel, mask, h, c, tanhC, gates, packing } = saved;
  return [
    x,
    kernel,
    recurrentKernel,
    mask,
    h,
    c,
    tanhC,
    gates,
    ...(packing === null ? [] : [packing.live, packing.scatter]),
  ];
}

/**
 * The record back from the list `tf.customGrad` hands the gradient (its own copies of what was
 * saved, which outlive the forward pass's tensors).
 *
 * @param list - what {@link savedTensorList} returned, as the gradient receives it.
 * @param packedCount - the packing's `count` when there was one, otherwise `null`.
 * @returns the named tensors.
 * @example
 * ```ts
 * const saved = readSavedTensors(list, packing === null ? null : packing.count);
 * ```
 */
export function readSavedTensors(list: tf.Tensor[], packedCount: number | null): LstmSavedTensors {
  const [x, kernel, recurrentKernel, mask, h, c, tanhC, gates, live, scatter] = list;
  return {
    x: x as tf.Tensor3D,
    kernel: kernel as tf.Tensor2D,
    recurrentKernel: recurrentKernel as tf.Tensor2D,
    mask: mask as tf.Tensor2D,
    h: h as tf.Tensor3D,
    c: c as tf.Tensor3D,
    tanhC: tanhC as tf.Tensor3D,
    gates: gates as tf.Tensor3D,
    packing:
      packedCount === null
        ? null
        : { live: live as tf.Tensor1D, scatter: scatter as tf.Tensor1D, count: packedCount },
  };
}
