import type { Lemmatizer } from "../wordnet/lemmatizer";
import { contentWords } from "./content-words";

/** Vectors for words WordNet lacks, and the words they belong to. */
export interface CorpusWordVectors {
  /** The words that got vectors. */
  readonly words: string[];
  /** [words.length, dim], row-major, unit rows. */
  readonly values: Float64Array;
}

const WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*$/u;

/**
 * Vectors for the words of a corpus that have none ("iphone", "2fa", "wifi"): each such word
 * (contractions aside) seen in at least `minCount` texts gets the idf-weighted mean of the vectors of the known
 * words it shares texts with, L2-normalised. One step of propagation from known to unknown
 * words, in the spirit of retrofitting (Faruqui et al., "Retrofitting Word Vectors to Semantic
 * Lexicons", NAACL 2015), with the questions as the graph. "2fa" ends up near "authentication"
 * and "code" because it is asked about with them.
 *
 * @param texts - the corpus (training questions only, so held-out words stay unseen).
 * @param lemmatizer - maps words to lemmas, as the known words are stored.
 * @param rowOf - the row of a known word, or undefined.
 * @param known - the known vectors, row-major [rows, dim].
 * @param dim - the vector length.
 * @param minCount - the fewest texts an unknown word must appear in (default 2).
 * @returns the new words and their vectors, in first-seen order.
 */
export function corpusWordVectors(
  texts: readonly string[],
  lemmatizer: Lemmatizer,
  rowOf: (word: string) => number | undefined,
  known: Float64Array,
  dim: number,
  minCount = 2,
): CorpusWordVectors {
  const documents = texts.map((text) =>
    [...new Set(contentWords(text, lemmatizer))].filter((w) => WORD.test(w)),
  );
  const documentFrequency = new Map<string, number>();
  for (const words of documents)
    for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const sums = new Map<string, Float64Array>();
  for (const words of documents) {
    for (const word of words) {
      if (rowOf(word) !== undefined || (documentFrequency.get(word) ?? 0) < minCount) continue;
      // Contractions ("can't", "what's") carry grammar, not a topic: their mean context
      // vector would sit close to every question.
      if (word.includes("'")) continue;
      let sum = sums.get(word);
      if (sum === undefined) {
        sum = new Float64Array(dim);
        sums.set(word, sum);
      }
      for (const other of words) {
        const row = rowOf(other);
        if (row === undefined) continue;
        const weight = Math.log(texts.length / (documentFrequency.get(other) ?? 1));
        for (let j = 0; j < dim; j++)
          sum[j] = (sum[j] as number) + weight * (known[row * dim + j] as number);
      }
    }
  }
  const words: string[] = [];
  const rows: Float64Array[] = [];
  for (const [word, sum] of sums) {
    const norm = Math.sqrt(sum.reduce((s, v) => s + v * v, 0));
    if (norm === 0) continue;
    words.push(word);
    rows.push(sum.map((v) => v / norm));
  }
  const values = new Float64Array(words.length * dim);
  rows.forEach((row, i) => values.set(row, i * dim));
  return { words, values };
}
