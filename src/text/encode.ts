import { describeValue, invalidArgument } from "../validate";
import { Vocabulary } from "./vocabulary";

/**
 * Turns texts into id sequences: each text is split by the vocabulary's tokenizer and each
 * token replaced by {@link Vocabulary.idOf} (for a token the vocabulary lacks, its hash
 * bucket's id, or {@link Vocabulary.UNK_ID} when the vocabulary has no buckets).
 * Sequences keep their own lengths; {@link pad} makes a batch tensor of them.
 *
 * @param texts - the texts.
 * @param vocabulary - the vocabulary built from the training texts.
 * @returns one id sequence per text (an empty text gives `[]`).
 * @throws Error when `texts` is not an array of strings or `vocabulary` is not a {@link Vocabulary}.
 * @example
 * ```ts
 * const vocabulary = Vocabulary.build(["how are you", "how old are you"]);
 * encode(["How are they?"], vocabulary); // [[id("how"), id("are"), 1, 1]]: "they", "?" unknown
 * ```
 */
export function encode(texts: readonly string[], vocabulary: Vocabulary): number[][] {
  if (!Array.isArray(texts)) {
    throw invalidArgument("encode", "texts", "an array of strings", describeValue(texts));
  }
  if (!(vocabulary instanceof Vocabulary)) {
    throw invalidArgument("encode", "vocabulary", "a Vocabulary", describeValue(vocabulary));
  }
  return texts.map((text, index) => {
    if (typeof text !== "string") {
      throw invalidArgument(
        "encode",
        "texts",
        "strings only",
        `${describeValue(text)} at index ${index}`,
      );
    }
    return vocabulary.tokenizer.tokenize(text).map((token) => vocabulary.idOf(token));
  });
}
