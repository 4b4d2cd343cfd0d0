import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { packageRoot } from "../io/package-root";
import { writeFileAtomic } from "../io/write-file-atomic";
import type { WordVectorReference, WordVectorTable } from "../text/vocabulary";
import { checkInteger, describeValue, invalidArgument } from "../validate";
import { Lemmatizer } from "../wordnet/lemmatizer";

/** What a word-vector file says about itself. */
export interface WordVectorsInfo {
  /** How the vectors were made, in a sentence. */
  readonly method: string;
  /** The seed of the build. */
  readonly seed: number;
  /** Anything else the builder recorded (context weights, sizes, ...). */
  readonly details?: Readonly<Record<string, unknown>>;
}

interface Header extends WordVectorsInfo {
  readonly format: "siamese-lab/word-vectors";
  readonly version: 1;
  readonly dim: number;
  readonly count: number;
  readonly wordBytes: number;
}

/** A word and how similar it is to the one asked about. */
export interface Neighbour {
  /** The neighbouring word. */
  readonly word: string;
  /** Its cosine similarity to the query, in [-1, 1]. */
  readonly similarity: number;
}

/** The word vectors that ship with siamese-lab, relative to the package root. */
export const SHIPPED_WORD_VECTORS = "datasets/word-vectors/wordnet-vectors.bin.gz";

const shippedCache: { vectors?: WordVectors } = {};

/**
 * A table of unit-length word vectors, stored quantised: each row as 8-bit integers times
 * one float scale (the row's largest magnitude / 127), which keeps cosine similarities within
 * about 0.01 of the full-precision ones at a quarter of the size.
 *
 * Lookups accept inflected forms: {@link WordVectors.indexOf} tries the word, then its WordNet
 * lemma ("cars" -> "car"), so a vocabulary built without lemmatisation still finds vectors.
 *
 * @example
 * ```ts
 * const vectors = WordVectors.shipped(); // WordNet-based, built by `npm run build:vectors`
 * vectors.similarity("car", "automobile"); // close to 1
 * vectors.nearest("password", 5); // [{ word: "passcode", similarity: ... }, ...]
 * ```
 */
export class WordVectors implements WordVectorTable {
  /** Length of every vector. */
  readonly dim: number;
  /** The words, by row. */
  readonly words: readonly string[];
  /** How the vectors were made. */
  readonly info: WordVectorsInfo;
  private readonly quantised: Int8Array;
  private readonly scales: Float32Array;
  private readonly rows: ReadonlyMap<string, number>;
  private source: string;
  private sha256: string | undefined;

  private constructor(
    words: readonly string[],
    dim: number,
    quantised: Int8Array,
    scales: Float32Array,
    info: WordVectorsInfo,
    source = "memory",
    sha256?: string,
  ) {
    this.source = source;
    this.sha256 = sha256;
    this.words = words;
    this.dim = dim;
    this.quantised = quantised;
    this.scales = scales;
    this.info = info;
    this.rows = new Map(words.map((word, row) => [word, row]));
  }

  /**
   * Quantises full-precision vectors into a table. Rows are L2-normalised first.
   *
   * @param words - one distinct word per row.
   * @param values - [words.length, dim], row-major.
   * @param dim - the vector length.
   * @param info - method and seed, saved with the vectors.
   * @returns the table.
   * @throws Error when the sizes disagree or a word repeats.
   */
  static fromValues(
    words: readonly string[],
    values: Float32Array | Float64Array,
    dim: number,
    info: WordVectorsInfo,
  ): WordVectors {
    const fn = "WordVectors.fromValues";
    checkInteger(fn, "dim", dim, { min: 1 });
    if (values.length !== words.length * dim) {
      throw invalidArgument(fn, "values", `${words.length} x ${dim} numbers`, `${values.length}`);
    }
    if (new Set(words).size !== words.length) {
      throw invalidArgument(fn, "words", "distinct words", "a repeated word");
    }
    const quantised = new Int8Array(words.length * dim);
    const scales = new Float32Array(words.length);
    for (let r = 0; r < words.length; r++) {
      let norm = 0;
      for (let j = 0; j < dim; j++) norm += (values[r * dim + j] as number) ** 2;
      norm = Math.sqrt(norm);
      let largest = 0;
      for (let j = 0; j < dim; j++) {
        largest = Math.max(largest, Math.abs((values[r * dim + j] as number) / (norm || 1)));
      }
      const scale = largest > 0 ? largest / 127 : 0;
      scales[r] = scale;
      for (let j = 0; j < dim; j++) {
        const x = (values[r * dim + j] as number) / (norm || 1);
        quantised[r * dim + j] = scale > 0 ? Math.round(x / scale) : 0;
      }
    }
    return new WordVectors(words, dim, quantised, scales, info);
  }

