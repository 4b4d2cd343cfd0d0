import * as tf from "@tensorflow/tfjs";
import type { RecurrentActivation } from "../backend/lstm-kernel-names";
import { checkOneOf, checkTensor, formatShape, invalidArgument } from "../validate";
import { projectInputs, runRecurrence } from "./lstm-forward";
import { lstmGradients } from "./lstm-gradient";
import { floatMask, packingOf } from "./lstm-packing";
import type { LstmRecurrenceResult } from "./lstm-recurrence-ops";
import { readSavedTensors, savedTensorList } from "./lstm-saved-tensors";

/** Options of {@link lstmSequence}. */
export interface LstmSequenceOptions {
  /**
   * σ of the input, forget and output gates. Default `'sigmoid'` (today's Keras default);
   * TensorFlow.js's stock `tf.layers.lstm` defaults to `'hardSigmoid'`.
   */
  readonly recurrentActivation?: RecurrentActivation;
}

const FN = "lstmSequence";

/**
 * Runs an LSTM over whole sequences, fast: the input projection of all time steps is one matrix
 * multiply, the recurrence is one fused kernel per direction (forward and backward through time)
 * where the backend has one (siamese-lab registers it on WASM), and the gradient is written by
 * hand with `tf.customGrad` instead of the autodiff of many small per-step ops.
 *
 * Equations and gate layout are those of Keras / `tf.layers.lstm` (Hochreiter & Schmidhuber
 * 1997; forget gate of Gers, Schmidhuber & Cummins 2000): with z = x_t W + h_{t-1} U + b split
 * into [z_i, z_f, z_g, z_o],
 *   i = σ(z_i), f = σ(z_f), g = tanh(z_g), o = σ(z_o),
 *   c_t = f ⊙ c_{t-1} + i ⊙ g,  h_t = o ⊙ tanh(c_t),  h_0 = c_0 = 0.
 * Where `mask` is 0 the step is padding: the state is carried unchanged and the output is the
 * previous h (Keras semantics), so appending padding does not change any real step's output.
 *
 * @param x - inputs [batch, T, inputDim] (float32).
 * @param kernel - W [inputDim, 4 units].
 * @param recurrentKernel - U [units, 4 units].
 * @param bias - b [4 units].
 * @param mask - optional [batch, T] (bool or numeric; non-zero = real step).
 * @param options - see {@link LstmSequenceOptions}; σ defaults to sigmoid.
 * @returns h for every step, [batch, T, units].
 * @throws Error when a shape does not match.
 * @example
 * ```ts
 * const h = lstmSequence(x, kernel, recurrentKernel, bias, mask); // [batch, T, units]
 * ```
 */
export function lstmSequence(
  x: tf.Tensor3D,
  kernel: tf.Tensor2D,
  recurrentKernel: tf.Tensor2D,
  bias: tf.Tensor1D,
  mask: tf.Tensor | null = null,
  options: LstmSequenceOptions = {},
): tf.Tensor3D {
  const activation = checkOneOf(
    FN,
    "options.recurrentActivation",
    options.recurrentActivation ?? "sigmoid",
    ["sigmoid", "hardSigmoid"],
  );
  checkTensor(FN, "x", x, [null, null, null]);
  const [batch, steps, inputDim] = x.shape;
  checkTensor(FN, "recurrentKernel", recurrentKernel, [null, null]);
  const units = recurrentKernel.shape[0];
  if (recurrentKernel.shape[1] !== 4 * units) {
    throw invalidArgument(
      FN,
      "recurrentKernel",
      "shape [units, 4 units]",
      `shape ${formatShape(recurrentKernel.shape)}`,
    );
  }
  checkTensor(FN, "kernel", kernel, [inputDim, 4 * units]);
  checkTensor(FN, "bias", bias, [4 * units]);
  if (mask !== null) checkTensor(FN, "mask", mask, [batch, steps]);
  if (x.dtype !== "float32") throw invalidArgument(FN, "x", "float32", x.dtype);

  const maskFloat = tf.tidy(() => floatMask(mask, batch, steps));
  try {
    if (!tf.engine().isTapeOn()) {
      return tf.tidy(() => {
        const xp = projectInputs(x, kernel, bias, packingOf(maskFloat));
        return runRecurrence(xp, recurrentKernel, maskFloat, activation, false).h;
      });
    }
    const run = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
      const [xIn, kernelIn, recurrentIn, biasIn, maskIn] = args as [
        tf.Tensor3D,
        tf.Tensor2D,
        tf.Tensor2D,
        tf.Tensor1D,
        tf.Tensor2D,
      ];
      const save = args[5] as tf.GradSaveFunc;
      const packing = packingOf(maskIn);
      const xp = projectInputs(xIn, kernelIn, biasIn, packing);
      const kept = runRecurrence(
        xp,
        recurrentIn,
        maskIn,
        activation,
        true,
      ) as Required<LstmRecurrenceResult>;
      save(
        savedTensorList({
          x: xIn,
          kernel: kernelIn,
          recurrentKernel: recurrentIn,
          mask: maskIn,
          h: kept.h,
          c: kept.c,
          tanhC: kept.tanhC,
          gates: kept.gates,
          packing,
        }),
      );
      return {
        value: kept.h,
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) =>
          lstmGradients(
            dy as tf.Tensor3D,
            readSavedTensors(saved, packing === null ? null : packing.count),
            activation,
          ),
      };
    });
    return run(x, kernel, recurrentKernel, bias, maskFloat) as tf.Tensor3D;
  } finally {
    maskFloat.dispose();
  }
}

/**
 * Inference-only LSTM over token ids whose input projection is already folded into a table:
 * row v of `projectedTable` is E[v] W + b, so xp[b, t] = projectedTable[ids[b, t]] replaces the
 * embedding lookup and the input matMul (the same numbers: (E[ids]) W + b = (E W + b)[ids]).
 * Used by {@link FastLSTM} when it follows a `TokenEmbedding` and no gradient is being recorded.
 *
 * @param projectedTable - E W + b, [vocabSize, 4 units].
 * @param ids - int32 token ids [batch, T].
 * @param recurrentKernel - U [units, 4 units].
 * @param mask - optional [batch, T] (non-zero = real step).
 * @returns h for every step, [batch, T, units].
 */
export function lstmSequenceFromTable(
  projectedTable: tf.Tensor2D,
  ids: tf.Tensor,
  recurrentKernel: tf.Tensor2D,
  mask: tf.Tensor | null,
  options: LstmSequenceOptions = {},
): tf.Tensor3D {
  const activation = options.recurrentActivation ?? "sigmoid";
  return tf.tidy(() => {
    const [batch, steps] = ids.shape as [number, number];
    const maskFloat = floatMask(mask, batch, steps);
    const rows = tf.gather(projectedTable, tf.reshape(ids, [batch * steps]));
    const xp = tf.reshape(rows, [batch, steps, projectedTable.shape[1]]) as tf.Tensor3D;
    return runRecurrence(xp, recurrentKernel, maskFloat, activation, false).h;
  });
}
