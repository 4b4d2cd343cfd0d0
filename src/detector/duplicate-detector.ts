import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { replaceDirectory } from "../io/replace-directory";
import { writeFileAtomic } from "../io/write-file-atomic";
import { resolveWordVectors } from "../embeddings/resolve-word-vectors";
import { loadModel } from "../model/load-model";
import { PretrainedEmbedding } from "../model/pretrained-embedding";
import { saveModel } from "../model/save-model";
import { encode } from "../text/encode";
import { pad } from "../text/pad";
import { Vocabulary } from "../text/vocabulary";
import { checkInteger, checkNumber, describeValue, invalidArgument } from "../validate";

/** What `detector.json` holds next to the encoder and the vocabulary. */
export interface DuplicateDetectorInfo {
  /** Always `"siamese-lab/duplicate-detector"`. */
  readonly format: "siamese-lab/duplicate-detector";
  /** Format version, 1. */
  readonly version: 1;
  /** tau: a pair is a duplicate when its cosine similarity is above it. */
  readonly threshold: number;
  /** Free-form facts about how the detector was made (command, seed, settings, metrics). */
  readonly training?: Readonly<Record<string, unknown>>;
}

/** The verdict on one pair of questions. */
export interface DuplicatePrediction {
  /** Cosine similarity of the two questions' embeddings, in [-1, 1]. */
  readonly similarity: number;
  /** Whether `similarity > threshold`. */
  readonly isDuplicate: boolean;
  /** The threshold used. */
  readonly threshold: number;
}

const ENCODER_DIR = "encoder";
const VOCABULARY_FILE = "vocabulary.json";
const INFO_FILE = "detector.json";

/**
 * A ready-to-use duplicate-question detector: the vocabulary that turns text into ids, the
 * trained text encoder (one tower of the Siamese network), and the threshold tau tuned on
 * validation data. `predict(q1, q2)` is the course's test procedure: embed both questions,
 * take the cosine similarity, and call them duplicates when it is above tau.
 *
 * Saved as a directory: `encoder/` (tfjs `model.json` + weights), `vocabulary.json` and
 * `detector.json`, replaced atomically as a whole.
 *
 * @example
 * ```ts
 * const detector = await DuplicateDetector.load("models/question-duplicates");
 * detector.predict("How old are you?", "What is your age?"); // { similarity: 0.93, isDuplicate: true, ... }
 * ```
 */
export class DuplicateDetector {
  private tau: number;

  /**
   * @param encoder - maps int32 ids `[batch, T]` to unit embeddings `[batch, d]`.
   * @param vocabulary - the vocabulary the encoder was trained with.
   * @param threshold - tau (default 0.5).
   * @param training - facts about how it was made, saved in `detector.json`.
   * @throws Error when the encoder or vocabulary is of the wrong kind, or their sizes disagree.
   */
  constructor(
    readonly encoder: tf.LayersModel,
    readonly vocabulary: Vocabulary,
    threshold = 0.5,
    readonly training: Readonly<Record<string, unknown>> = {},
  ) {
    const fn = "DuplicateDetector";
    if (!(encoder instanceof tf.LayersModel))
      throw invalidArgument(fn, "encoder", "a tf.LayersModel", describeValue(encoder));
    if (!(vocabulary instanceof Vocabulary))
      throw invalidArgument(fn, "vocabulary", "a Vocabulary", describeValue(vocabulary));
    const embedding = encoder.layers.find((layer) => layer.name === "embedding");
    const rows =
      embedding instanceof PretrainedEmbedding
        ? embedding.vocabSize
        : embedding?.getWeights()[0]?.shape[0];
    if (rows !== undefined && rows !== vocabulary.size) {
      throw invalidArgument(
        fn,
        "vocabulary",
        `${rows} ids (the encoder's embedding rows)`,
        `${vocabulary.size} ids`,
      );
    }
    this.tau = checkNumber(fn, "threshold", threshold, { min: -1, max: 1 });
  }

  /** tau: a pair is a duplicate when its similarity is above it. */
  get threshold(): number {
    return this.tau;
  }

  /**
   * Changes tau, for example to trade recall for precision.
   *
   * @param value - the new threshold, in [-1, 1].
   * @throws Error when `value` is not a number in [-1, 1].
   */
  set threshold(value: number) {
    this.tau = checkNumber("DuplicateDetector.threshold", "value", value, { min: -1, max: 1 });
  }

  /**
   * Token ids of texts, padded to the smallest power of two that fits the longest.
   *
   * @param texts - questions.
   * @returns int32 `[texts, length]`.
   */
  encodeTexts(texts: readonly string[]): tf.Tensor2D {
    return pad(encode(texts, this.vocabulary), { bucket: "powerOfTwo" });
  }

  /**
   * Embeds questions with the encoder, in batches so memory stays bounded.
   *
   * @param texts - questions (at least one).
   * @param options - `batchSize` (default 256).
   * @returns unit embeddings `[texts, d]`; dispose it when done.
   * @throws Error when `texts` is empty or holds a non-string.
   */
  embed(texts: readonly string[], options: { readonly batchSize?: number } = {}): tf.Tensor2D {
    const fn = "DuplicateDetector.embed";
    if (!Array.isArray(texts) || texts.length === 0)
      throw invalidArgument(fn, "texts", "a non-empty array of strings", describeValue(texts));
    const batchSize = checkInteger(fn, "options.batchSize", options.batchSize ?? 256, { min: 1 });
    return tf.tidy(() => {
      const parts: tf.Tensor2D[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        parts.push(
          this.encoder.predict(
            this.encodeTexts(texts.slice(start, start + batchSize)),
          ) as tf.Tensor2D,
        );
      }
      return parts.length === 1 ? (parts[0] as tf.Tensor2D) : tf.concat(parts, 0);
    });
  }