  /**
   * The WordNet-based vectors that ship with siamese-lab (`npm run build:vectors` makes them).
   * Loaded once per process, in well under a second.
   *
   * @returns the shared table.
   * @throws Error when the file is missing or damaged.
   */
  static shipped(): WordVectors {
    if (shippedCache.vectors === undefined) {
      const vectors = WordVectors.loadSync(path.join(packageRoot(), SHIPPED_WORD_VECTORS));
      vectors.source = "shipped";
      shippedCache.vectors = vectors;
    }
    return shippedCache.vectors;
  }

  /**
   * How a saved vocabulary refers to these vectors: `"shipped"` or the file they were loaded
   * from, with the SHA-256 of the file's bytes.
   */
  get reference(): WordVectorReference {
    this.sha256 ??= createHash("sha256").update(this.toBytes()).digest("hex");
    return { source: this.source, sha256: this.sha256, count: this.words.length };
  }

  /**
   * Reads a file written by {@link WordVectors.save}.
   *
   * @param file - the path (gzip-compressed).
   * @returns the table.
   * @throws Error naming the file when it is missing, not gzip, or not a word-vector file.
   */
  static loadSync(file: string): WordVectors {
    const fn = "WordVectors.load";
    if (typeof file !== "string" || file.length === 0) {
      throw invalidArgument(fn, "file", "a non-empty path", describeValue(file));
    }
    let bytes: Buffer;
    let sha256: string;
    try {
      const packed = fs.readFileSync(file);
      sha256 = createHash("sha256").update(packed).digest("hex");
      bytes = zlib.gunzipSync(packed);
    } catch (error) {
      throw new Error(`${fn}: cannot read ${file} (${(error as Error).message})`);
    }
    const newline = bytes.indexOf(10);
    let header: Header;
    try {
      header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Header;
    } catch {
      throw new Error(`${fn}: ${file} does not start with a JSON header line`);
    }
    if (header.format !== "siamese-lab/word-vectors" || header.version !== 1) {
      throw new Error(`${fn}: ${file} is not a siamese-lab word-vector file (version 1)`);
    }
    const { dim, count, wordBytes } = header;
    let at = newline + 1;
    const words = bytes
      .subarray(at, at + wordBytes)
      .toString("utf8")
      .split("\n");
    at += wordBytes;
    const expected = at + count * 4 + count * dim;
    if (words.length !== count || bytes.length !== expected) {
      throw new Error(`${fn}: ${file} is truncated or damaged (sizes do not match its header)`);
    }
    const scales = new Float32Array(count);
    Buffer.from(scales.buffer).set(bytes.subarray(at, at + count * 4));
    at += count * 4;
    const quantised = new Int8Array(count * dim);
    Buffer.from(quantised.buffer).set(bytes.subarray(at, at + count * dim));
    const { method, seed, details } = header;
    return new WordVectors(
      words,
      dim,
      quantised,
      scales,
      { method, seed, ...(details !== undefined ? { details } : {}) },
      path.resolve(file),
      sha256,
    );
  }

  /**
   * Writes the table, gzip-compressed, atomically.
   *
   * @param file - the path; its folder must exist.
   */
  async save(file: string): Promise<void> {
    await writeFileAtomic(file, this.toBytes());
  }

