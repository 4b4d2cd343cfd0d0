import { readTextFile } from "../io/read-text-file";
import { writeFileAtomic } from "../io/write-file-atomic";
import { checkInteger, describeValue, invalidArgument } from "../validate";
import { hashToken } from "./hash-token";
import { Tokenizer, type TokenizerConfig, type TokenizerOptions } from "./tokenizer";

/**
 * What a vocabulary needs of a word-vector table (`WordVectors` is one): its words by
 * row, a lookup that also accepts inflected forms, and how a saved vocabulary names it.
 */
export interface WordVectorTable {
  /** Number of rows. */
  readonly size: number;
  /** The word of each row. */
  readonly words: readonly string[];
  /** The row of a word (or of its lemma), -1 when it has none. */
  indexOf(word: string): number;
  /** How a saved vocabulary refers to the table, and a checksum to recognise it by. */
  readonly reference: WordVectorReference;
}

/** How a saved vocabulary names its word vectors. */
export interface WordVectorReference {
  /** `"shipped"` for the vectors that ship with siamese-lab, otherwise a file path. */
  readonly source: string;
  /** SHA-256 of the vector file, hex. */
  readonly sha256: string;
  /** Number of rows. */
  readonly count: number;
}

/** Options of {@link Vocabulary.build}. */
export interface VocabularyOptions {
  /** Keep only tokens seen at least this often (default 1). */
  readonly minCount?: number;
  /**
   * The largest number of tokens, the two reserved ones included (default: no limit); the
   * `oovBuckets` ids come on top.
   */
  readonly maxSize?: number;
  /** The tokenizer (or its options) that splits the texts; it is saved with the vocabulary. */
  readonly tokenizer?: Tokenizer | TokenizerOptions;
  /**
   * Hash buckets for words outside the vocabulary (default 0: they all become `<unk>`). With
   * `k` buckets an unknown word gets id `tokens.length + hash(word) mod k` (the "hashing
   * trick", Weinberger et al., ICML 2009): different unknown words mostly get different ids, and
   * the same word always the same one, so a model can still match a word it never saw in two
   * questions. Rare training words (below `minCount`) land in buckets too, which trains them.
   */
  readonly oovBuckets?: number;
  /**
   * Pretrained word vectors. Every word that has a vector gets an id too, not only the training
   * words: ids `[tokens.length, tokens.length + vectors.size)` are the vector table's rows, so
   * a word never seen in training still carries its meaning. Lookups accept inflected forms
   * ("cars" finds the row of "car"). Only words with neither fall to the hash buckets.
   */
  readonly wordVectors?: WordVectorTable;
}

/** The JSON form of a {@link Vocabulary}, as {@link Vocabulary.toJSON} returns and files hold. */
export interface VocabularyJSON {
  /** Always `"siamese-lab/vocabulary"`. */
  readonly format: "siamese-lab/vocabulary";
  /** The format version, 1. */
  readonly version: 1;
  /** The tokenizer settings the ids were built with. */
  readonly tokenizer: TokenizerConfig;
  /** The token of each id: `tokens[0]` is `"<pad>"`, `tokens[1]` is `"<unk>"`. */
  readonly tokens: readonly string[];
  /** Hash buckets for unknown words (absent means 0). */
  readonly oovBuckets?: number;
  /** The word vectors whose rows follow the tokens (absent: none). */
  readonly wordVectors?: WordVectorReference;
}

/**
 * A token <-> id mapping built from training texts. Id 0 is padding (`"<pad>"`, what
 * {@link pad} fills with) and id 1 the unknown token (`"<unk>"`, for words not kept); the
 * other tokens follow by decreasing count, ties in code-point order, so the same texts always
 * give the same ids. With {@link VocabularyOptions.oovBuckets} the words not kept get hash
 * bucket ids after the tokens instead of `<unk>`. The tokenizer is part of the vocabulary and
 * is saved with it, so texts are split the same way at training and at inference.
 *
 * @example
 * ```ts
 * const vocabulary = Vocabulary.build(trainTexts, { minCount: 2, maxSize: 5000 });
 * const ids = encode(["How do I learn Python?"], vocabulary); // [[5, 9, 3, 120, 77, 4]]
 * await vocabulary.save("models/vocabulary.json");
 * const same = await Vocabulary.load("models/vocabulary.json");
 * ```
 */
