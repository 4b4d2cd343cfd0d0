import { checkInteger, checkNumber, checkOneOf, invalidArgument } from "../validate";

/** Options of early stopping and best-model selection. */
export interface MonitorOptions {
  /** The metric watched: a key of the validation results, or `'loss'` (epoch mean training loss). */
  readonly metric: string;
  /** Whether larger (`'max'`, e.g. AUC) or smaller (`'min'`, e.g. loss) is better. */
  readonly mode: "max" | "min";
  /** Epochs without improvement before stopping. Default 2. */
  readonly patience?: number;
  /** The smallest change that counts as an improvement. Default 0. */
  readonly minDelta?: number;
}

/** Tracks the best value of a metric over epochs and says when to stop. */
export class MetricMonitor {
  /** The best value seen so far. */
  best: number | undefined;
  /** The epoch of the best value. */
  bestEpoch: number | undefined;
  private readonly patience: number;
  private readonly minDelta: number;
  private epochsWithoutImprovement = 0;

  /**
   * @param options - what to watch; validated here so mistakes surface before training starts.
   */
  constructor(readonly options: MonitorOptions) {
    if (typeof options.metric !== "string" || options.metric === "") {
      throw invalidArgument(
        "train",
        "options.earlyStopping.metric",
        "a metric name",
        String(options.metric),
      );
    }
    checkOneOf("train", "options.earlyStopping.mode", options.mode, ["max", "min"]);
    this.patience = checkInteger("train", "options.earlyStopping.patience", options.patience ?? 2, {
      min: 0,
    });
    this.minDelta = checkNumber("train", "options.earlyStopping.minDelta", options.minDelta ?? 0, {
      min: 0,
    });
  }

  /**
   * Records an epoch's value.
   *
   * @param epoch - the epoch, from 0.
   * @param value - the metric's value after it.
   * @returns whether it is a new best (the caller then saves a checkpoint).
   * @example
   * ```ts
   * const monitor = new MetricMonitor({ metric: "auc", mode: "max", patience: 2 });
   * monitor.observe(0, 0.81); // true
   * monitor.observe(1, 0.8); // false
   * ```
   */
  observe(epoch: number, value: number): boolean {
    const improved =
      this.best === undefined ||
      (this.options.mode === "max"
        ? value > this.best + this.minDelta
        : value < this.best - this.minDelta);
    if (improved) {
      this.best = value;
      this.bestEpoch = epoch;
      this.epochsWithoutImprovement = 0;
    } else {
      this.epochsWithoutImprovement++;
    }
    return improved;
  }

  /** True once `patience` epochs in a row (at least one) brought no improvement. */
  get shouldStop(): boolean {
    return this.epochsWithoutImprovement >= Math.max(1, this.patience);
  }
}
