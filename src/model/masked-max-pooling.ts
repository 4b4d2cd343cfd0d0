import * as tf from "@tensorflow/tfjs";
import { firstShape, firstTensor, maskArgument } from "./layer-arguments";

/** Options of {@link MaskedMaxPooling}. */
export interface MaskedMaxPoolingArgs {
  /** Layer name (unique in a model). */
  readonly name?: string;
}

/**
 * Max over the real (non-padding) time steps, per feature: y[b, k] = max_{t: m_t = 1} x[b, t, k],
 * [batch, T, H] -> [batch, H]. Padding steps are left out (pushed far below any value), and a
 * row of only padding gives zeros. Mean pooling averages what all words say; max pooling keeps
 * the strongest evidence of each feature, such as the one word that sets a question apart
 * (Conneau et al., "Supervised Learning of Universal Sentence Representations from Natural
 * Language Inference Data", EMNLP 2017, found max pooling of BiLSTM states best).
 *
 * @example
 * ```ts
 * const pooled = new MaskedMaxPooling().apply(lstmOutput); // [batch, H]
 * ```
 */
export class MaskedMaxPooling extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON.
   *
   * @nocollapse
   */
  static className = "MaskedMaxPooling";

  constructor(args: MaskedMaxPoolingArgs = {}) {
    super(args);
    this.supportsMasking = true;
  }

  /** @returns `[batch, H]`. */
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0] ?? null, shape[2] ?? null];
  }

  /** The time axis is gone, and with it the mask. */
  override computeMask(): tf.Tensor {
    return null as unknown as tf.Tensor;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const input = firstTensor("MaskedMaxPooling.call", inputs, 3, "[batch, steps, features]");
    return tf.tidy(() => {
      const x = tf.cast(input, "float32") as tf.Tensor3D;
      const mask = maskArgument(kwargs);
      if (mask === null) return tf.max(x, 1);
      const real = tf.expandDims(tf.cast(tf.notEqual(mask, 0), "float32"), 2);
      // Padding goes 1e4 below: never the max of a row with a real step. Rows of only padding
      // are zeroed at the end. The mask multiplies as a constant, so the gradient reaches only
      // the picked real step.
      const shifted = tf.sub(x, tf.mul(tf.sub(1, real), 1e4));
      const anyReal = tf.step(tf.sum(real, 1));
      return tf.mul(tf.max(shifted, 1), anyReal);
    });
  }
}

tf.serialization.registerClass(MaskedMaxPooling);