export class Vocabulary {
  /** The id of the padding token. */
  static readonly PAD_ID = 0;
  /** The id of the unknown token. */
  static readonly UNK_ID = 1;
  /** The padding token. */
  static readonly PAD_TOKEN = "<pad>";
  /** The unknown token. */
  static readonly UNK_TOKEN = "<unk>";

  /** The tokenizer that splits texts for this vocabulary. */
  readonly tokenizer: Tokenizer;
  private readonly tokenList: readonly string[];
  private readonly ids: ReadonlyMap<string, number>;
  /** Hash buckets for words outside the vocabulary; their ids follow the tokens' (and vectors'). */
  readonly oovBuckets: number;
  /** The pretrained word vectors whose rows have ids after the tokens, if any. */
  readonly wordVectors: WordVectorTable | undefined;

  private constructor(
    tokenizer: Tokenizer,
    tokens: readonly string[],
    oovBuckets = 0,
    wordVectors?: WordVectorTable,
  ) {
    this.tokenizer = tokenizer;
    this.tokenList = tokens;
    this.ids = new Map(tokens.map((token, id) => [token, id]));
    this.oovBuckets = oovBuckets;
    this.wordVectors = wordVectors;
  }

  /**
   * Builds a vocabulary from training texts.
   *
   * @param texts - the texts to count tokens in (only training texts, so that validation and
   *   test words are unknown as they would be in use).
   * @param options - minCount (default 1), maxSize (default unlimited, at least 2; buckets
   *   not included), tokenizer, oovBuckets (default 0), wordVectors (default none).
   * @returns the vocabulary.
   * @throws Error when `texts` is not an iterable of strings or an option is out of range.
   */
  static build(texts: Iterable<string>, options: VocabularyOptions = {}): Vocabulary {
    const fn = "Vocabulary.build";
    if (typeof texts !== "object" || texts === null || !(Symbol.iterator in texts)) {
      throw invalidArgument(fn, "texts", "an iterable of strings", describeValue(texts));
    }
    const minCount = checkInteger(fn, "options.minCount", options.minCount ?? 1, { min: 1 });
    const maxSize =
      options.maxSize === undefined
        ? Number.POSITIVE_INFINITY
        : checkInteger(fn, "options.maxSize", options.maxSize, { min: 2 });
    const tokenizer =
      options.tokenizer instanceof Tokenizer ? options.tokenizer : new Tokenizer(options.tokenizer);
    const oovBuckets = checkInteger(fn, "options.oovBuckets", options.oovBuckets ?? 0, { min: 0 });
    const counts = new Map<string, number>();
    let index = 0;
    for (const text of texts) {
      if (typeof text !== "string") {
        throw invalidArgument(
          fn,
          "texts",
          "strings only",
          `${describeValue(text)} at index ${index}`,
        );
      }
      for (const token of tokenizer.tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
      index++;
    }
    const kept = [...counts.entries()]
      .filter(([, count]) => count >= minCount)
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, maxSize - 2)
      .map(([token]) => token);
    const wordVectors = options.wordVectors;
    if (wordVectors !== undefined && !isWordVectorTable(wordVectors)) {
      throw invalidArgument(
        fn,
        "options.wordVectors",
        "a WordVectors table",
        describeValue(wordVectors),
      );
    }
    return new Vocabulary(
      tokenizer,
      [Vocabulary.PAD_TOKEN, Vocabulary.UNK_TOKEN, ...kept],
      oovBuckets,
      wordVectors,
    );
  }