  /** The gzip-compressed file contents {@link WordVectors.save} writes (deterministic). */
  toBytes(): Uint8Array {
    const wordBlob = Buffer.from(this.words.join("\n"), "utf8");
    const header: Header = {
      format: "siamese-lab/word-vectors",
      version: 1,
      dim: this.dim,
      count: this.words.length,
      wordBytes: wordBlob.length,
      ...this.info,
    };
    const raw = Buffer.concat([
      Buffer.from(`${JSON.stringify(header)}\n`, "utf8"),
      wordBlob,
      Buffer.from(this.scales.buffer, this.scales.byteOffset, this.scales.byteLength),
      Buffer.from(this.quantised.buffer, this.quantised.byteOffset, this.quantised.byteLength),
    ]);
    return zlib.gzipSync(raw, { level: 9, mtime: 0 } as zlib.ZlibOptions);
  }

  /** Number of words. */
  get size(): number {
    return this.words.length;
  }

  /**
   * The row of a word: the word itself, else its WordNet lemma.
   *
   * @param word - a lower-case token.
   * @returns the row, or -1 when neither has a vector.
   */
  indexOf(word: string): number {
    const row = this.rows.get(word);
    if (row !== undefined) return row;
    const lemma = Lemmatizer.wordNet().lemmatize(word);
    return lemma === word ? -1 : (this.rows.get(lemma) ?? -1);
  }

  /**
   * @param word - a lower-case token.
   * @returns whether it (or its lemma) has a vector.
   */
  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /**
   * The unit-length vector of a word (or of its lemma).
   *
   * @param word - a lower-case token.
   * @returns a new Float32Array of length {@link WordVectors.dim}, or `undefined`.
   */
  vector(word: string): Float32Array | undefined {
    const row = this.indexOf(word);
    return row < 0 ? undefined : this.row(row);
  }

  /**
   * The vector of a row.
   *
   * @param row - an index in `[0, size)`.
   * @returns a new Float32Array.
   */
  row(row: number): Float32Array {
    checkInteger("WordVectors.row", "row", row, { min: 0, max: this.size - 1 });
    const out = new Float32Array(this.dim);
    const scale = this.scales[row] as number;
    for (let j = 0; j < this.dim; j++)
      out[j] = (this.quantised[row * this.dim + j] as number) * scale;
    return out;
  }

  /**
   * Cosine similarity of two words' vectors.
   *
   * @returns a number in [-1, 1], or `undefined` when either word has no vector.
   */
  similarity(a: string, b: string): number | undefined {
    const x = this.vector(a);
    const y = this.vector(b);
    if (x === undefined || y === undefined) return undefined;
    return cosine(x, y);
  }

  /**
   * The words whose vectors are closest to a word's (or to a vector), by cosine similarity.
   *
   * @param query - a word, or a vector of length {@link WordVectors.dim}.
   * @param k - how many neighbours (default 10).
   * @returns up to `k` neighbours, most similar first, the query word itself left out.
   * @throws Error when the word has no vector or `k` is not a positive integer.
   */
  nearest(query: string | Float32Array, k = 10): Neighbour[] {
    checkInteger("WordVectors.nearest", "k", k, { min: 1 });
    const own = typeof query === "string" ? this.indexOf(query) : -1;
    const vector = typeof query === "string" ? this.vector(query) : query;
    if (vector === undefined) {
      throw invalidArgument(
        "WordVectors.nearest",
        "query",
        "a word with a vector",
        describeValue(query),
      );
    }
    const best: Neighbour[] = [];
    const norm = Math.sqrt(vector.reduce((s, v) => s + v * v, 0)) || 1;
    for (let r = 0; r < this.size; r++) {
      if (r === own) continue;
      let dot = 0;
      for (let j = 0; j < this.dim; j++)
        dot += (this.quantised[r * this.dim + j] as number) * (vector[j] as number);
      const similarity = (dot * (this.scales[r] as number)) / norm;
      if (best.length < k || similarity > (best[best.length - 1] as Neighbour).similarity) {
        best.push({ word: this.words[r] as string, similarity });
        best.sort((x, y) => y.similarity - x.similarity);
        if (best.length > k) best.pop();
      }
    }
    return best;
  }
}

function cosine(x: Float32Array, y: Float32Array): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let j = 0; j < x.length; j++) {
    dot += (x[j] as number) * (y[j] as number);
    nx += (x[j] as number) ** 2;
    ny += (y[j] as number) ** 2;
  }
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}
