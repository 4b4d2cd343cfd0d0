/** A snapshot of training progress, passed to progress reporters after every step. */
export interface ProgressSnapshot {
  /** Steps finished so far (from 1). */
  readonly step: number;
  /** Total steps planned, when known. */
  readonly totalSteps?: number;
  /** Current epoch (from 0) and the planned number of epochs. */
  readonly epoch: number;
  /** Planned number of epochs. */
  readonly epochs: number;
  /** Loss of the last step. */
  readonly loss: number;
  /** Mean loss over the current epoch so far. */
  readonly meanLoss: number;
  /** Steps per second over the run so far. */
  readonly stepsPerSecond: number;
  /** Estimated seconds left, when the total is known. */
  readonly secondsLeft?: number;
  /** The last validation metrics, when there are any. */
  readonly validation?: Readonly<Record<string, number>>;
}

/** Shows training progress somewhere: a terminal, a notebook, a log. */
export interface ProgressReporter {
  /**
   * Called after every step (reporters throttle their own output).
   *
   * @param snapshot - where training stands.
   */
  update(snapshot: ProgressSnapshot): void;
  /**
   * Called after each epoch's validation, with a line worth keeping.
   *
   * @param summary - one line: the epoch, its mean loss, the validation metrics, and whether a
   *   checkpoint was saved.
   * @param snapshot - where training stands at the end of the epoch.
   */
  epochEnd(summary: string, snapshot: ProgressSnapshot): void;
  /**
   * Called once when training ends.
   *
   * @param summary - one line: why training stopped, steps and time, the best epoch if any.
   */
  finish(summary: string): void;
}

/** A reporter that shows nothing. */
export const silentProgress: ProgressReporter = {
  update: () => undefined,
  epochEnd: () => undefined,
  finish: () => undefined,
};