  /**
   * Rebuilds a vocabulary from its JSON form.
   *
   * @param json - a {@link VocabularyJSON} (for example parsed from a saved file).
   * @param wordVectors - the vectors the JSON refers to, when it refers to any.
   * @returns the vocabulary.
   * @throws Error when `json` is not a valid vocabulary (wrong format tag, reserved tokens
   *   missing, repeated tokens), or when it refers to word vectors and `wordVectors` is missing
   *   or is not the same table (checksum).
   */
  static fromJSON(json: unknown, wordVectors?: WordVectorTable): Vocabulary {
    const fn = "Vocabulary.fromJSON";
    if (typeof json !== "object" || json === null) {
      throw invalidArgument(fn, "json", "a vocabulary object", describeValue(json));
    }
    const {
      format,
      version,
      tokenizer,
      tokens,
      oovBuckets,
      wordVectors: reference,
    } = json as Partial<Record<string, unknown>>;
    if (format !== "siamese-lab/vocabulary" || version !== 1) {
      throw invalidArgument(
        fn,
        "json",
        `format "siamese-lab/vocabulary" version 1`,
        `format ${describeValue(format)} version ${describeValue(version)}`,
      );
    }
    if (
      !Array.isArray(tokens) ||
      !tokens.every((token) => typeof token === "string") ||
      tokens[0] !== Vocabulary.PAD_TOKEN ||
      tokens[1] !== Vocabulary.UNK_TOKEN
    ) {
      throw invalidArgument(
        fn,
        "json.tokens",
        `an array of strings starting with "${Vocabulary.PAD_TOKEN}", "${Vocabulary.UNK_TOKEN}"`,
        describeValue(tokens),
      );
    }
    if (new Set(tokens).size !== tokens.length) {
      throw invalidArgument(fn, "json.tokens", "distinct tokens", "a repeated token");
    }
    if (typeof tokenizer !== "object" || tokenizer === null) {
      throw invalidArgument(fn, "json.tokenizer", "tokenizer settings", describeValue(tokenizer));
    }
    const buckets = checkInteger(fn, "json.oovBuckets", oovBuckets ?? 0, { min: 0 });
    if (reference !== undefined) {
      const wanted = reference as Partial<WordVectorReference>;
      if (wordVectors === undefined) {
        throw new Error(
          `${fn}: the vocabulary uses the word vectors ${describeValue(wanted.source)}; pass them ` +
            "as the second argument (WordVectors.shipped() for the shipped ones)",
        );
      }
      if (wordVectors.reference.sha256 !== wanted.sha256 || wordVectors.size !== wanted.count) {
        throw invalidArgument(
          fn,
          "wordVectors",
          `the vectors the vocabulary was built with (sha256 ${describeValue(wanted.sha256)})`,
          `sha256 ${describeValue(wordVectors.reference.sha256)}`,
        );
      }
    }
    return new Vocabulary(
      new Tokenizer(tokenizer as TokenizerOptions),
      tokens as string[],
      buckets,
      reference === undefined ? undefined : wordVectors,
    );
  }

