import type { WordVectorReference } from "../text/vocabulary";
import { WordVectors } from "./word-vectors";

/**
 * Finds the word vectors a saved vocabulary or model names: the shipped ones for `"shipped"`,
 * otherwise the file at `source`; and checks they are the same vectors (SHA-256 of the file).
 *
 * @param reference - `{ source, sha256, count }` as saved.
 * @param who - the caller, for the error message.
 * @returns the vectors.
 * @throws Error when the file is missing or holds other vectors.
 */
export function resolveWordVectors(reference: WordVectorReference, who: string): WordVectors {
  const vectors =
    reference.source === "shipped" ? WordVectors.shipped() : WordVectors.loadSync(reference.source);
  if (vectors.reference.sha256 !== reference.sha256) {
    throw new Error(
      `${who}: the word vectors at ${reference.source} are not the ones it was built with ` +
        `(sha256 ${vectors.reference.sha256.slice(0, 12)}..., expected ` +
        `${reference.sha256.slice(0, 12)}...); rebuild or retrain with the current vectors`,
    );
  }
  return vectors;
}
