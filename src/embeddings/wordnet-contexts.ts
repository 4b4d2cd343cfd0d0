import type { Lemmatizer } from "../wordnet/lemmatizer";
import type { WordNet } from "../wordnet/read-wordnet";
import { SparseMatrixBuilder, type SparseMatrix } from "./sparse-matrix";
import { contentWords } from "./content-words";

/** How much each kind of context counts when word vectors are built from WordNet. */
export interface ContextWeights {
  /**
   * Weight of a sense: `(tagCount + senseSmoothing) / Σ (tagCount' + senseSmoothing)` over the
   * word's senses, from WordNet's sense-tag counts, so "dog" is mostly the animal. With 0,
   * untagged senses get no weight, and a word with no tagged sense weighs its senses alike.
   */
  readonly senseSmoothing: number;
  /** Factor per hypernym level: a sense's hypernym counts this much, its own hypernym this squared. */
  readonly hypernym: number;
  /** How many hypernym levels are followed. */
  readonly hypernymDepth: number;
  /** Synsets linked by similar-to, also-see, derivation, pertainym, attribute or verb group. */
  readonly related: number;
  /** Each content word of a sense's gloss (definition and examples). */
  readonly gloss: number;
  /** The word itself as a gloss-word context, so words defined with it move towards it. */
  readonly self: number;
}

/** The weights `npm run build:vectors` uses, chosen by the word-similarity set. */
export const DEFAULT_CONTEXT_WEIGHTS: ContextWeights = {
  senseSmoothing: 0.5,
  hypernym: 0.7,
  hypernymDepth: 3,
  related: 0.5,
  gloss: 0.1,
  self: 1,
};

/** The word x context matrix and the words of its rows. */
export interface WordContexts {
  /** The word of each row: every single-word WordNet lemma a tokenizer can produce. */
  readonly words: readonly string[];
  /** Weighted counts, [words, contexts]. */
  readonly counts: SparseMatrix;
}

const WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*$/u;
const RELATED = new Set(["&", "^", "+", "\\", "=", "$"]);
const HYPERNYM = new Set(["@", "@i"]);

/**
 * Builds the weighted word x context counts that word vectors are made from. The contexts of a
 * word are, for each of its senses: the synset itself, its hypernyms (three levels), synsets
 * linked to it by similar-to, also-see, derivation, pertainym, attribute or verb-group
 * pointers, and the lemmatised content words of its gloss; plus the word itself as a gloss
 * word. Words in one synset share their synset context, and words of sibling synsets their
 * hypernyms.
 *
 * @param wordnet - the database (`readWordNet`).
 * @param lemmatizer - for gloss words.
 * @param weights - see {@link ContextWeights}.
 * @returns the rows' words and the counts.
 */
export function wordNetContexts(
  wordnet: WordNet,
  lemmatizer: Lemmatizer,
  weights: ContextWeights = DEFAULT_CONTEXT_WEIGHTS,
): WordContexts {
  const words: string[] = [];
  const rowOf = new Map<string, number>();
  const rowFor = (word: string): number => {
    let row = rowOf.get(word);
    if (row === undefined) {
      row = words.length;
      rowOf.set(word, row);
      words.push(word);
    }
    return row;
  };
  const contextIds = new Map<string, number>();
  const context = (name: string): number => {
    let id = contextIds.get(name);
    if (id === undefined) {
      id = contextIds.size;
      contextIds.set(name, id);
    }
    return id;
  };
  const glossWords = new Map<string, string[]>();
  const glossOf = (synset: string): string[] => {
    let list = glossWords.get(synset);
    if (list === undefined) {
      list = [...new Set(contentWords(wordnet.synsets.get(synset)?.gloss ?? "", lemmatizer))];
      glossWords.set(synset, list);
    }
    return list;
  };

  const builder = new SparseMatrixBuilder();
  const lemmas = [...wordnet.senses.keys()].filter((lemma) => WORD.test(lemma)).sort();
  for (const lemma of lemmas) {
    const row = rowFor(lemma);
    const senses = Object.values(wordnet.senses.get(lemma) ?? {}).flat();
    const tagged = senses.map(
      (id) => (wordnet.tagCounts.get(`${lemma} ${id}`) ?? 0) + weights.senseSmoothing,
    );
    const total = tagged.reduce((sum, count) => sum + count, 0);
    senses.forEach((id, index) => {
      // With smoothing 0, a word whose senses were never tagged has total 0: its senses then
      // count alike instead of dividing by zero.
      const weight = total > 0 ? (tagged[index] as number) / total : 1 / senses.length;
      builder.add(row, context(`s:${id}`), weight);
      let level = [id];
      for (let depth = 1; depth <= weights.hypernymDepth; depth++) {
        const next: string[] = [];
        for (const from of level) {
          for (const pointer of wordnet.synsets.get(from)?.pointers ?? []) {
            if (!HYPERNYM.has(pointer.symbol)) continue;
            builder.add(
              row,
              context(`s:${pointer.target}`),
              weight * Math.pow(weights.hypernym, depth),
            );
            next.push(pointer.target);
          }
        }
        level = next;
      }
      for (const pointer of wordnet.synsets.get(id)?.pointers ?? []) {
        if (RELATED.has(pointer.symbol))
          builder.add(row, context(`s:${pointer.target}`), weight * weights.related);
      }
      for (const word of glossOf(id))
        builder.add(row, context(`g:${word}`), weight * weights.gloss);
    });

    builder.add(row, context(`g:${lemma}`), weights.self);
  }
  return { words, counts: builder.build(words.length, contextIds.size) };
}