  /**
   * Loads a vocabulary saved by {@link Vocabulary.save}.
   *
   * @param file - path of the JSON file.
   * @param wordVectors - the word vectors it was built with, when it was built with any.
   * @returns the vocabulary.
   * @throws Error `Vocabulary.load: ...` when the file cannot be read, is not UTF-8 or not
   *   JSON, or is not a vocabulary.
   */
  static async load(file: string, wordVectors?: WordVectorTable): Promise<Vocabulary> {
    if (typeof file !== "string" || file.length === 0) {
      throw invalidArgument("Vocabulary.load", "file", "a non-empty path", describeValue(file));
    }
    const text = await readTextFile("Vocabulary.load", file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`Vocabulary.load: ${file} is not JSON (${(error as Error).message})`);
    }
    return Vocabulary.fromJSON(json, wordVectors);
  }

  /**
   * The word-vector reference a saved vocabulary holds, if any (to find the vectors before
   * calling {@link Vocabulary.fromJSON}).
   *
   * @param json - a parsed vocabulary file.
   * @returns the reference, or `undefined`.
   */
  static wordVectorReference(json: unknown): WordVectorReference | undefined {
    if (typeof json !== "object" || json === null) return undefined;
    const reference = (json as { wordVectors?: unknown }).wordVectors;
    if (typeof reference !== "object" || reference === null) return undefined;
    return reference as WordVectorReference;
  }

  /**
   * The number of ids: the tokens (the two reserved ones included), the word vectors' rows
   * (if any), and the hash buckets.
   */
  get size(): number {
    return this.tokenList.length + (this.wordVectors?.size ?? 0) + this.oovBuckets;
  }

  /** The tokens by id (`tokens[0]` is `"<pad>"`). */
  get tokens(): readonly string[] {
    return this.tokenList;
  }

  /**
   * @param token - a token, as the tokenizer produces it.
   * @returns its id; for a token the vocabulary does not hold, its word vector's id (when the
   *   vocabulary has word vectors and the word or its lemma has one), else its hash bucket's
   *   id, or {@link Vocabulary.UNK_ID} when there are no buckets.
   */
  idOf(token: string): number {
    const id = this.ids.get(token);
    if (id !== undefined) return id;
    const vectors = this.wordVectors;
    if (vectors !== undefined) {
      const row = vectors.indexOf(token.toLowerCase());
      if (row >= 0) return this.tokenList.length + row;
    }
    if (this.oovBuckets === 0) return Vocabulary.UNK_ID;
    return this.tokenList.length + (vectors?.size ?? 0) + (hashToken(token) % this.oovBuckets);
  }

  /**
   * @param token - a token.
   * @returns whether the vocabulary holds it (the reserved tokens included) or has its vector.
   */
  has(token: string): boolean {
    return this.ids.has(token) || (this.wordVectors?.indexOf(token.toLowerCase()) ?? -1) >= 0;
  }

  /**
   * @param id - an id in `[0, size)`.
   * @returns its token; a hash bucket's id gives `"<oov:k>"` for bucket k.
   * @throws Error when `id` is out of range.
   */
  tokenOf(id: number): string {
    checkInteger("Vocabulary.tokenOf", "id", id, { min: 0, max: this.size - 1 });
    const token = this.tokenList[id];
    if (token !== undefined) return token;
    const vectors = this.wordVectors?.size ?? 0;
    const row = id - this.tokenList.length;
    if (row < vectors) return this.wordVectors?.words[row] as string;
    return `<oov:${row - vectors}>`;
  }

  /** @returns the JSON form, {@link VocabularyJSON}. */
  toJSON(): VocabularyJSON {
    return {
      format: "siamese-lab/vocabulary",
      version: 1,
      tokenizer: this.tokenizer.config,
      tokens: this.tokenList,
      ...(this.oovBuckets > 0 ? { oovBuckets: this.oovBuckets } : {}),
      ...(this.wordVectors !== undefined ? { wordVectors: this.wordVectors.reference } : {}),
    };
  }

  /**
   * Saves the vocabulary as JSON, atomically (a temporary file renamed into place).
   *
   * @param file - the path to write; its folder must exist.
   * @returns a promise that resolves once the file is written.
   * @throws Error `Vocabulary.save: cannot write <file>: <reason>` when the file cannot be
   *   written, `Vocabulary.save: argument 'file' must be a file path, ...` for a directory.
   */
  async save(file: string): Promise<void> {
    if (typeof file !== "string" || file.length === 0) {
      throw invalidArgument("Vocabulary.save", "file", "a non-empty path", describeValue(file));
    }
    await writeFileAtomic(file, `${JSON.stringify(this.toJSON())}\n`, "Vocabulary.save");
  }
}

function isWordVectorTable(value: unknown): value is WordVectorTable {
  const table = value as Partial<WordVectorTable> | null;
  return (
    typeof table === "object" &&
    table !== null &&
    typeof table.size === "number" &&
    Array.isArray(table.words) &&
    typeof table.indexOf === "function" &&
    typeof table.reference === "object"
  );
}
