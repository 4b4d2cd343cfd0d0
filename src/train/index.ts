export { train, NonFiniteLossError, ComputeThreadError } from "./train";
export type { TrainOptions, BatchLoss, CheckpointOptions } from "./train";
export type { TrainingHistory, EpochRecord, StopReason } from "./training-history";
export { MetricMonitor } from "./early-stopping";
export type { MonitorOptions } from "./early-stopping";
export { pairBatchLoss, labelledBatchLoss, tripletBatchLoss, towerOf, embed } from "./batch-losses";
export type {
  EncodeTexts,
  PairBatch,
  LabelledBatch,
  TripletBatch,
  LabelledLossName,
  LabelledLossOptions,
} from "./batch-losses";
export { terminalProgress } from "./progress/terminal-progress";
export type { TextStream } from "./progress/terminal-progress";
export { notebookProgress } from "./progress/notebook-progress";
export type { UpdatableDisplay } from "./progress/notebook-progress";
export { silentProgress } from "./progress/progress-reporter";
export type { ProgressReporter, ProgressSnapshot } from "./progress/progress-reporter";
export type { ProgressOption } from "./progress/auto-progress";
export { formatDuration } from "./progress/format-progress";
