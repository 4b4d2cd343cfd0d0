import * as tf from "@tensorflow/tfjs";
import {
  LSTM_RECURRENCE,
  LSTM_RECURRENCE_GRAD,
  type RecurrentActivation,
} from "../backend/lstm-kernel-names";
import { checkOneOf, checkTensor, formatShape, invalidArgument } from "../validate";
import {
  lstmRecurrenceGradOps,
  lstmRecurrenceOps,
  type LstmRecurrenceResult,
} from "./lstm-recurrence-ops";

/** Options of {@link lstmSequence}. */
export interface LstmSequenceOptions {
  /**
   * σ of the input, forget and output gates. Default `'sigmoid'` (today's Keras default);
   * TensorFlow.js's stock `tf.layers.lstm` defaults to `'hardSigmoid'`.
   */
  readonly recurrentActivation?: RecurrentActivation;
}

const FN = "lstmSequence";

function hasKernel(name: string): boolean {
  return tf.getKernel(name, tf.getBackend()) !== undefined;
}

function recurrence(
  xp: tf.Tensor3D,
  recurrentKernel: tf.Tensor2D,
  mask: tf.Tensor2D,
  activation: RecurrentActivation,
  keep: boolean,
): LstmRecurrenceResult {
  if (!hasKernel(LSTM_RECURRENCE)) {
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

function recurrenceGrad(
  dh: tf.Tensor3D,
  kept: Required<LstmRecurrenceResult>,
  recurrentKernelT: tf.Tensor2D,
  mask: tf.Tensor2D,
  activation: RecurrentActivation,
): tf.Tensor3D {
  if (!hasKernel(LSTM_RECURRENCE_GRAD)) {
    return lstmRecurrenceGradOps(
      dh,
      kept.c,
      kept.tanhC,
      kept.gates,
      recurrentKernelT,
      mask,
      activation,
    );
  }
  return tf
    .engine()
    .runKernel(
      LSTM_RECURRENCE_GRAD,
      { dh, c: kept.c, tanhC: kept.tanhC, gates: kept.gates, recurrentKernelT, mask },
      { recurrentActivation: activation },
    ) as tf.Tensor3D;
}

/** The [batch, T] mask as float 1 (real step: non-zero) / 0 (padding); all ones without one. */
function floatMask(mask: tf.Tensor | null, batch: number, steps: number): tf.Tensor2D {
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
interface Packing {
  readonly live: tf.Tensor1D;
  readonly scatter: tf.Tensor1D;
  readonly count: number;
}

/** Packing of a [batch, T] 0/1 mask, or null when there is little padding (under 10%). */
function packingOf(mask: tf.Tensor2D): Packing | null {
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

/** Rows `rows` [count, d] put back at their flat positions, zeros at padded ones: [B·T, d]. */
function unpack(rows: tf.Tensor2D, packing: Packing): tf.Tensor2D {
  const withZeroRow = tf.concat([rows, tf.zeros([1, rows.shape[1]])], 0);
  return tf.gather(withZeroRow, packing.scatter) as tf.Tensor2D;
}

/**
 * x W + b for every (real) time step at once: one [batch·T, d] x [d, 4 units] matrix multiply,
 * over the real steps only when the batch is packed.
 */
function projectInputs(
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

/** [batch, T, units] -> the state entering each step: h shifted one step later, zeros first. */
function previousStates(h: tf.Tensor3D): tf.Tensor3D {
  const [batch, steps, units] = h.shape;
  const first = tf.zeros([batch, 1, units]);
  if (steps === 1) return first as tf.Tensor3D;
  return tf.concat([first, tf.slice(h, [0, 0, 0], [batch, steps - 1, units])], 1) as tf.Tensor3D;
}

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
        return recurrence(xp, recurrentKernel, maskFloat, activation, false).h;
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
      const kept = recurrence(
        xp,
        recurrentIn,
        maskIn,
        activation,
        true,
      ) as Required<LstmRecurrenceResult>;
      save([
        xIn,
        kernelIn,
        recurrentIn,
        maskIn,
        kept.h,
        kept.c,
        kept.tanhC,
        kept.gates,
        ...(packing === null ? [] : [packing.live, packing.scatter]),
      ]);
      return {
        value: kept.h,
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const [xS, kS, uS, mS, hS, cS, tcS, gS] = saved as [
            tf.Tensor3D,
            tf.Tensor2D,
            tf.Tensor2D,
            tf.Tensor2D,
            tf.Tensor3D,
            tf.Tensor3D,
            tf.Tensor3D,
            tf.Tensor3D,
          ];
          const dz = recurrenceGrad(
            dy as tf.Tensor3D,
            { h: hS, c: cS, tanhC: tcS, gates: gS },
            tf.transpose(uS),
            mS,
            activation,
          );
          const rows = batch * steps;
          const dzAll = tf.reshape(dz, [rows, 4 * units]) as tf.Tensor2D;
          const xAll = tf.reshape(xS, [rows, inputDim]) as tf.Tensor2D;
          const hPrevAll = tf.reshape(previousStates(hS), [rows, units]) as tf.Tensor2D;
          const packed =
            packing === null
              ? null
              : {
                  live: saved[8] as tf.Tensor1D,
                  scatter: saved[9] as tf.Tensor1D,
                  count: packing.count,
                };
          // Padded steps have dz = 0: with packing, every product runs over the real steps only.
          const pick = (t: tf.Tensor2D): tf.Tensor2D =>
            packed === null ? t : tf.gather(t, packed.live);
          const dzFlat = pick(dzAll);
          // Explicit transposes: the WASM matMul is 10-20x slower when asked to transpose.
          const dKernel = tf.matMul(tf.transpose(pick(xAll)), dzFlat);
          const dRecurrent = tf.matMul(tf.transpose(pick(hPrevAll)), dzFlat);
          // Column sums as ones · dz: one fast matMul (on WASM, sum over axis 0 transposes first).
          const dBias = tf.reshape(tf.matMul(tf.ones([1, dzFlat.shape[0]]), dzFlat), [4 * units]);
          const dxFlat = tf.matMul(dzFlat, tf.transpose(kS)) as tf.Tensor2D;
          const dx = tf.reshape(packed === null ? dxFlat : unpack(dxFlat, packed), [
            batch,
            steps,
            inputDim,
          ]);
          return [dx, dKernel, dRecurrent, dBias, tf.zerosLike(mS)];
        },
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
    return recurrence(xp, recurrentKernel, maskFloat, activation, false).h;
  });
}
