/**
 * siamese-lab: what the lessons and library users call. Every folder is also an entry point of
 * its own with all of its exports (option types, layers, quiz authoring, ...), for example
 * `import { defineQuiz } from "siamese-lab/quiz"`.
 *
 * @module siamese-lab
 */

// Set up: the backend, seeded randomness.
export { initBackend, backendInfo, wasmThreadCount, type BackendInfo } from "./backend";
export { createRandom, type Random } from "./random";

// Compare embeddings.
export { l2Normalize, cosineSimilarity, similarityMatrix, pairwiseDistances } from "./similarity";
export type { DistanceMetric } from "./similarity";
export type { Labels, TripletIndices } from "./labels";

// Losses, and mining the triplets they learn from.
export { tripletLoss, batchTripletLoss, contrastiveLoss, type Reduction } from "./losses";
export { batchHardTripletLoss, batchSemiHardTripletLoss, batchAllTripletLoss } from "./losses";
export { tripletKind, mineTriplets, type TripletKind } from "./mining";

// Data and text.
export { loadSplit, loadQuestionGroups, loadQuestionPairs, toDataFrame } from "./data";
export { loadQuestionPairSplits, splitQuestionPairs } from "./data";
export { duplicatePairBatches, pkBatches, triplets } from "./data";
export type { CorpusSplit, QuestionGroup, QuestionPair } from "./data";
export { Tokenizer, Vocabulary, encode, pad, tokenJaccard, hashToken, dropTokens } from "./text";
export { WordVectors } from "./embeddings";
export { Lemmatizer } from "./wordnet";

// The model, training, evaluation and the trained detector.
export { createTextEncoder, createSiameseModel, saveModel, loadModel } from "./model";
export { L2Normalization } from "./model";
export { train, pairBatchLoss, labelledBatchLoss, tripletBatchLoss } from "./train";
export {
  ComputeThreadError,
  NonFiniteLossError,
  type BatchLoss,
  type TrainingHistory,
} from "./train";
export { binaryMetrics, bestThreshold, rocCurve, rocAuc, averagePrecision } from "./eval";
export { pairMetrics, evaluateWithTunedThreshold, type TunedPairEvaluation } from "./eval";
export { oneShotAccuracy, TfidfSimilarity, wordNetFeatures } from "./eval";
export { DuplicateDetector } from "./detector";

// Charts and tables in notebooks.
export { show, showTable, loadPlotly, lineChart, barChart, scatterChart, pca2d } from "./viz";
export { heatmapChart, histogramChart, rocChart, confusionMatrixChart } from "./viz";
export { tripletLossChart, type Figure, type ScatterTrace } from "./viz";

// The lessons' quizzes.
export { openQuiz, type QuizSession } from "./quiz";

// The input types that public signatures name (the argument checks themselves stay internal).
export type { MatrixLike, VectorLike } from "./validate";