  /**
   * Cosine similarities of many pairs: `question1s[i]` against `question2s[i]`.
   *
   * @param question1s - the first question of each pair.
   * @param question2s - the second question of each pair, as many as `question1s`.
   * @returns one similarity per pair, each in [-1, 1].
   * @example
   * ```ts
   * detector.similarities(["How old are you?", "Hi"], ["What is your age?", "Bye"]);
   * // e.g. [0.93, 0.12]
   * ```
   * @throws Error when the lists differ in length or are empty.
   */
  similarities(question1s: readonly string[], question2s: readonly string[]): number[] {
    if (
      !Array.isArray(question1s) ||
      !Array.isArray(question2s) ||
      question1s.length !== question2s.length
    ) {
      throw invalidArgument(
        "DuplicateDetector.similarities",
        "question2s",
        `an array as long as question1s (${Array.isArray(question1s) ? question1s.length : "?"})`,
        describeValue(question2s),
      );
    }
    const a = this.embed(question1s);
    const b = this.embed(question2s);
    try {
      // Both sides are unit vectors, so the row-wise dot product is the cosine similarity.
      return tf.tidy(() => Array.from(tf.sum(tf.mul(a, b), 1).dataSync()));
    } finally {
      tf.dispose([a, b]);
    }
  }

  /**
   * Cosine similarity of two questions' embeddings.
   *
   * @param question1 - one question.
   * @param question2 - the other question.
   * @returns the similarity, in [-1, 1].
   * @example
   * ```ts
   * detector.similarity("How old are you?", "What is your age?"); // e.g. 0.93
   * ```
   */
  similarity(question1: string, question2: string): number {
    return this.similarities([question1], [question2])[0] as number;
  }

  /**
   * The course's test rule: duplicates when `cos(v1, v2) > tau`.
   *
   * @param question1 - one question.
   * @param question2 - the other question.
   * @returns the similarity, the verdict and the threshold it used.
   * @example
   * ```ts
   * detector.predict("Where are you from?", "Where are you going?").isDuplicate; // false, hopefully
   * ```
   */
  predict(question1: string, question2: string): DuplicatePrediction {
    const similarity = this.similarity(question1, question2);
    return { similarity, isDuplicate: similarity > this.tau, threshold: this.tau };
  }

  /**
   * Saves the detector to a directory, replacing it atomically (an interrupted save keeps the
   * previous detector).
   *
   * @param dir - the directory to write.
   * @returns a promise that resolves once the directory is in place.
   * @example
   * ```ts
   * await detector.save("models/question-duplicates");
   * ```
   */
  async save(dir: string): Promise<void> {
    const info: DuplicateDetectorInfo = {
      format: "siamese-lab/duplicate-detector",
      version: 1,
      threshold: this.tau,
      training: this.training,
    };
    await replaceDirectory(dir, async (staging) => {
      await saveModel(this.encoder, path.join(staging, ENCODER_DIR));
      await this.vocabulary.save(path.join(staging, VOCABULARY_FILE));
      await writeFileAtomic(path.join(staging, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    });
  }

  /**
   * Loads a detector saved by {@link DuplicateDetector.save}.
   *
   * @param dir - the detector directory.
   * @returns the detector.
   * @throws Error naming the missing or broken file.
   */
  static async load(dir: string): Promise<DuplicateDetector> {
    const fn = "DuplicateDetector.load";
    if (typeof dir !== "string" || dir.trim() === "")
      throw invalidArgument(fn, "dir", "a detector directory", describeValue(dir));
    const infoFile = path.join(dir, INFO_FILE);
    let info: Partial<DuplicateDetectorInfo>;
    try {
      info = JSON.parse(
        await fs.promises.readFile(infoFile, "utf8"),
      ) as Partial<DuplicateDetectorInfo>;
    } catch (error) {
      throw new Error(`${fn}: cannot read ${infoFile}: ${(error as Error).message}`);
    }
    if (info.format !== "siamese-lab/duplicate-detector" || info.version !== 1) {
      throw new Error(
        `${fn}: ${infoFile} is not a siamese-lab duplicate detector (format ${describeValue(info.format)})`,
      );
    }
    const vocabularyFile = path.join(dir, VOCABULARY_FILE);
    let vocabularyJson: unknown;
    try {
      vocabularyJson = JSON.parse(await fs.promises.readFile(vocabularyFile, "utf8"));
    } catch (error) {
      throw new Error(`${fn}: cannot read ${vocabularyFile}: ${(error as Error).message}`);
    }
    const reference = Vocabulary.wordVectorReference(vocabularyJson);
    const vocabulary = Vocabulary.fromJSON(
      vocabularyJson,
      reference === undefined ? undefined : resolveWordVectors(reference, fn),
    );
    const encoder = await loadModel(path.join(dir, ENCODER_DIR));
    return new DuplicateDetector(encoder, vocabulary, info.threshold ?? 0.5, info.training ?? {});
  }

  /** Frees the encoder's weights. */
  dispose(): void {
    this.encoder.dispose();
  }
}
