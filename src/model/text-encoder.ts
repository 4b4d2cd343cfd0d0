import * as tf from "@tensorflow/tfjs";
import type { RecurrentActivation } from "../backend/lstm-kernel-names";
import { createRandom } from "../random";
import {
  checkBoolean,
  checkInteger,
  checkOneOf,
  invalidArgument,
  describeValue,
} from "../validate";
import { FastLSTM } from "./fast-lstm";
import { L2Normalization } from "./l2-normalization";
import { lstmInitialWeights } from "./lstm-initial-weights";
import { AttentionPooling } from "./attention-pooling";
import { MaskedMaxPooling } from "./masked-max-pooling";
import { MaskedMeanPooling } from "./masked-mean-pooling";
import { PretrainedEmbedding } from "./pretrained-embedding";
import { Vocabulary } from "../text/vocabulary";
import { embeddingInitialValues, TokenEmbedding } from "./token-embedding";

/**
 * How a text encoder turns the LSTM's steps into one vector: `"mean"` (the course's), `"meanMax"`
 * (mean and max side by side: 2H numbers), or `"attention"` (a learned weighted mean).
 */
export type Pooling = "mean" | "meanMax" | "attention";

/** Which LSTM implementation a text encoder uses. */
export type LstmImplementation = "fast" | "stock";

/** Options of {@link createTextEncoder}. */
export interface TextEncoderOptions {
  /**
   * Number of token ids, including 0 (padding): ids are in [0, vocabSize). With `pretrained`,
   * it is the vocabulary's size and may be left out.
   */
  readonly vocabSize?: number;
  /**
   * Size of each token's embedding vector. With `pretrained`, it is the word vectors' length
   * and may be left out.
   */
  readonly embeddingDim?: number;
  /**
   * Start the embedding from pretrained word vectors: a vocabulary built with them
   * (`Vocabulary.build(texts, { wordVectors: WordVectors.shipped() })`). The embedding layer is
   * then a {@link PretrainedEmbedding}: every word with a vector has an id and keeps its
   * meaning even if training never saw it.
   */
  readonly pretrained?: Vocabulary;
  /**
   * With `pretrained`: fine-tune the training words' pretrained vectors (`true`, default) or
   * keep every pretrained vector frozen (`false`).
   */
  readonly trainEmbeddings?: boolean;
  /** LSTM hidden size H, which is also the size of the output embedding. */
  readonly hiddenUnits: number;
  /**
   * `'fast'` (default): siamese-lab's {@link FastLSTM}; `'stock'`: TensorFlow.js's
   * `tf.layers.lstm` with the same configuration and initial weights (for comparisons).
   */
  readonly lstm?: LstmImplementation;
  /**
   * How the steps are pooled; default `"mean"` (the course's architecture). `"meanMax"` doubles
   * the output size to 2 x hiddenUnits. See {@link MaskedMaxPooling}, {@link AttentionPooling}.
   */
  readonly pooling?: Pooling;
  /** σ of the LSTM gates; default `'sigmoid'` (for both implementations). */
  readonly recurrentActivation?: RecurrentActivation;
  /** Seed of every initial weight: the same seed gives the same weights. Default 0. */
  readonly seed?: number;
  /** Model name. Default `'text_encoder'`. */
  readonly name?: string;
}

const FN = "createTextEncoder";

/**
 * Builds the text encoder of the course: token ids -> unit-length sentence embeddings.
 *
 *   e_t = E[id_t]                        embedding, [batch, T, embeddingDim]
 *   h_t = LSTM(e_1..e_t)                 [batch, T, hiddenUnits] (Hochreiter & Schmidhuber 1997)
 *   v   = Σ_t m_t h_t / max(Σ_t m_t, 1)  mean over the real steps only (m_t = [id_t != 0])
 *   y   = v / max(‖v‖, 1e-12)            unit length, [batch, hiddenUnits]
 *
 * Id 0 is padding: it is masked in the LSTM (the state is carried over) and left out of the mean,
 * so appending padding does not change an embedding, and a row of only padding gives a zero
 * vector (never NaN). Initial weights come from `seed` (embedding U(-0.05, 0.05), Glorot-uniform
 * W, orthogonal U, forget-gate bias 1), identical for `'fast'` and `'stock'`, so the two give
 * the same outputs.
 *
 * @param options - see {@link TextEncoderOptions}.
 * @returns a model mapping int32 ids [batch, T] to embeddings [batch, hiddenUnits]; its layers
 *   are named `embedding` ({@link TokenEmbedding}, or `tf.layers.embedding` for `'stock'`),
 *   `lstm`, `mean_pooling`, `l2_normalize`.
 * @throws Error when a size is not a positive integer or `lstm` is unknown.
 * @example
 * ```ts
 * const encoder = createTextEncoder({ vocabSize: 5000, embeddingDim: 128, hiddenUnits: 128, seed: 1 });
 * const v = encoder.predict(tf.tensor2d([[4, 8, 15, 0]], undefined, "int32")) as tf.Tensor2D; // [1, 128]
 * ```
 */
