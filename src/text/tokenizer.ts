import { checkOneOf, describeValue, invalidArgument } from "../validate";
import { Lemmatizer } from "../wordnet/lemmatizer";

/** What a {@link Tokenizer} does with punctuation: keep each mark as its own token, or drop it. */
export type PunctuationMode = "split" | "drop";

/** Options of a {@link Tokenizer}; every field is optional. */
export interface TokenizerOptions {
  /** Lower-case the text before splitting (default `true`). */
  readonly lowercase?: boolean;
  /** `"split"` (default): every punctuation mark or symbol is a token; `"drop"`: it is removed. */
  readonly punctuation?: PunctuationMode;
  /**
   * Replace each word by its WordNet lemma ("resetting" -> "reset", "cars" -> "car"), so that
   * inflected forms share one id and one word vector (default `false`). See {@link Lemmatizer}.
   */
  readonly lemmatize?: boolean;
}

/** The complete settings of a {@link Tokenizer}, as stored in a saved vocabulary. */
export interface TokenizerConfig {
  /** Whether text is lower-cased before splitting. */
  readonly lowercase: boolean;
  /** Whether punctuation marks are tokens of their own (`"split"`) or removed (`"drop"`). */
  readonly punctuation: PunctuationMode;
  /** Whether words are replaced by their WordNet lemma (absent in files saved before it existed). */
  readonly lemmatize?: boolean;
}

/**
 * A word: letters and digits, with apostrophes allowed inside (so "what's" and "don't" stay one
 * token, while the quotes around 'this' do not stick to it). Anything else that is not
 * whitespace is one punctuation token per character.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Splits text into word tokens: Unicode NFKC normalisation, typographic apostrophes read as
 * `'`, optional lower-casing, then words (letters and digits, apostrophes allowed inside) and
 * punctuation marks, which are either tokens of their own (`"split"`) or dropped (`"drop"`).
 *
 * This is what the course's `nltk.word_tokenize` step does for the Siamese LSTM, without the
 * Penn Treebank special cases (contractions stay whole: `"what's"` is one token).
 *
 * @example
 * ```ts
 * new Tokenizer().tokenize("What's the best way to learn C++?");
 * // ["what's", "the", "best", "way", "to", "learn", "c", "+", "+", "?"]
 * new Tokenizer({ punctuation: "drop" }).tokenize("Hello, World!"); // ["hello", "world"]
 * ```
 */
export class Tokenizer {
  /** The settings this tokenizer applies. */
  readonly config: TokenizerConfig;
  private readonly lemmatizer: Lemmatizer | undefined;

  /**
   * @param options - see {@link TokenizerOptions}.
   * @throws Error when an option has the wrong type or value.
   */
  constructor(options: TokenizerOptions = {}) {
    const lowercase = options.lowercase ?? true;
    if (typeof lowercase !== "boolean") {
      throw invalidArgument("Tokenizer", "lowercase", "a boolean", describeValue(lowercase));
    }
    const punctuation = checkOneOf("Tokenizer", "punctuation", options.punctuation ?? "split", [
      "split",
      "drop",
    ] as const);
    const lemmatize = options.lemmatize ?? false;
    if (typeof lemmatize !== "boolean") {
      throw invalidArgument("Tokenizer", "lemmatize", "a boolean", describeValue(lemmatize));
    }
    this.config = lemmatize ? { lowercase, punctuation, lemmatize } : { lowercase, punctuation };
    this.lemmatizer = lemmatize ? Lemmatizer.wordNet() : undefined;
  }

  /**
   * Splits one text into tokens.
   *
   * @param text - any string; an empty or all-whitespace string gives `[]`.
   * @returns the tokens in reading order.
   * @throws Error when `text` is not a string.
   */
  tokenize(text: string): string[] {
    if (typeof text !== "string") {
      throw invalidArgument("Tokenizer.tokenize", "text", "a string", describeValue(text));
    }
    let normalised = text.normalize("NFKC").replace(/[\u2018\u2019\u02bc]/g, "'");
    if (this.config.lowercase) normalised = normalised.toLowerCase();
    const tokens = normalised.match(TOKEN) ?? [];
    const kept =
      this.config.punctuation === "split"
        ? tokens
        : tokens.filter((token) => WORD_START.test(token));
    const lemmatizer = this.lemmatizer;
    if (lemmatizer === undefined) return kept;
    // WordNet's lemmas are lower case; a cased word is looked up lower-cased but kept as it is
    // when WordNet has no other form for it.
    return kept.map((token) => {
      if (!WORD_START.test(token)) return token;
      const lower = token.toLowerCase();
      const lemma = lemmatizer.lemmatize(lower);
      return lemma === lower ? token : lemma;
    });
  }
}
