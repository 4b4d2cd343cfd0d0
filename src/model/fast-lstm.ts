import * as tf from "@tensorflow/tfjs";
import type { RecurrentActivation } from "../backend/lstm-kernel-names";
import { createRandom } from "../random";
import { checkInteger, checkOneOf } from "../validate";
import { firstShape, firstTensor, maskArgument } from "./layer-arguments";
import { lstmInitialWeights } from "./lstm-initial-weights";
import { lstmSequence, lstmSequenceFromTable } from "./lstm-sequence";
import { tokenSourceOf } from "./token-embedding";

/** Options of {@link FastLSTM}. */
export interface FastLSTMArgs {
  /** Hidden size H. */
  readonly units: number;
  /**
   * σ of the input, forget and output gates. Default `'sigmoid'` (Keras's default today).
   * Note: the stock `tf.layers.lstm` defaults to `'hardSigmoid'`; set the same value on both
   * when comparing them.
   */
  readonly recurrentActivation?: RecurrentActivation;
  /** Start the forget gate's bias at 1, like Keras (default true). */
  readonly unitForgetBias?: boolean;
  /**
   * Seed of the initial weights (Glorot-uniform W, orthogonal U, zero b): the same seed gives
   * the same weights. Default 0 — give stacked layers different seeds.
   */
  readonly seed?: number;
  /** Layer name (unique in a model). */
  readonly name?: string;
  /** Whether the weights are updated by training (default true). */
  readonly trainable?: boolean;
  /** For a first layer: the input shape without the batch, `[T, inputDim]` (T may be null). */
  readonly inputShape?: (number | null)[];
}

const FN = "FastLSTM";

/**
 * A Long Short-Term Memory layer (Hochreiter & Schmidhuber 1997; forget gate of Gers,
 * Schmidhuber & Cummins 2000) with the equations, gate layout (i, f, c, o) and weights of Keras /
 * `tf.layers.lstm` — kernel W [inputDim, 4H], recurrent_kernel U [H, 4H], bias b [4H] — built
 * for speed (see {@link lstmSequence}): the input projection of all steps in one matMul, a fused
 * recurrence kernel, and a hand-written backward pass through time.
 *
 *   z = x_t W + h_{t-1} U + b = [z_i, z_f, z_g, z_o]
 *   i = σ(z_i), f = σ(z_f), o = σ(z_o), g = tanh(z_g)
 *   c_t = f ⊙ c_{t-1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)
 *
 * σ is `recurrentActivation`, **default `'sigmoid'`** (the stock tfjs layer defaults to
 * `'hardSigmoid'`). The layer always returns the whole sequence, [batch, T, H]. It supports
 * masking (e.g. after `tf.layers.embedding({ maskZero: true })`): a padded step keeps the
 * previous state and outputs the previous h, as in Keras, and the mask is passed on.
 * Weights copied from a `tf.layers.lstm` (same order: kernel, recurrent_kernel, bias) give the
 * same outputs. Registered for serialization, so saved models load.
 *
 * Right after a {@link TokenEmbedding} (as in `createTextEncoder`), inference (no gradient
 * being recorded) uses E[ids] W + b = (E W + b)[ids]: the projected table E W + b is computed
 * once and kept until a weight changes (one extra tensor, [vocabSize, 4H], freed by `dispose()`).
 *
 * @example
 * ```ts
 * const lstm = new FastLSTM({ units: 128, seed: 1 });
 * const h = lstm.apply(embedded) as tf.Tensor3D; // [batch, T, 128]
 * ```
 */
