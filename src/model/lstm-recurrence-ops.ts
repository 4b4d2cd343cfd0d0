import * as tf from "@tensorflow/tfjs";
import type { RecurrentActivation } from "../backend/lstm-kernel-names";

/** What the forward recurrence returns: h and, when kept, what the backward pass needs. */
export interface LstmRecurrenceResult {
  /** [batch, T, units]; at a padded step, the previous h. */
  readonly h: tf.Tensor3D;
  /** [batch, T, units] cell state (carried through padded steps). */
  readonly c?: tf.Tensor3D;
  /** [batch, T, units] tanh(c_t) of the step (0 at padded steps). */
  readonly tanhC?: tf.Tensor3D;
  /** [batch, T, 4 units] activated gates [i, f, g, o] (0 at padded steps). */
  readonly gates?: tf.Tensor3D;
}

function activate(z: tf.Tensor2D, activation: RecurrentActivation): tf.Tensor2D {
  // Same formula as tfjs-layers' hardSigmoid: clip(0.2 x + 0.5, 0, 1).
  return activation === "sigmoid"
    ? tf.sigmoid(z)
    : (tf.clipByValue(tf.add(tf.mul(z, 0.2), 0.5), 0, 1) as tf.Tensor2D);
}

function slope(y: tf.Tensor2D, activation: RecurrentActivation): tf.Tensor2D {
  if (activation === "sigmoid") return tf.mul(y, tf.sub(1, y));
  const inside = tf.logicalAnd(tf.greater(y, 0), tf.less(y, 1));
  return tf.mul(tf.cast(inside, "float32"), 0.2);
}

/**
 * The LSTM recurrence with public TensorFlow.js ops, one small group of ops per step: the
 * fallback on backends without the fused kernel, with exactly the semantics of
 * `LSTM_RECURRENCE` (see `src/backend/lstm-kernel-names.ts`).
 *
 * @param xp - [batch, T, 4 units], x W + b.
 * @param recurrentKernel - U [units, 4 units].
 * @param mask - [batch, T] float, 1 for real steps and 0 for padding.
 */
export function lstmRecurrenceOps(
  xp: tf.Tensor3D,
  recurrentKernel: tf.Tensor2D,
  mask: tf.Tensor2D,
  activation: RecurrentActivation,
  keep: boolean,
): LstmRecurrenceResult {
  return tf.tidy(() => {
    const [batch, steps] = xp.shape;
    const units = recurrentKernel.shape[0];
    const inputs = tf.unstack(xp, 1) as tf.Tensor2D[];
    const masks = tf.unstack(mask, 1).map((m) => tf.reshape(m, [batch, 1]) as tf.Tensor2D);
    let h: tf.Tensor2D = tf.zeros([batch, units]);
    let c: tf.Tensor2D = tf.zeros([batch, units]);
    const hs: tf.Tensor2D[] = [];
    const cs: tf.Tensor2D[] = [];
    const tcs: tf.Tensor2D[] = [];
    const gates: tf.Tensor2D[] = [];
    for (let t = 0; t < steps; t++) {
      const z = t === 0 ? inputs[t]! : tf.add(inputs[t]!, tf.matMul(h, recurrentKernel));
      const [zi, zf, zg, zo] = tf.split(z, 4, 1) as tf.Tensor2D[];
      const i = activate(zi!, activation);
      const f = activate(zf!, activation);
      const g = tf.tanh(zg!);
      const o = activate(zo!, activation);
      const cNew = tf.add(tf.mul(f, c), tf.mul(i, g));
      const tc = tf.tanh(cNew);
      const m = masks[t]!;
      const held = tf.sub(1, m);
      h = tf.add(tf.mul(tf.mul(o, tc), m), tf.mul(h, held)) as tf.Tensor2D;
      c = tf.add(tf.mul(cNew, m), tf.mul(c, held)) as tf.Tensor2D;
      hs.push(h);
      if (keep) {
        cs.push(c);
        tcs.push(tf.mul(tc, m));
        gates.push(tf.mul(tf.concat([i, f, g, o], 1), m));
      }
    }
    const stack = (parts: tf.Tensor2D[]): tf.Tensor3D => tf.stack(parts, 1) as tf.Tensor3D;
    return keep
      ? { h: stack(hs), c: stack(cs), tanhC: stack(tcs), gates: stack(gates) }
      : { h: stack(hs) };
  });
}

/**
 * Backpropagation through time with public ops: the fallback for `LSTM_RECURRENCE_GRAD`.
 *
 * @returns dz = ∂loss/∂xp, [batch, T, 4 units].
 */
export function lstmRecurrenceGradOps(
  dh: tf.Tensor3D,
  c: tf.Tensor3D,
  tanhC: tf.Tensor3D,
  gates: tf.Tensor3D,
  recurrentKernelT: tf.Tensor2D,
  mask: tf.Tensor2D,
  activation: RecurrentActivation,
): tf.Tensor3D {
  return tf.tidy(() => {
    const [batch, steps, units] = dh.shape;
    const dhs = tf.unstack(dh, 1) as tf.Tensor2D[];
    const cs = tf.unstack(c, 1) as tf.Tensor2D[];
    const tcs = tf.unstack(tanhC, 1) as tf.Tensor2D[];
    const gs = tf.unstack(gates, 1) as tf.Tensor2D[];
    const masks = tf.unstack(mask, 1).map((m) => tf.reshape(m, [batch, 1]) as tf.Tensor2D);
    const zeros: tf.Tensor2D = tf.zeros([batch, units]);
    let dhNext = zeros;
    let dcNext = zeros;
    const dzs: tf.Tensor2D[] = new Array<tf.Tensor2D>(steps);
    for (let t = steps - 1; t >= 0; t--) {
      const m = masks[t]!;
      const held = tf.sub(1, m);
      const dhTotal = tf.add(dhs[t]!, dhNext);
      const [i, f, g, o] = tf.split(gs[t]!, 4, 1) as tf.Tensor2D[];
      const tc = tcs[t]!;
      const cPrev = t > 0 ? cs[t - 1]! : zeros;
      const dc = tf.add(dcNext, tf.mul(tf.mul(dhTotal, o!), tf.sub(1, tf.square(tc))));
      const dz: tf.Tensor2D = tf.mul(
        tf.concat(
          [
            tf.mul(tf.mul(dc, g!), slope(i!, activation)),
            tf.mul(tf.mul(dc, cPrev), slope(f!, activation)),
            tf.mul(tf.mul(dc, i!), tf.sub(1, tf.square(g!))),
            tf.mul(tf.mul(dhTotal, tc), slope(o!, activation)),
          ],
          1,
        ),
        m,
      );
      dzs[t] = dz;
      dhNext = tf.add(tf.matMul(dz, recurrentKernelT), tf.mul(dhTotal, held)) as tf.Tensor2D;
      dcNext = tf.add(tf.mul(tf.mul(dc, f!), m), tf.mul(dcNext, held)) as tf.Tensor2D;
    }
    return tf.stack(dzs, 1) as tf.Tensor3D;
  });
}
