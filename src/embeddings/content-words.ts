import { Tokenizer } from "../text/tokenizer";
import type { Lemmatizer } from "../wordnet/lemmatizer";
import { STOP_WORDS } from "./stop-words";

const TOKENS = new Tokenizer({ lowercase: true, punctuation: "drop" });

/**
 * The content words of a text, lemmatised: lower-cased words without punctuation, function
 * words ({@link STOP_WORDS}) and bare numbers. What glosses and questions contribute as
 * contexts when word vectors are built.
 *
 * @param text - any text.
 * @param lemmatizer - maps each word to its lemma.
 * @returns the words in reading order (repeats kept).
 */
export function contentWords(text: string, lemmatizer: Lemmatizer): string[] {
  return TOKENS.tokenize(text)
    .map((token) => lemmatizer.lemmatize(token))
    .filter((token) => !STOP_WORDS.has(token) && !/^\d+$/.test(token));
}
