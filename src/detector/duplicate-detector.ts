import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { readTextFile } from "../io/read-text-file";
import { recoverReplacedDirectory, replaceDirectory } from "../io/replace-directory";
import { removeStaleStaging } from "../io/staging-entries";
import { writeFileAtomic } from "../io/write-file-atomic";
import { resolveWordVectors } from "../embeddings/resolve-word-vectors";
import { loadModel } from "../model/load-model";
import { PretrainedEmbedding } from "../model/pretrained-embedding";
import { saveModel } from "../model/save-model";
import { encode } from "../text/encode";
import { pad } from "../text/pad";
import { Vocabulary } from "../text/vocabulary";
import {
  checkExistingDirectory,
  checkInteger,
  checkNumber,
  describeValue,
  invalidArgument,
} from "../validate";

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
    checkTexts(fn, "texts", texts);
    const batchSize = checkInteger(fn, "options.batchSize", options.batchSize ?? 256, { min: 1 });
    return tf.tidy(() => {
      const parts: tf.Tensor2D[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        parts.push(
          // predict's own batchSize (default 32) would cut the slice again into small batches.
          this.encoder.predict(this.encodeTexts(texts.slice(start, start + batchSize)), {
            batchSize,
          }) as tf.Tensor2D,
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
   * @throws Error when a list is empty or holds a non-string, or the lists differ in length.
   */
  similarities(question1s: readonly string[], question2s: readonly string[]): number[] {
    const fn = "DuplicateDetector.similarities";
    checkTexts(fn, "question1s", question1s);
    checkTexts(fn, "question2s", question2s);
    if (question1s.length !== question2s.length) {
      throw invalidArgument(
        fn,
        "question2s",
        `an array as long as question1s (${question1s.length})`,
        describeValue(question2s),
      );
    }
    return tf.tidy(() => {
      const a = this.embed(question1s);
      const b = this.embed(question2s);
      // Both sides are unit vectors, so the row-wise dot product is the cosine similarity.
      return Array.from(tf.sum(tf.mul(a, b), 1).dataSync());
    });
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
    const fn = "DuplicateDetector.similarity";
    if (typeof question1 !== "string")
      throw invalidArgument(fn, "question1", "a string", describeValue(question1));
    if (typeof question2 !== "string")
      throw invalidArgument(fn, "question2", "a string", describeValue(question2));
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
   * @throws Error `DuplicateDetector.save: argument 'dir' must be ...` for a missing path or an
   *   existing file; the file-system error when writing fails (the previous detector is kept).
   * @example
   * ```ts
   * await detector.save("models/question-duplicates");
   * ```
   */
  async save(dir: string): Promise<void> {
    const fn = "DuplicateDetector.save";
    if (typeof dir !== "string" || dir.trim() === "") {
      throw invalidArgument(fn, "dir", "a detector directory path", describeValue(dir));
    }
    const existing = await fs.promises.stat(dir).catch(() => undefined);
    if (existing !== undefined && !existing.isDirectory()) {
      throw invalidArgument(fn, "dir", "a detector directory path", `'${dir}', which is a file`);
    }
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
   * Loads a detector saved by {@link DuplicateDetector.save}. Every value of `detector.json`
   * is checked before the encoder is loaded, and the encoder is freed again when the parts
   * turn out not to fit together, so a failed load leaves no tensors behind. A save that was
   * killed half-way is recovered (see `recoverReplacedDirectory`) and its leftovers removed.
   *
   * @param dir - the detector directory.
   * @returns the detector.
   * @throws Error `DuplicateDetector.load: ...` naming the missing or broken file or value.
   * @example
   * ```ts
   * const detector = await DuplicateDetector.load("models/question-duplicates");
   * ```
   */
  static async load(dir: string): Promise<DuplicateDetector> {
    const fn = "DuplicateDetector.load";
    if (typeof dir !== "string" || dir.trim() === "")
      throw invalidArgument(fn, "dir", "a detector directory", describeValue(dir));
    await recoverReplacedDirectory(dir);
    removeStaleStaging(dir);
    checkExistingDirectory(fn, "dir", dir);
    const infoFile = path.join(dir, INFO_FILE);
    const text = await readTextFile(fn, infoFile);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`${fn}: ${infoFile} is not valid JSON (${(error as Error).message})`);
    }
    const info = readInfo(fn, infoFile, json);
    const vocabularyFile = path.join(dir, VOCABULARY_FILE);
    const vocabularyText = await readTextFile(fn, vocabularyFile);
    let vocabulary: Vocabulary;
    try {
      let vocabularyJson: unknown;
      try {
        vocabularyJson = JSON.parse(vocabularyText);
      } catch (error) {
        throw new Error(`${vocabularyFile} is not valid JSON (${(error as Error).message})`);
      }
      const reference = Vocabulary.wordVectorReference(vocabularyJson);
      vocabulary = Vocabulary.fromJSON(
        vocabularyJson,
        reference === undefined ? undefined : resolveWordVectors(reference, fn),
      );
    } catch (error) {
      const message = (error as Error).message;
      throw new Error(message.startsWith(`${fn}: `) ? message : `${fn}: ${message}`);
    }
    let encoder: tf.LayersModel;
    try {
      encoder = await loadModel(path.join(dir, ENCODER_DIR));
    } catch (error) {
      throw new Error(`${fn}: ${(error as Error).message}`);
    }
    try {
      return new DuplicateDetector(encoder, vocabulary, info.threshold, info.training);
    } catch (error) {
      encoder.dispose();
      throw new Error(
        `${fn}: the files in ${dir} do not fit together: ${(error as Error).message}`,
      );
    }
  }

  /** Frees the encoder's weights. */
  dispose(): void {
    this.encoder.dispose();
  }
}

/** Checks a list of questions: a non-empty array of strings. */
function checkTexts(fn: string, argument: string, texts: unknown): void {
  if (!Array.isArray(texts) || texts.length === 0) {
    throw invalidArgument(fn, argument, "a non-empty array of strings", describeValue(texts));
  }
  const index = (texts as unknown[]).findIndex((text) => typeof text !== "string");
  if (index !== -1) {
    throw invalidArgument(
      fn,
      argument,
      "strings only",
      `${describeValue((texts as unknown[])[index])} at index ${index}`,
    );
  }
}

/** The checked content of `detector.json`. */
function readInfo(
  fn: string,
  file: string,
  json: unknown,
): { threshold: number; training: Readonly<Record<string, unknown>> } {
  const fail = (what: string): Error => new Error(`${fn}: ${file} ${what}`);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw fail(
      `must hold a JSON object { format, version, threshold }, got ${describeValue(json)}`,
    );
  }
  const info = json as Partial<Record<keyof DuplicateDetectorInfo, unknown>>;
  if (info.format !== "siamese-lab/duplicate-detector" || info.version !== 1) {
    throw fail(
      `is not a siamese-lab duplicate detector of version 1 (format ${describeValue(info.format)}, version ${describeValue(info.version)})`,
    );
  }
  const threshold = info.threshold ?? 0.5;
  if (
    typeof threshold !== "number" ||
    !Number.isFinite(threshold) ||
    threshold < -1 ||
    threshold > 1
  ) {
    throw fail(`has threshold ${describeValue(threshold)}; it must be a number in [-1, 1]`);
  }
  const training = info.training ?? {};
  if (typeof training !== "object" || training === null || Array.isArray(training)) {
    throw fail(`has training ${describeValue(training)}; it must be an object`);
  }
  return { threshold, training: training as Record<string, unknown> };
}
