import * as tf from "@tensorflow/tfjs";
import { resolveWordVectors } from "../embeddings/resolve-word-vectors";
import { WordVectors } from "../embeddings/word-vectors";
import { createRandom } from "../random";
import type { Vocabulary, WordVectorReference } from "../text/vocabulary";
import { checkBoolean, describeValue, invalidArgument } from "../validate";
import { firstShape, firstTensor } from "./layer-arguments";

/** Options of {@link PretrainedEmbedding}. */
export interface PretrainedEmbeddingArgs {
  /** A vocabulary built with word vectors (`Vocabulary.build(texts, { wordVectors })`). */
  readonly vocabulary?: Vocabulary;
  /**
   * Fine-tune the pretrained vectors of the training words (`true`), or keep every pretrained
   * vector fixed (`false`, default). Rows without a pretrained vector (unknown-word buckets,
   * training words WordNet lacks) are always trained.
   */
  readonly trainPretrained?: boolean;
  /** Seed of the rows that start random. Default 0. */
  readonly seed?: number;
  /** Layer name (unique in a model). */
  readonly name?: string;
  /**
   * Set by deserialisation: the vocabulary's own tokens, the word-vector reference and the
   * number of buckets, as hex-encoded UTF-8 JSON (see `encodeVocabulary` in this file).
   */
  readonly vocabularyHex?: string;
  /** Set by deserialisation: the vector length. */
  readonly embeddingDim?: number;
}

/** What a saved layer must know of its vocabulary to rebuild its table. */
interface SavedVocabulary {
  readonly tokens: readonly string[];
  readonly wordVectors: WordVectorReference;
  readonly oovBuckets: number;
}

/**
 * tfjs rewrites every string in a layer's saved config between camelCase and snake_case
 * ("6szs6S" comes back as "6szs6s", "a_b" as "aB"), which would corrupt tokens and file paths.
 * Lower-case hex survives that rewriting unchanged, so the vocabulary part of the config is
 * stored as hex-encoded JSON.
 */
function encodeVocabulary(vocabulary: SavedVocabulary): string {
  return Buffer.from(JSON.stringify(vocabulary), "utf8").toString("hex");
}

function decodeVocabulary(hex: string): SavedVocabulary {
  try {
    const parsed = JSON.parse(Buffer.from(hex, "hex").toString("utf8")) as SavedVocabulary;
    if (!Array.isArray(parsed.tokens) || typeof parsed.wordVectors !== "object") throw new Error();
    return parsed;
  } catch {
    throw new Error(`${NAME}: the saved layer's vocabulary is damaged`);
  }
}

const NAME = "PretrainedEmbedding";

/**
 * A token embedding that starts from pretrained word vectors:
 *
 *   y[b, t] = P[id] + m[id] · D[id]
 *
 * P holds the pretrained vector of every id of the vocabulary (its training words, then every
 * row of the word-vector table, then zeros for the hash buckets) and is never trained or saved:
 * it is rebuilt from the word-vector file, which the model names and checks by checksum. D is a
 * trainable correction for the vocabulary's own tokens and the buckets only, starting at 0 where
 * a pretrained vector exists and small and random elsewhere; m (0 or 1) says which rows of D
 * may train: with `trainPretrained: false` the pretrained rows stay exactly as WordNet made
 * them, with `true` the training words are fine-tuned. Words seen only at prediction time keep
 * their pretrained vector either way, which is the point: they still carry meaning.
 *
 * The saved weight is D alone ([vocabulary tokens + buckets, dim]), so a model over 80,000
 * words stays a few megabytes. Id 0 is padding (masked, and its row is zero).
 *
 * Pretrained embeddings as initialisation, frozen or fine-tuned: Kim, "Convolutional Neural
 * Networks for Sentence Classification", EMNLP 2014 (static vs non-static).
 *
 * @example
 * ```ts
 * const vocabulary = Vocabulary.build(trainTexts, { minCount: 2, oovBuckets: 500, wordVectors: WordVectors.shipped() });
 * const layer = new PretrainedEmbedding({ vocabulary, trainPretrained: true });
 * ```
 */
export class PretrainedEmbedding extends tf.layers.Layer {
  /**
   * The layer's name in a saved model's JSON.
   *
   * @nocollapse
   */
  static className = NAME;

  /** Number of ids: the vocabulary's size. */
  readonly vocabSize: number;
  /** Vector length (the word vectors'). */
  readonly embeddingDim: number;
  /** Whether pretrained rows are fine-tuned. */
  readonly trainPretrained: boolean;
  /** Seed of the random rows. */
  readonly seed: number;

  private readonly tokens: readonly string[];
  private readonly reference: WordVectorReference;
  private readonly oovBuckets: number;
  private vectors: WordVectors | undefined;
  private pretrained: tf.Tensor2D | null = null;
  private trainableRows: tf.Tensor1D | null = null;
  private correction: tf.LayerVariable | null = null;

