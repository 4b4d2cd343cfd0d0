import * as tf from "@tensorflow/tfjs";
import { LSTM_RECURRENCE, type RecurrentActivation } from "../backend/lstm-kernel-names";
import { unpack, type Packing } from "./lstm-packing";
import { lstmRecurrenceOps, type LstmRecurrenceResult } from "./lstm-recurrence-ops";

/**
 * x W + b for every (real) time step at once: one [batch·T, d] x [d, 4 units] matrix multiply,
 * over the real steps only when the batch is packed.
 *
 * @param x - inputs [batch, T, inputDim].
 * @param kernel - W [inputDim, 4 units].
 * @param bias - b [4 units].
 * @param packing - the real steps, or `null` to project every step.
 * @returns xp [batch, T, 4 units] (zeros at padded steps when packed).
 * @example
 * ```ts
 * const xp = projectInputs(x, kernel, bias, packingOf(mask)); // [batch, T, 4 units]
 * ```
 */
export function projectInputs(
  x: tf.Tensor3D,
  kernel: tf.Tensor2D,
  bias: tf.Tensor1D,
  packing: Packing | null,
): tf.Tensor3D {
  const [batch, steps, inputDim] = x.shape;
  const flat = tf.reshape(x, [batch * steps, inputDim]) as tf.Tensor2D;
  const projected =
    packing === null
      ? tf.fused.matMul({ a: flat, b: kernel, bias })
      : unpack(
          tf.fused.matMul({ a: tf.gather(flat, packing.live), b: kernel, bias }) as tf.Tensor2D,
          packing,
        );
  return tf.reshape(projected, [batch, steps, kernel.shape[1]]) as tf.Tensor3D;
}

/**
 * The forward recurrence over projected inputs: the fused `LSTM_RECURRENCE` kernel where the
 * backend registers one (siamese-lab does on WASM), otherwise the same steps in public ops.
 *
 * @param xp - x W + b, [batch, T, 4 units].
 * @param recurrentKernel - U [units, 4 units].
 * @param mask - float [batch, T], 1 for real steps and 0 for padding.
 * @param activation - σ of the input, forget and output gates.
 * @param keep - also return c, tanh(c) and the gates, which the backward pass needs.
 * @returns h [batch, T, units], and with `keep` what the backward pass needs.
 * @example
 * ```ts
 * const { h } = runRecurrence(xp, recurrentKernel, mask, "sigmoid", false);
 * ```
 */
export function runRecurrence(
  xp: tf.Tensor3D,
  recurrentKernel: tf.Tensor2D,
  mask: tf.Tensor2D,
  activation: RecurrentActivation,
  keep: boolean,
): LstmRecurrenceResult {
  if (tf.getKernel(LSTM_RECURRENCE, tf.getBackend()) === undefined) {
    return lstmRecurrenceOps(xp, recurrentKernel, mask, activation, keep);
  }
  const out = tf
    .engine()
    .runKernel(
      LSTM_RECURRENCE,
      { xp, recurrentKernel, mask },
      { recurrentActivation: activation, keepIntermediates: keep },
    ) as tf.Tensor | tf.Tensor[];
  const [h, c, tanhC, gates] = (Array.isArray(out) ? out : [out]) as tf.Tensor3D[];
  return keep ? { h: h!, c: c!, tanhC: tanhC!, gates: gates! } : { h: h! };
}
