/** Why a training run ended. */
export type StopReason = "completed" | "earlyStopping" | "aborted" | "maxSteps";

/** What one epoch produced. */
export interface EpochRecord {
  /** Epoch number, from 0. */
  readonly epoch: number;
  /** Mean training loss over the epoch's steps. */
  readonly meanLoss: number;
  /** Validation metrics computed at the end of the epoch (empty without validation). */
  readonly validation: Readonly<Record<string, number>>;
  /** Wall-clock seconds the epoch took, validation included. */
  readonly seconds: number;
}

/** The record of a training run, returned by {@link train}. */
export interface TrainingHistory {
  /** Training loss of every step, in order. */
  readonly losses: readonly number[];
  /** One record per finished epoch. */
  readonly epochs: readonly EpochRecord[];
  /** Steps taken. */
  readonly steps: number;
  /** Wall-clock seconds of the whole run. */
  readonly seconds: number;
  /** Why the run ended. */
  readonly stopReason: StopReason;
  /** The epoch with the best monitored value, when one was monitored. */
  readonly bestEpoch?: number;
  /** The best monitored value, when one was monitored. */
  readonly bestValue?: number;
  /** Where the best model was saved, when checkpointing was on. */
  readonly checkpointDir?: string;
  /** Threads the WASM backend computed with (see `initBackend({ threads })`); absent elsewhere. */
  readonly threads?: number;
}
