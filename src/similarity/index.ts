export { l2Normalize } from "./l2-normalize";
export type { L2NormalizeOptions } from "./l2-normalize";
export { cosineSimilarity } from "./cosine-similarity";
export { similarityMatrix } from "./similarity-matrix";
export { pairwiseDistances } from "./pairwise-distances";
export type { PairwiseDistancesOptions } from "./pairwise-distances";
export { DISTANCE_METRICS } from "./distance-metric";
export type { DistanceMetric } from "./distance-metric";
