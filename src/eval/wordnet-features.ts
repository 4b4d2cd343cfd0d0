import { STOP_WORDS } from "../embeddings/stop-words";
import { Lemmatizer } from "../wordnet/lemmatizer";
import { readWordNet } from "../wordnet/read-wordnet";

/**
 * Turns words into words plus WordNet concepts, for the second lexical baseline: each content
 * word (not a function word) adds the first (most frequent) synset of each part of speech its
 * lemma has, and those synsets' direct hypernyms. "purchase" and "buy" then share a feature, as
 * do "sedan" and "car" (through "car" as the hypernym of "sedan").
 *
 * @returns a features function for {@link TfidfSimilarity.fit}; it reads WordNet on first use
 *   (about two seconds).
 * @example
 * ```ts
 * const lexical = TfidfSimilarity.fit(trainQuestions, undefined, wordNetFeatures());
 * lexical.similarity("Where can I buy a sedan?", "Where do I purchase a car?"); // > 0
 * ```
 */
export function wordNetFeatures(): (tokens: string[]) => string[] {
  const wordnet = readWordNet();
  const lemmatizer = Lemmatizer.wordNet();
  const cache = new Map<string, string[]>();
  const concepts = (word: string): string[] => {
    let list = cache.get(word);
    if (list !== undefined) return list;
    list = [];
    if (!STOP_WORDS.has(word)) {
      const senses = wordnet.senses.get(lemmatizer.lemmatize(word)) ?? {};
      for (const ids of Object.values(senses)) {
        const first = ids[0];
        if (first === undefined) continue;
        list.push(`wn:${first}`);
        for (const pointer of wordnet.synsets.get(first)?.pointers ?? []) {
          if (pointer.symbol === "@" || pointer.symbol === "@i") list.push(`wn:${pointer.target}`);
        }
      }
    }
    cache.set(word, list);
    return list;
  };
  return (tokens) => [...tokens, ...tokens.flatMap(concepts)];
}