export function createTextEncoder(options: TextEncoderOptions): tf.LayersModel {
  if (typeof options !== "object" || options === null) {
    throw invalidArgument(FN, "options", "an object", describeValue(options));
  }
  const pretrained = options.pretrained;
  if (pretrained !== undefined && !(pretrained instanceof Vocabulary)) {
    throw invalidArgument(
      FN,
      "options.pretrained",
      "a Vocabulary built with wordVectors",
      describeValue(pretrained),
    );
  }
  const vectorDim = (pretrained?.wordVectors as { dim?: number } | undefined)?.dim;
  if (pretrained !== undefined && vectorDim === undefined) {
    throw invalidArgument(
      FN,
      "options.pretrained",
      "a Vocabulary built with wordVectors",
      "a vocabulary without word vectors",
    );
  }
  const vocabSize = checkInteger(FN, "options.vocabSize", options.vocabSize ?? pretrained?.size, {
    min: 2,
  });
  const embeddingDim = checkInteger(FN, "options.embeddingDim", options.embeddingDim ?? vectorDim, {
    min: 1,
  });
  if (pretrained !== undefined && (vocabSize !== pretrained.size || embeddingDim !== vectorDim)) {
    throw invalidArgument(
      FN,
      "options.vocabSize",
      `the pretrained vocabulary's ${pretrained.size} ids and ${vectorDim} dimensions (or left out)`,
      `${vocabSize} ids and ${embeddingDim} dimensions`,
    );
  }
  const trainEmbeddings = checkBoolean(
    FN,
    "options.trainEmbeddings",
    options.trainEmbeddings ?? true,
  );
  const hiddenUnits = checkInteger(FN, "options.hiddenUnits", options.hiddenUnits, { min: 1 });
  const lstm = checkOneOf(FN, "options.lstm", options.lstm ?? "fast", ["fast", "stock"]);
  const recurrentActivation = checkOneOf(
    FN,
    "options.recurrentActivation",
    options.recurrentActivation ?? "sigmoid",
    ["sigmoid", "hardSigmoid"],
  );
  const pooling = checkOneOf(FN, "options.pooling", options.pooling ?? "mean", [
    "mean",
    "meanMax",
    "attention",
  ] as const);
  const seed = options.seed ?? 0;
  const rng = createRandom(seed);
  const embeddingSeed = rng.fork();
  const lstmSeed = rng.fork();

  const ids = tf.input({ shape: [null], dtype: "int32", name: "token_ids" });
  if (pretrained !== undefined && lstm !== "fast") {
    throw invalidArgument(FN, "options.lstm", "'fast' with pretrained vectors", `'${lstm}'`);
  }
  const embeddingLayer =
    pretrained !== undefined
      ? new PretrainedEmbedding({
          vocabulary: pretrained,
          trainPretrained: trainEmbeddings,
          seed: embeddingSeed,
          name: "embedding",
        })
      : lstm === "fast"
        ? new TokenEmbedding({ vocabSize, embeddingDim, seed: embeddingSeed, name: "embedding" })
        : tf.layers.embedding({
            inputDim: vocabSize,
            outputDim: embeddingDim,
            maskZero: true,
            embeddingsInitializer: "zeros",
            name: "embedding",
          });
  const lstmLayer =
    lstm === "fast"
      ? new FastLSTM({ units: hiddenUnits, recurrentActivation, seed: lstmSeed, name: "lstm" })
      : tf.layers.lstm({
          units: hiddenUnits,
          returnSequences: true,
          recurrentActivation,
          unitForgetBias: true,
          // Overwritten below; zeros avoid tfjs's slow orthogonal initialiser and its warning.
          kernelInitializer: "zeros",
          recurrentInitializer: "zeros",
          name: "lstm",
        });
  const embedded = embeddingLayer.apply(ids) as tf.SymbolicTensor;
  const sequence = lstmLayer.apply(embedded) as tf.SymbolicTensor;
  const pooled =
    pooling === "mean"
      ? new MaskedMeanPooling({ name: "mean_pooling" }).apply(sequence)
      : pooling === "meanMax"
        ? tf.layers
            .concatenate({ name: "mean_max_pooling" })
            .apply([
              new MaskedMeanPooling({ name: "mean_pooling" }).apply(sequence) as tf.SymbolicTensor,
              new MaskedMaxPooling({ name: "max_pooling" }).apply(sequence) as tf.SymbolicTensor,
            ])
        : new AttentionPooling({ seed: rng.fork(), name: "attention_pooling" }).apply(sequence);
  const output = new L2Normalization({ name: "l2_normalize" }).apply(pooled) as tf.SymbolicTensor;
  const model = tf.model({ inputs: ids, outputs: output, name: options.name ?? "text_encoder" });

  if (lstm === "stock") {
    // The same initial weights as the fast encoder's layers draw from the same seeds.
    const table = embeddingInitialValues(vocabSize, embeddingDim, embeddingSeed);
    tf.tidy(() => embeddingLayer.setWeights([tf.tensor2d(table, [vocabSize, embeddingDim])]));
    const initial = lstmInitialWeights(embeddingDim, hiddenUnits, createRandom(lstmSeed), true);
    tf.tidy(() =>
      lstmLayer.setWeights([
        tf.tensor2d(initial.kernel, [embeddingDim, 4 * hiddenUnits]),
        tf.tensor2d(initial.recurrentKernel, [hiddenUnits, 4 * hiddenUnits]),
        tf.tensor1d(initial.bias),
      ]),
    );
  }
  return model;
}
