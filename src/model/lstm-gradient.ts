import * as tf from "@tensorflow/tfjs";
import { LSTM_RECURRENCE_GRAD, type RecurrentActivation } from "../backend/lstm-kernel-names";
import { unpack } from "./lstm-packing";
import { lstmRecurrenceGradOps } from "./lstm-recurrence-ops";
import type { LstmSavedTensors } from "./lstm-saved-tensors";

/**
 * dz (the gradient of the gate pre-activations) from dh, backward through time: the fused
 * `LSTM_RECURRENCE_GRAD` kernel where the backend registers one, otherwise public ops.
 */
function recurrenceGrad(
  dh: tf.Tensor3D,
  saved: LstmSavedTensors,
  recurrentKernelT: tf.Tensor2D,
  activation: RecurrentActivation,
): tf.Tensor3D {
  const { c, tanhC, gates, mask } = saved;
  if (tf.getKernel(LSTM_RECURRENCE_GRAD, tf.getBackend()) === undefined) {
    return lstmRecurrenceGradOps(dh, c, tanhC, gates, recurrentKernelT, mask, activation);
  }
  return tf
    .engine()
    .runKernel(
      LSTM_RECURRENCE_GRAD,
      { dh, c, tanhC, gates, recurrentKernelT, mask },
      { recurrentActivation: activation },
    ) as tf.Tensor3D;
}

/** [batch, T, units] -> the state entering each step: h shifted one step later, zeros first. */
function previousStates(h: tf.Tensor3D): tf.Tensor3D {
  const [batch, steps, units] = h.shape;
  const first = tf.zeros([batch, 1, units]);
  if (steps === 1) return first as tf.Tensor3D;
  return tf.concat([first, tf.slice(h, [0, 0, 0], [batch, steps - 1, units])], 1) as tf.Tensor3D;
}

/**
 * The gradients of `lstmSequence` with respect to its inputs, written by hand: dz through time
 * from the recurrence kernel, then the weight gradients as a few large matrix multiplies over
 * every (real) step at once, instead of the autodiff of many small per-step ops.
 *
 * With dz [batch·T, 4 units] and h_{t-1} the state entering each step:
 *   dW = xᵀ dz,  dU = h_{t-1}ᵀ dz,  db = Σ_rows dz,  dx = dz Wᵀ.
 *
 * @param dy - the gradient of h, [batch, T, units].
 * @param saved - what the forward pass kept.
 * @param activation - σ of the input, forget and output gates, as in the forward pass.
 * @returns the gradients of x, W, U, b and the mask (zeros: the mask is not differentiable).
 * @example
 * ```ts
 * gradFunc: (dy, list) => lstmGradients(dy as tf.Tensor3D, readSavedTensors(list, count), "sigmoid")
 * ```
 */
export function lstmGradients(
  dy: tf.Tensor3D,
  saved: LstmSavedTensors,
  activation: RecurrentActivation,
): tf.Tensor[] {
  const { x, kernel, recurrentKernel, mask, h, packing } = saved;
  const [batch, steps, inputDim] = x.shape;
  const units = recurrentKernel.shape[0];
  const dz = recurrenceGrad(dy, saved, tf.transpose(recurrentKernel), activation);
  const rows = batch * steps;
  const dzAll = tf.reshape(dz, [rows, 4 * units]) as tf.Tensor2D;
  const xAll = tf.reshape(x, [rows, inputDim]) as tf.Tensor2D;
  const hPrevAll = tf.reshape(previousStates(h), [rows, units]) as tf.Tensor2D;
  // Padded steps have dz = 0: with packing, every product runs over the real steps only.
  const pick = (t: tf.Tensor2D): tf.Tensor2D => (packing === null ? t : tf.gather(t, packing.live));
  const dzFlat = pick(dzAll);
  // Explicit transposes: the WASM matMul is 10-20x slower when asked to transpose.
  const dKernel = tf.matMul(tf.transpose(pick(xAll)), dzFlat);
  const dRecurrent = tf.matMul(tf.transpose(pick(hPrevAll)), dzFlat);
  // Column sums as ones · dz: one fast matMul (on WASM, sum over axis 0 transposes first).
  const dBias = tf.reshape(tf.matMul(tf.ones([1, dzFlat.shape[0]]), dzFlat), [4 * units]);
  const dxFlat = tf.matMul(dzFlat, tf.transpose(kernel)) as tf.Tensor2D;
  const dx = tf.reshape(packing === null ? dxFlat : unpack(dxFlat, packing), [
    batch,
    steps,
    inputDim,
  ]);
  return [dx, dKernel, dRecurrent, dBias, tf.zerosLike(mask)];
}
