import { Tokenizer } from "../text/tokenizer";
import { describeValue, invalidArgument } from "../validate";

/**
 * A lexical baseline for duplicate detection: the cosine similarity of TF-IDF word vectors
 * (Salton & Buckley, "Term-weighting approaches in automatic text retrieval", 1988).
 *
 * Weights: `tf(w, q) * idf(w)` with the smoothed `idf(w) = ln((1 + N) / (1 + df(w))) + 1` over
 * the N fitted texts (a word never seen while fitting gets the largest idf, as if df were 0).
 * Two questions score high when they share rare words — which is exactly what hard negatives
 * ("How do I reset my password?" vs "How do I change my username?") exploit, and what a
 * Siamese network has to do better than.
 */
export class TfidfSimilarity {
  private constructor(
    private readonly tokenizer: Tokenizer,
    private readonly idf: ReadonlyMap<string, number>,
    private readonly unseenIdf: number,
    private readonly features: (tokens: string[]) => string[],
  ) {}

  /**
   * Learns document frequencies from training texts.
   *
   * @param texts - the training questions (at least one).
   * @param tokenizer - how texts become words; default lower-case, punctuation dropped.
   * @param features - turns a text's words into the features that are weighted and compared;
   *   default the words themselves ({@link wordNetFeatures} adds WordNet concepts).
   * @returns the fitted scorer.
   * @throws Error when `texts` is empty or holds a non-string.
   * @example
   * ```ts
   * const tfidf = TfidfSimilarity.fit(trainQuestions);
   * tfidf.similarity("How old are you?", "What is your age?");
   * ```
   */
  static fit(
    texts: Iterable<string>,
    tokenizer = new Tokenizer({ punctuation: "drop" }),
    features: (tokens: string[]) => string[] = (tokens) => tokens,
  ): TfidfSimilarity {
    const df = new Map<string, number>();
    let n = 0;
    for (const text of texts) {
      if (typeof text !== "string") {
        throw invalidArgument(
          "TfidfSimilarity.fit",
          "texts",
          "strings",
          `${describeValue(text)} at index ${n}`,
        );
      }
      for (const word of new Set(features(tokenizer.tokenize(text)))) {
        df.set(word, (df.get(word) ?? 0) + 1);
      }
      n++;
    }
    if (n === 0) throw invalidArgument("TfidfSimilarity.fit", "texts", "at least one text", "none");
    const idf = new Map<string, number>();
    for (const [word, count] of df) idf.set(word, Math.log((1 + n) / (1 + count)) + 1);
    return new TfidfSimilarity(tokenizer, idf, Math.log(1 + n) + 1, features);
  }

  /**
   * The L2-normalised TF-IDF vector of a text, as a sparse map from word to weight.
   *
   * @param text - a question.
   * @returns each distinct word of `text` with its weight `tf * idf / norm`; the squared weights
   *   sum to 1 (empty when the text has no words).
   * @example
   * ```ts
   * [...tfidf.vector("Is it raining?").keys()]; // ["is", "it", "raining"]
   * ```
   */
  vector(text: string): Map<string, number> {
    const weights = new Map<string, number>();
    for (const word of this.features(this.tokenizer.tokenize(text))) {
      weights.set(word, (weights.get(word) ?? 0) + (this.idf.get(word) ?? this.unseenIdf));
    }
    let norm = 0;
    for (const w of weights.values()) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [word, w] of weights) weights.set(word, w / norm);
    return weights;
  }

  /**
   * Cosine similarity of two texts' TF-IDF vectors, in [0, 1] (0 when either has no words).
   *
   * @param a - one question.
   * @param b - the other question.
   * @returns the similarity, in [0, 1].
   * @example
   * ```ts
   * tfidf.similarity("Where are you from?", "Where are you going?");
   * ```
   */
  similarity(a: string, b: string): number {
    const va = this.vector(a);
    const vb = this.vector(b);
    let dot = 0;
    for (const [word, w] of va) dot += w * (vb.get(word) ?? 0);
    return dot;
  }

  /**
   * Dense TF-IDF vectors of several texts over the features they use, for methods that need
   * plain rows (one-shot accuracy, charts).
   *
   * @param texts - the texts.
   * @returns one unit-length row per text (all-zero for a text without features), over the
   *   features of all the texts, in first-seen order.
   */
  denseVectors(texts: readonly string[]): number[][] {
    const vectors = texts.map((text) => this.vector(text));
    const column = new Map<string, number>();
    for (const vector of vectors)
      for (const feature of vector.keys())
        if (!column.has(feature)) column.set(feature, column.size);
    return vectors.map((vector) => {
      const row = new Array<number>(column.size).fill(0);
      for (const [feature, weight] of vector) row[column.get(feature) as number] = weight;
      return row;
    });
  }
}