  constructor(args: PretrainedEmbeddingArgs) {
    super(args);
    const vocabulary = args.vocabulary;
    if (vocabulary !== undefined) {
      const vectors = vocabulary.wordVectors;
      if (!(vectors instanceof WordVectors)) {
        throw invalidArgument(
          NAME,
          "vocabulary",
          "a Vocabulary built with wordVectors (Vocabulary.build(texts, { wordVectors }))",
          describeValue(vectors),
        );
      }
      this.vectors = vectors;
      this.tokens = vocabulary.tokens;
      this.reference = vectors.reference;
      this.oovBuckets = vocabulary.oovBuckets;
      this.embeddingDim = vectors.dim;
    } else if (args.vocabularyHex !== undefined && args.embeddingDim !== undefined) {
      const saved = decodeVocabulary(args.vocabularyHex);
      this.tokens = saved.tokens;
      this.reference = saved.wordVectors;
      this.oovBuckets = saved.oovBuckets;
      this.embeddingDim = args.embeddingDim;
    } else {
      throw invalidArgument(NAME, "vocabulary", "a Vocabulary built with wordVectors", "undefined");
    }
    this.trainPretrained = checkBoolean(NAME, "trainPretrained", args.trainPretrained ?? false);
    this.seed = args.seed ?? 0;
    this.vocabSize = this.tokens.length + this.reference.count + this.oovBuckets;
    this.supportsMasking = true;
  }

  override build(): void {
    const vectors = (this.vectors ??= resolveWordVectors(this.reference, NAME));
    if (vectors.dim !== this.embeddingDim) {
      throw new Error(
        `${NAME}: the word vectors have ${vectors.dim} dimensions, the layer ${this.embeddingDim}`,
      );
    }
    const dim = vectors.dim;
    const own = this.tokens.length;
    const rows = this.vocabSize;
    const table = new Float32Array(rows * dim);
    const correctionRows = own + this.oovBuckets;
    const start = new Float32Array(correctionRows * dim);
    const mask = new Float32Array(correctionRows);
    const random = createRandom(this.seed);
    const randomRow = (row: number): void => {
      for (let j = 0; j < dim; j++) start[row * dim + j] = (random.next() * 2 - 1) * 0.05;
      mask[row] = 1;
    };
    for (let id = 1; id < own; id++) {
      const vector = id === 1 ? undefined : vectors.vector(this.tokens[id] as string);
      if (vector === undefined) randomRow(id);
      else {
        table.set(vector, id * dim);
        mask[id] = this.trainPretrained ? 1 : 0;
      }
    }
    for (let row = 0; row < vectors.size; row++) table.set(vectors.row(row), (own + row) * dim);
    for (let bucket = 0; bucket < this.oovBuckets; bucket++) randomRow(own + bucket);
    this.pretrained = tf.keep(tf.tensor2d(table, [rows, dim]));
    this.trainableRows = tf.keep(tf.tensor1d(mask));
    this.correction = this.addWeight(
      "correction",
      [correctionRows, dim],
      "float32",
      tf.initializers.zeros(),
    );
    tf.tidy(() => {
      this.correction!.write(tf.tensor2d(start, [correctionRows, dim]));
    });
    this.built = true;
  }

  /** @returns `[batch, T, embeddingDim]`. */
  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    return [...firstShape(inputShape), this.embeddingDim];
  }

  /** The padding mask: true where an id is not 0. */
  override computeMask(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const ids = firstTensor(
      "PretrainedEmbedding.computeMask",
      inputs,
      2,
      "[batch, steps] of token ids",
    );
    return tf.tidy(() => tf.notEqual(ids, 0));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const raw = firstTensor("PretrainedEmbedding.call", inputs, 2, "[batch, steps] of token ids");
    return tf.tidy(() => {
      const ids = raw.dtype === "int32" ? raw : tf.cast(raw, "int32");
      const own = this.tokens.length;
      const vectorRows = this.reference.count;
      // Ids of the vocabulary's tokens keep their number in D; bucket ids move down past the
      // vector rows; vector rows (and padding) point at row 0, which the mask zeroes.
      const bucketIds = tf.sub(ids, tf.scalar(vectorRows, "int32"));
      const correctionIds = tf.where(
        tf.less(ids, own),
        ids,
        tf.where(tf.greaterEqual(ids, own + vectorRows), bucketIds, tf.zerosLike(ids)),
      );
      const rowMask = tf.expandDims(tf.gather(this.trainableRows!, correctionIds), -1);
      const corrected = tf.mul(tf.gather(this.correction!.read(), correctionIds), rowMask);
      return tf.add(tf.gather(this.pretrained!, ids), corrected);
    });
  }

  override dispose(): ReturnType<tf.layers.Layer["dispose"]> {
    const result = super.dispose();
    if (result.refCountAfterDispose === 0) {
      tf.dispose([this.pretrained, this.trainableRows].filter((t) => t !== null) as tf.Tensor[]);
      this.pretrained = null;
      this.trainableRows = null;
    }
    return result;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      vocabularyHex: encodeVocabulary({
        tokens: this.tokens,
        wordVectors: this.reference,
        oovBuckets: this.oovBuckets,
      }),
      embeddingDim: this.embeddingDim,
      trainPretrained: this.trainPretrained,
      seed: this.seed,
    };
  }
}

tf.serialization.registerClass(PretrainedEmbedding);
