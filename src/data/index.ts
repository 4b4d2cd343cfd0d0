export { SPLITS, isSplit } from "./split";
export type { Split } from "./split";
export type { QuestionPair, SkippedRow } from "./question-pair";
export type { QuestionGroup, GroupLike } from "./question-group";
export { QuestionPairsFormatError } from "./question-pairs-format-error";
export { readQuestionPairs, QUESTION_PAIR_COLUMNS } from "./read-question-pairs";
export type { QuestionPairsReadOptions, ReadQuestionPairsOptions } from "./read-question-pairs";
export { loadQuestionPairs } from "./load-question-pairs";
export type { LoadQuestionPairsOptions, QuestionPairsLoadResult } from "./load-question-pairs";
export type { Delimiter } from "./delimited-records";
export { corpusDirectory } from "./corpus-directory";
export { loadQuestionGroups } from "./load-question-groups";
export type { LoadQuestionGroupsOptions } from "./load-question-groups";
export { loadSplit } from "./load-split";
export type { CorpusSplit, LoadSplitOptions } from "./load-split";
export { toDataFrame } from "./to-data-frame";
export { duplicatePairBatches } from "./duplicate-pair-batches";
export type { DuplicatePairBatch, DuplicatePairBatchesOptions } from "./duplicate-pair-batches";
export { pkBatches } from "./pk-batches";
export type { PkBatch, PkBatchesOptions } from "./pk-batches";
export { triplets } from "./triplets";
export type { Triplet, TripletsOptions } from "./triplets";
export { splitQuestionPairs } from "./split-question-pairs";
export { loadQuestionPairSplits } from "./load-question-pair-splits";
export type {
  LoadQuestionPairSplitsOptions,
  LoadedQuestionPairSplits,
} from "./load-question-pair-splits";
export { QuestionPairSplitter } from "./question-pair-splitter";
export type {
  PairSplitName,
  SplitFractions,
  SplitQuestionPairsOptions,
  QuestionPairSplitPart,
  QuestionPairSplits,
} from "./question-pair-splitter";