export class FastLSTM extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON; `tf.serialization.registerClass` maps it back to
   * this class when the model is loaded.
   *
   * @nocollapse
   */
  static className = "FastLSTM";

  /** Hidden size H. */
  readonly units: number;
  /** σ of the gates i, f, o. */
  readonly recurrentActivation: RecurrentActivation;
  /** Whether the forget gate's bias starts at 1. */
  readonly unitForgetBias: boolean;
  /** Seed of the initial weights. */
  readonly seed: number;

  private kernel: tf.LayerVariable | null = null;
  private recurrentKernel: tf.LayerVariable | null = null;
  private bias: tf.LayerVariable | null = null;
  /** E W + b for the table of the TokenEmbedding before this layer, and the weights it is from. */
  private folded: { readonly from: readonly object[]; readonly table: tf.Tensor2D } | null = null;

  constructor(args: FastLSTMArgs) {
    super(args as ConstructorParameters<typeof tf.layers.Layer>[0]);
    this.units = checkInteger(FN, "units", args.units, { min: 1 });
    this.recurrentActivation = checkOneOf(
      FN,
      "recurrentActivation",
      args.recurrentActivation ?? "sigmoid",
      ["sigmoid", "hardSigmoid"],
    );
    this.unitForgetBias = args.unitForgetBias ?? true;
    this.seed = args.seed ?? 0;
    this.supportsMasking = true;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = firstShape(inputShape);
    const inputDim = shape[shape.length - 1];
    if (typeof inputDim !== "number") {
      throw new Error(
        `${FN}: the last input dimension must be known, got shape [${shape.join(", ")}]`,
      );
    }
    const width = 4 * this.units;
    const zeros = tf.initializers.zeros();
    this.kernel = this.addWeight("kernel", [inputDim, width], "float32", zeros);
    this.recurrentKernel = this.addWeight(
      "recurrent_kernel",
      [this.units, width],
      "float32",
      zeros,
    );
    this.bias = this.addWeight("bias", [width], "float32", zeros);
    const initial = lstmInitialWeights(
      inputDim,
      this.units,
      createRandom(this.seed),
      this.unitForgetBias,
    );
    tf.tidy(() => {
      this.kernel!.write(tf.tensor2d(initial.kernel, [inputDim, width]));
      this.recurrentKernel!.write(tf.tensor2d(initial.recurrentKernel, [this.units, width]));
      this.bias!.write(tf.tensor1d(initial.bias));
    });
    this.built = true;
  }

  /**
   * The output shape tfjs uses to wire the model.
   *
   * @param inputShape - `[batch, T, features]` (or a list whose first entry is it).
   * @returns `[batch, T, units]`: the hidden state at every step.
   */
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [shape[0] ?? null, shape[1] ?? null, this.units];
  }

  /**
   * Passes the input's mask on unchanged: the output keeps one step per input step.
   *
   * @param _inputs - the layer's input (unused).
   * @param mask - the input's mask, `[batch, T]`, if any.
   * @returns the same mask.
   */
  override computeMask(
    _inputs: tf.Tensor | tf.Tensor[],
    mask?: tf.Tensor | tf.Tensor[],
  ): tf.Tensor {
    // Returns the whole sequence, so each step keeps its mask for the layers after it.
    return (Array.isArray(mask) ? mask[0] : mask) as tf.Tensor;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    const input = firstTensor("FastLSTM.call", inputs, 3, "[batch, steps, features]");
    return tf.tidy(() => {
      const x = input as tf.Tensor3D;
      const mask = maskArgument(kwargs);
      const source = tokenSourceOf(x);
      if (source !== undefined && !source.ids.isDisposed && !tf.engine().isTapeOn()) {
        // Inference right after a TokenEmbedding: look rows up in E W + b (cached until a
        // weight changes) instead of embedding and multiplying every step by W.
        return lstmSequenceFromTable(
          this.projectedTable(source.embeddings),
          source.ids,
          this.recurrentKernel!.read() as tf.Tensor2D,
          mask,
          { recurrentActivation: this.recurrentActivation },
        );
      }
      return lstmSequence(
        x,
        this.kernel!.read() as tf.Tensor2D,
        this.recurrentKernel!.read() as tf.Tensor2D,
        this.bias!.read() as tf.Tensor1D,
        mask,
        { recurrentActivation: this.recurrentActivation },
      );
    });
  }

  /** E W + b, recomputed only when E, W or b changed (a weight update replaces its data). */
  private projectedTable(embeddings: tf.LayerVariable): tf.Tensor2D {
    const table = embeddings.read();
    const kernel = this.kernel!.read();
    const bias = this.bias!.read();
    const from = [table.dataId, kernel.dataId, bias.dataId];
    if (this.folded !== null && this.folded.from.every((id, i) => id === from[i])) {
      return this.folded.table;
    }
    this.folded?.table.dispose();
    const projected = tf.keep(
      tf.fused.matMul({ a: table as tf.Tensor2D, b: kernel as tf.Tensor2D, bias }),
    ) as tf.Tensor2D;
    this.folded = { from, table: projected };
    return projected;
  }

  override dispose(): ReturnType<tf.layers.Layer["dispose"]> {
    this.folded?.table.dispose();
    this.folded = null;
    return super.dispose();
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      recurrentActivation: this.recurrentActivation,
      unitForgetBias: this.unitForgetBias,
      seed: this.seed,
    };
  }
}

tf.serialization.registerClass(FastLSTM);
