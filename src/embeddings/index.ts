export { WordVectors, SHIPPED_WORD_VECTORS } from "./word-vectors";
export type { Neighbour, WordVectorsInfo } from "./word-vectors";
export { buildWordVectors } from "./build-word-vectors";
export type { BuildWordVectorsOptions } from "./build-word-vectors";
export { wordNetContexts, DEFAULT_CONTEXT_WEIGHTS } from "./wordnet-contexts";
export type { ContextWeights, WordContexts } from "./wordnet-contexts";
export { ppmi } from "./ppmi";
export { randomizedSvd } from "./randomized-svd";
export type { RandomizedSvdOptions, TruncatedSvd } from "./randomized-svd";
export { SparseMatrixBuilder } from "./sparse-matrix";
export type { SparseMatrix } from "./sparse-matrix";
export {
  evaluateWordSimilarity,
  loadWordSimilarity,
  spearman,
  WORD_SIMILARITY_SET,
} from "./word-similarity";
export type { WordSimilarityPair, WordSimilarityResult } from "./word-similarity";
export { resolveWordVectors } from "./resolve-word-vectors";
export { corpusWordVectors } from "./corpus-word-vectors";
export type { CorpusWordVectors } from "./corpus-word-vectors";
export { contentWords } from "./content-words";
export { STOP_WORDS } from "./stop-words";
