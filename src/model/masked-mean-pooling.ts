import * as tf from "@tensorflow/tfjs";
import { firstShape, firstTensor, maskArgument } from "./layer-arguments";

/** Options of {@link MaskedMeanPooling}: the usual layer options. */
export interface MaskedMeanPoolingArgs {
  /** Layer name (unique in a model). */
  readonly name?: string;
}

/**
 * Mean over time of the real (non-padding) steps:
 * y_b = Σ_t m_bt x_bt / max(Σ_t m_bt, 1), with m the mask of the layer before (1 = real step).
 * A row with no real step gives a zero vector (never NaN). Without a mask, the plain mean.
 *
 * Input [batch, T, d] with a [batch, T] mask; output [batch, d]; consumes the mask.
 *
 * @example
 * ```ts
 * const pooled = new MaskedMeanPooling().apply(lstmOutput) as tf.SymbolicTensor; // [batch, d]
 * ```
 */
export class MaskedMeanPooling extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON; `tf.serialization.registerClass` maps it back to
   * this class when the model is loaded.
   *
   * @nocollapse
   */
  static className = "MaskedMeanPooling";

  constructor(args: MaskedMeanPoolingArgs = {}) {
    super(args);
    this.supportsMasking = true;
  }

  /**
   * The output shape tfjs uses to wire the model.
   *
   * @param inputShape - `[batch, T, dim]` (or a list whose first entry is it).
   * @returns `[batch, dim]`: the time axis is averaged away.
   */
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0] ?? null, shape[2] ?? null];
  }

  /**
   * Ends the mask here: after pooling there are no time steps left to mask.
   *
   * @returns `null` (typed as a tensor, as tfjs's signature requires).
   */
  override computeMask(): tf.Tensor {
    return null as unknown as tf.Tensor;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const input = firstTensor("MaskedMeanPooling.call", inputs, 3, "[batch, steps, features]");
    return tf.tidy(() => {
      const x = tf.cast(input, "float32") as tf.Tensor3D;
      const mask = maskArgument(kwargs);
      if (mask === null) return tf.mean(x, 1);
      const weights = tf.cast(tf.notEqual(mask, 0), "float32");
      const total = tf.sum(tf.mul(x, tf.expandDims(weights, 2)), 1);
      const count = tf.maximum(tf.sum(weights, 1, true), 1);
      return tf.div(total, count);
    });
  }
}

tf.serialization.registerClass(MaskedMeanPooling);
