import * as tf from "@tensorflow/tfjs";
import { createRandom } from "../random";
import { checkInteger } from "../validate";
import { firstShape, firstTensor, maskArgument } from "./layer-arguments";

/** Options of {@link AttentionPooling}. */
export interface AttentionPoolingArgs {
  /** Size A of the attention's hidden layer (default 64). */
  readonly attentionUnits?: number;
  /** Seed of the initial weights (default 0). */
  readonly seed?: number;
  /** Layer name (unique in a model). */
  readonly name?: string;
}

/**
 * Attention pooling over the real time steps: a learned weighted mean, so that the words that
 * decide what a question asks count more than "How do I":
 *
 *   s_t = u · tanh(W h_t + b)          a score per step (W [H, A], b [A], u [A])
 *   a_t = softmax over real steps of s_t   (padding gets weight 0)
 *   y   = Σ_t a_t h_t                  [batch, H]
 *
 * Yang et al., "Hierarchical Attention Networks for Document Classification", NAACL 2016; Lin
 * et al., "A Structured Self-Attentive Sentence Embedding", ICLR 2017. Initial weights are
 * Glorot-uniform from `seed`; u starts at 0, so training starts from the plain mean.
 *
 * @example
 * ```ts
 * const pooled = new AttentionPooling({ attentionUnits: 64, seed: 1 }).apply(lstmOutput);
 * ```
 */
export class AttentionPooling extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON.
   *
   * @nocollapse
   */
  static className = "AttentionPooling";

  /** Size of the attention's hidden layer. */
  readonly attentionUnits: number;
  /** Seed of the initial weights. */
  readonly seed: number;
  private kernel: tf.LayerVariable | null = null;
  private bias: tf.LayerVariable | null = null;
  private context: tf.LayerVariable | null = null;

  constructor(args: AttentionPoolingArgs = {}) {
    super(args);
    this.attentionUnits = checkInteger(
      "AttentionPooling",
      "attentionUnits",
      args.attentionUnits ?? 64,
      {
        min: 1,
      },
    );
    this.seed = args.seed ?? 0;
    this.supportsMasking = true;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const hidden = firstShape(inputShape)[2] as number;
    const units = this.attentionUnits;
    const random = createRandom(this.seed);
    const limit = Math.sqrt(6 / (hidden + units));
    const kernel = Float32Array.from(
      { length: hidden * units },
      () => (random.next() * 2 - 1) * limit,
    );
    this.kernel = this.addWeight("kernel", [hidden, units], "float32", tf.initializers.zeros());
    this.bias = this.addWeight("bias", [units], "float32", tf.initializers.zeros());
    this.context = this.addWeight("context", [units], "float32", tf.initializers.zeros());
    tf.tidy(() => {
      this.kernel!.write(tf.tensor2d(kernel, [hidden, units]));
    });
    this.built = true;
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
    const input = firstTensor("AttentionPooling.call", inputs, 3, "[batch, steps, features]");
    return tf.tidy(() => {
      const x = tf.cast(input, "float32") as tf.Tensor3D;
      const [batch, steps, hidden] = x.shape;
      const projected = tf.tanh(
        tf.add(
          tf.matMul(tf.reshape(x, [batch * steps, hidden]), this.kernel!.read()),
          this.bias!.read(),
        ),
      );
      const scores = tf.reshape(
        tf.matMul(projected, tf.reshape(this.context!.read(), [this.attentionUnits, 1])),
        [batch, steps],
      );
      const mask = maskArgument(kwargs);
      const real = mask === null ? tf.onesLike(scores) : tf.cast(tf.notEqual(mask, 0), "float32");
      // Softmax over the real steps only: padding scores go far below before exp, and weights
      // are renormalised; a row of only padding gets all-zero weights (and a zero output).
      const shifted = tf.sub(scores, tf.mul(tf.sub(1, real), 1e4));
      const exp = tf.mul(tf.exp(tf.sub(shifted, tf.max(shifted, 1, true))), real);
      const weights = tf.div(exp, tf.maximum(tf.sum(exp, 1, true), 1e-12));
      return tf.sum(tf.mul(x, tf.expandDims(weights, 2)), 1);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), attentionUnits: this.attentionUnits, seed: this.seed };
  }
}

tf.serialization.registerClass(AttentionPooling);
