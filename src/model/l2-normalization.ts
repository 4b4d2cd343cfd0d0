import * as tf from "@tensorflow/tfjs";
import { normalizeRows } from "../similarity/l2-normalize";
import { firstShape, firstTensor } from "./layer-arguments";

/** Options of {@link L2Normalization}: the usual layer options. */
export interface L2NormalizationArgs {
  /** Layer name (unique in a model). */
  readonly name?: string;
}

/**
 * Scales each row to unit Euclidean length, y = x / max(‖x‖, 1e-12) — the layer form of
 * `l2Normalize`. A zero row stays zero (never NaN) and the gradient stays finite.
 * Input and output [batch, d].
 *
 * @example
 * ```ts
 * const unit = new L2Normalization().apply(pooled) as tf.SymbolicTensor; // rows of length 1
 * ```
 */
export class L2Normalization extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON; `tf.serialization.registerClass` maps it back to
   * this class when the model is loaded.
   *
   * @nocollapse
   */
  static className = "L2Normalization";

  constructor(args: L2NormalizationArgs = {}) {
    super(args);
  }

  /**
   * The output shape tfjs uses to wire the model.
   *
   * @param inputShape - `[batch, dim]` (or a list whose first entry is it).
   * @returns the same shape: normalising keeps every dimension.
   */
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return firstShape(inputShape);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const x = firstTensor("L2Normalization.call", inputs, 2, "[batch, features]");
    return tf.tidy(() => normalizeRows(tf.cast(x, "float32") as tf.Tensor2D));
  }
}

tf.serialization.registerClass(L2Normalization);
