import * as tf from "@tensorflow/tfjs";
import { createRandom } from "../random";
import { checkInteger } from "../validate";
import { firstShape, firstTensor } from "./layer-arguments";

/** Options of {@link TokenEmbedding}. */
export interface TokenEmbeddingArgs {
  /** Number of token ids, including 0 (padding): ids are in [0, vocabSize). */
  readonly vocabSize: number;
  /** Size of each token's vector. */
  readonly embeddingDim: number;
  /** Seed of the initial table, U(-0.05, 0.05) like Keras. Default 0. */
  readonly seed?: number;
  /** Layer name (unique in a model). */
  readonly name?: string;
}

/** Where an embedded tensor came from: its token ids and the table that embedded them. */
export interface TokenSource {
  /** The token ids the embedding looked up, int32 `[batch, T]`. */
  readonly ids: tf.Tensor;
  /** The embedding table E, `[vocabSize, embeddingDim]`. */
  readonly embeddings: tf.LayerVariable;
}

const sources = new WeakMap<tf.Tensor, TokenSource>();

/** Keras's initial embedding table, U(-0.05, 0.05), drawn from `createRandom(seed)`. */
export function embeddingInitialValues(
  vocabSize: number,
  embeddingDim: number,
  seed: number,
): Float32Array {
  const rng = createRandom(seed);
  const values = new Float32Array(vocabSize * embeddingDim);
  for (let i = 0; i < values.length; i++) values[i] = (rng.next() * 2 - 1) * 0.05;
  return values;
}

/**
 * The token ids and table behind a tensor that {@link TokenEmbedding} produced, if it did.
 * {@link FastLSTM} uses it at inference to fold the embedding into its input projection:
 * E[ids] W + b = (E W + b)[ids].
 *
 * @param x - any tensor.
 * @returns the ids and the embedding table behind `x`, or `undefined`.
 * @example
 * ```ts
 * const embedded = layer.apply(ids) as tf.Tensor; // layer: a TokenEmbedding
 * tokenSourceOf(embedded)?.ids === ids; // true
 * ```
 */
export function tokenSourceOf(x: tf.Tensor): TokenSource | undefined {
  return sources.get(x);
}

/**
 * Token embedding with id 0 as padding: y[b, t] = E[ids[b, t]], output [batch, T, embeddingDim],
 * mask ids != 0 — what `tf.layers.embedding({ maskZero: true })` computes (same weight,
 * `embeddings` [vocabSize, embeddingDim]). It also records which ids and table produced its
 * output, so that a {@link FastLSTM} right after it can, at inference, look rows up in the
 * projected table E W + b instead of multiplying every step by W.
 *
 * @example
 * ```ts
 * const embedded = new TokenEmbedding({ vocabSize: 5000, embeddingDim: 128 }).apply(ids);
 * ```
 */
export class TokenEmbedding extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON; `tf.serialization.registerClass` maps it back to
   * this class when the model is loaded.
   *
   * @nocollapse
   */
  static className = "TokenEmbedding";

  /** Number of token ids. */
  readonly vocabSize: number;
  /** Size of each token's vector. */
  readonly embeddingDim: number;
  /** Seed of the initial table. */
  readonly seed: number;

  private embeddings: tf.LayerVariable | null = null;

  constructor(args: TokenEmbeddingArgs) {
    super(args);
    this.vocabSize = checkInteger("TokenEmbedding", "vocabSize", args.vocabSize, { min: 1 });
    this.embeddingDim = checkInteger("TokenEmbedding", "embeddingDim", args.embeddingDim, {
      min: 1,
    });
    this.seed = args.seed ?? 0;
    this.supportsMasking = true;
  }

  override build(): void {
    const shape = [this.vocabSize, this.embeddingDim];
    this.embeddings = this.addWeight("embeddings", shape, "float32", tf.initializers.zeros());
    const values = embeddingInitialValues(this.vocabSize, this.embeddingDim, this.seed);
    tf.tidy(() => {
      this.embeddings!.write(tf.tensor2d(values, [this.vocabSize, this.embeddingDim]));
    });
    this.built = true;
  }

  /**
   * The output shape tfjs uses to wire the model.
   *
   * @param inputShape - `[batch, T]` (or a list whose first entry is it).
   * @returns `[batch, T, embeddingDim]`.
   */
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = firstShape(inputShape);
    return [...shape, this.embeddingDim];
  }

  /**
   * The padding mask: true where an id is not 0.
   *
   * @param inputs - the token ids, `[batch, T]`.
   * @returns a bool tensor `[batch, T]`.
   */
  override computeMask(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const ids = firstTensor("TokenEmbedding.computeMask", inputs, 2, "[batch, steps] of token ids");
    return tf.tidy(() => tf.notEqual(ids, 0));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const ids = firstTensor("TokenEmbedding.call", inputs, 2, "[batch, steps] of token ids");
    const out = tf.tidy(() =>
      tf.gather(this.embeddings!.read(), ids.dtype === "int32" ? ids : tf.cast(ids, "int32")),
    );
    if (ids.dtype === "int32") sources.set(out, { ids, embeddings: this.embeddings! });
    return out;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      vocabSize: this.vocabSize,
      embeddingDim: this.embeddingDim,
      seed: this.seed,
    };
  }
}

tf.serialization.registerClass(TokenEmbedding);
