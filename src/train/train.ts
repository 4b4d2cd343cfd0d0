import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { wasmThreadCount, wasmThreadFailure } from "../backend";
import { markEngine, restoreEngine } from "../backend/engine-mark";
import { claimStagingPath, releaseStagingPath } from "../io/staging-entries";
import { createRandom } from "../random";
import { checkInteger, checkNumber, describeValue, invalidArgument } from "../validate";
import { MetricMonitor, type MonitorOptions } from "./early-stopping";
import { resolveProgress, type ProgressOption } from "./progress/auto-progress";
import { formatDuration } from "./progress/format-progress";
import type { ProgressSnapshot } from "./progress/progress-reporter";
import type { EpochRecord, StopReason, TrainingHistory } from "./training-history";

/** Computes the loss of one batch with the model's current weights (called inside a gradient tape). */
export type BatchLoss<B> = (model: tf.LayersModel, batch: B) => tf.Scalar;

/** Where checkpoints go and how they are written. */
export interface CheckpointOptions {
  /** The directory that always holds the best model so far (replaced atomically). */
  readonly dir: string;
  /**
   * Writes the model to a directory. It must be atomic (write elsewhere, then rename) so that an
   * interrupted run never leaves a broken checkpoint; siamese-lab's `saveModel` is.
   */
  readonly save: (model: tf.LayersModel, dir: string) => Promise<void>;
}

/** Everything {@link train} is told by its caller. */
export interface TrainOptions<B> {
  /** The model to train: the Siamese model or the encoder it shares between its towers. */
  readonly model: tf.LayersModel;
  /**
   * The batches of one epoch. Called at the start of every epoch with the epoch number and a
   * seed derived from `seed`, so each epoch can shuffle differently but reproducibly. Batches
   * are plain data (texts, ids); the loss turns them into tensors inside the gradient scope,
   * so nothing leaks. Return an array to let progress show a total and time left.
   */
  readonly batches: (epoch: number, seed: number) => Iterable<B>;
  /** The loss of a batch; see `pairBatchLoss`, `labelledBatchLoss`, `tripletBatchLoss`. */
  readonly loss: BatchLoss<B>;
  /** Passes over the batches. Default 1. */
  readonly epochs?: number;
  /** Stop after this many steps in total (the run then ends with `stopReason: 'maxSteps'`). */
  readonly maxSteps?: number;
  /** The optimizer. Default Adam with `learningRate`. */
  readonly optimizer?: tf.Optimizer;
  /** A constant, or a schedule from the step number (from 0). Default 1e-3. */
  readonly learningRate?: number | ((step: number) => number);
  /** Computes validation metrics at the end of every epoch, e.g. `{ auc: 0.91 }`. */
  readonly validate?: (
    model: tf.LayersModel,
  ) => Promise<Record<string, number>> | Record<string, number>;
  /** Stop when the monitored metric stops improving. */
  readonly earlyStopping?: MonitorOptions;
  /**
   * Keep the best model on disk. "Best" is judged by `earlyStopping`'s metric when given, else
   * by the epoch's mean training loss.
   */
  readonly checkpoint?: CheckpointOptions;
  /** Seed for the per-epoch batch order. Default 0. */
  readonly seed?: number;
  /** Where progress goes. Default `'auto'` (notebook display, or terminal). */
  readonly progress?: ProgressOption;
  /** Called after every step; may be async. */
  readonly onStep?: (snapshot: ProgressSnapshot) => void | Promise<void>;
  /** Called after every epoch (after validation and checkpointing); may be async. */
  readonly onEpochEnd?: (record: EpochRecord) => void | Promise<void>;
  /** Aborting it stops training after the current step; the history says `'aborted'`. */
  readonly signal?: AbortSignal;
}

/** The sentence a training error ends with when a checkpoint was saved, else nothing. */
function checkpointKept(history: TrainingHistory): string {
  return history.checkpointDir === undefined
    ? ""
    : ` The last good checkpoint is kept in ${history.checkpointDir}.`;
}

/** Thrown when a step produces a NaN or infinite loss or gradient. */
export class NonFiniteLossError extends Error {
  /**
   * @param step - the step (from 1) whose loss or gradient was not finite.
   * @param value - the offending value.
   * @param history - what was trained before it happened.
   */
  constructor(
    readonly step: number,
    readonly value: number,
    readonly history: TrainingHistory,
  ) {
    super(
      `train: step ${step} gave a non-finite loss or gradient (${value}); the update was not applied and training stopped.` +
        ` Try a lower learning rate, or check the batch for empty inputs.${checkpointKept(history)}`,
    );
    this.name = "NonFiniteLossError";
  }
}

/**
 * Thrown when one of the WASM backend's compute threads stopped (see `initBackend({ threads })`):
 * the next step would wait forever for its share of the work, so training stops before it.
 */
export class ComputeThreadError extends Error {
  /**
   * @param step - the step (from 1) that was about to run.
   * @param why - how the thread stopped.
   * @param history - what was trained before it happened.
   */
  constructor(
    readonly step: number,
    why: string,
    readonly history: TrainingHistory,
  ) {
    super(
      `train: a compute thread of the WASM backend stopped (${why}) before step ${step}; training stopped.` +
        ` Restart the process (SIAMESE_WASM_THREADS=1 runs without extra threads).${checkpointKept(history)}`,
    );
    this.name = "ComputeThreadError";
  }
}

/**
 * Trains a model by gradient descent on batches, with progress, validation, early stopping,
 * best-model checkpoints and a guard against divergence.
 *
 * Each step computes the batch loss and its gradient with respect to the model's trainable
 * weights, checks both are finite (else it stops with {@link NonFiniteLossError} without
 * applying the update), and lets the optimizer update the weights. No tensor outlives its step,
 * also when the step fails.
 *
 * Before the first step, the checkpoint folder is checked to be writable (a problem there is
 * reported at once, not after the first epoch), and every step checks that the loss returned
 * a float32 scalar tensor computed from the model's weights.
 *
 * @param options - see {@link TrainOptions}.
 * @returns the typed history: loss per step, metrics per epoch, time, why it stopped.
 * @throws Error for invalid options (`train: argument 'options.checkpoint.dir' must be ...`),
 *   a loss that is not a scalar tensor or not connected to the weights
 *   (`train: argument 'options.loss' must be ...`); {@link NonFiniteLossError} when the loss
 *   diverges. Errors the loss function itself throws are passed on.
 * @example
 * ```ts
 * const history = await train({
 *   model: encoder,
 *   batches: (epoch, seed) => [...duplicatePairBatches(groups, { batchSize: 64, seed })],
 *   loss: pairBatchLoss({ encode: (texts) => pipeline.encode(texts), margin: 0.25 }),
 *   epochs: 3,
 * });
 * ```
 */
export async function train<B>(options: TrainOptions<B>): Promise<TrainingHistory> {
  const fn = "train";
  if (!(options.model instanceof tf.LayersModel)) {
    throw invalidArgument(fn, "options.model", "a tf.LayersModel", String(options.model));
  }
  if (typeof options.batches !== "function")
    throw invalidArgument(
      fn,
      "options.batches",
      "a function (epoch, seed) => batches",
      typeof options.batches,
    );
  if (typeof options.loss !== "function")
    throw invalidArgument(
      fn,
      "options.loss",
      "a function (model, batch) => scalar",
      typeof options.loss,
    );
  const epochs = checkInteger(fn, "options.epochs", options.epochs ?? 1, { min: 1 });
  if (options.checkpoint !== undefined) checkCheckpoint(fn, options.checkpoint);
  const maxSteps =
    options.maxSteps === undefined
      ? Infinity
      : checkInteger(fn, "options.maxSteps", options.maxSteps, { min: 1 });
  const schedule = learningRateSchedule(options.learningRate ?? 1e-3);
  const optimizer = options.optimizer ?? tf.train.adam(schedule(0));
  const monitor =
    options.earlyStopping === undefined ? undefined : new MetricMonitor(options.earlyStopping);
  const bestModel =
    monitor ??
    (options.checkpoint === undefined
      ? undefined
      : new MetricMonitor({ metric: "loss", mode: "min" }));
  const progress = resolveProgress(options.progress);
  const variables = options.model.trainableWeights.map((w) => w.read() as tf.Variable);
  if (variables.length === 0)
    throw invalidArgument(fn, "options.model", "a model with trainable weights", "none");
  const epochSeeds = createRandom(options.seed ?? 0);

  const started = performance.now();
  const losses: number[] = [];
  const records: EpochRecord[] = [];
  let stopReason: StopReason = "completed";
  let lastValidation: Record<string, number> | undefined;
  const history = (): TrainingHistory => ({
    losses,
    epochs: records,
    steps: losses.length,
    seconds: (performance.now() - started) / 1000,
    stopReason,
    ...(bestModel?.bestEpoch === undefined
      ? {}
      : { bestEpoch: bestModel.bestEpoch, bestValue: bestModel.best as number }),
    ...(options.checkpoint !== undefined && bestModel?.bestEpoch !== undefined
      ? { checkpointDir: options.checkpoint.dir }
      : {}),
    ...(tf.getBackend() === "wasm" ? { threads: wasmThreadCount() } : {}),
  });

  try {
    epochLoop: for (let epoch = 0; epoch < epochs; epoch++) {
      const epochStarted = performance.now();
      const batches = options.batches(epoch, epochSeeds.fork());
      const perEpoch = Array.isArray(batches) ? batches.length : undefined;
      let epochLossSum = 0;
      let epochSteps = 0;
      for (const batch of batches) {
        if (options.signal?.aborted === true) {
          stopReason = "aborted";
          break epochLoop;
        }
        const step = losses.length;
        const threadFailure = tf.getBackend() === "wasm" ? wasmThreadFailure() : undefined;
        if (threadFailure !== undefined)
          throw new ComputeThreadError(step + 1, threadFailure, history());
        setLearningRate(optimizer, schedule(step));
        const loss = trainStep(optimizer, variables, step + 1, () =>
          options.loss(options.model, batch),
        );
        if (!Number.isFinite(loss)) throw new NonFiniteLossError(step + 1, loss, history());
        losses.push(loss);
        epochLossSum += loss;
        epochSteps++;

        const elapsed = (performance.now() - started) / 1000;
        const totalSteps =
          perEpoch === undefined ? undefined : Math.min(perEpoch * epochs, maxSteps);
        const snapshot: ProgressSnapshot = {
          step: losses.length,
          ...(totalSteps === undefined
            ? {}
            : {
                totalSteps,
                secondsLeft: ((totalSteps - losses.length) * elapsed) / losses.length,
              }),
          epoch,
          epochs,
          loss,
          meanLoss: epochLossSum / epochSteps,
          stepsPerSecond: losses.length / Math.max(elapsed, 1e-9),
          ...(lastValidation === undefined ? {} : { validation: lastValidation }),
        };
        progress.update(snapshot);
        await options.onStep?.(snapshot);
        // Yield so that notebook displays flush and signal handlers (Ctrl-C) get to run.
        await new Promise((resolve) => setImmediate(resolve));
        if (losses.length >= maxSteps) {
          stopReason = "maxSteps";
          break;
        }
      }
      if (epochSteps === 0) {
        throw invalidArgument(
          fn,
          "options.batches",
          `at least one batch in epoch ${epoch}`,
          "none",
        );
      }

      const validation =
        options.validate === undefined ? {} : await options.validate(options.model);
      lastValidation = validation;
      const meanLoss = epochLossSum / epochSteps;
      const monitored =
        bestModel === undefined
          ? undefined
          : monitoredValue(bestModel.options.metric, meanLoss, validation);
      const improved =
        bestModel !== undefined && monitored !== undefined && bestModel.observe(epoch, monitored);
      if (improved && options.checkpoint !== undefined)
        await options.checkpoint.save(options.model, options.checkpoint.dir);
      const record: EpochRecord = {
        epoch,
        meanLoss,
        validation,
        seconds: (performance.now() - epochStarted) / 1000,
      };
      records.push(record);
      progress.epochEnd(
        describeEpoch(record, epochs, improved && options.checkpoint !== undefined),
        {
          step: losses.length,
          epoch,
          epochs,
          loss: losses[losses.length - 1] as number,
          meanLoss,
          stepsPerSecond: losses.length / ((performance.now() - started) / 1000),
          validation,
        },
      );
      await options.onEpochEnd?.(record);
      if (stopReason === "maxSteps") break;
      if (monitor?.shouldStop === true) {
        stopReason = "earlyStopping";
        break;
      }
    }
  } finally {
    // An optimizer made here holds slot variables (Adam's moments): free them however the run ends.
    if (options.optimizer === undefined) optimizer.dispose();
  }
  const result = history();
  progress.finish(
    `Training ${stopReason === "completed" ? "finished" : `stopped (${stopReason})`}: ${result.steps} steps in ${formatDuration(result.seconds)}` +
      (result.bestEpoch === undefined
        ? ""
        : `, best epoch ${result.bestEpoch + 1} (${bestModel?.options.metric} ${result.bestValue?.toFixed(4)})`),
  );
  return result;
}

/** One optimisation step; returns the loss, or a non-finite number when the update was skipped. */
function trainStep(
  optimizer: tf.Optimizer,
  variables: tf.Variable[],
  step: number,
  lossOf: () => tf.Scalar,
): number {
  const mark = markEngine();
  let computed: { value: tf.Scalar; grads: tf.NamedTensorMap };
  try {
    // The tidy frees what a failing gradient computation leaves (tfjs drops its result when the
    // loss has no path to the weights); restoreEngine drops the tape a throwing loss leaves.
    computed = tf.tidy(() => tf.variableGrads(() => checkedLoss(lossOf(), step), variables));
  } catch (error) {
    restoreEngine(mark);
    throw lossError(error, step);
  }
  const { value, grads } = computed;
  try {
    const [loss, gradientNorm] = tf.tidy(() => {
      const squares = Object.values(grads).map((g) => tf.sum(tf.square(g)));
      return [value.dataSync()[0] as number, tf.addN(squares).dataSync()[0] as number];
    });
    if (!Number.isFinite(loss)) return loss;
    if (!Number.isFinite(gradientNorm)) return gradientNorm;
    optimizer.applyGradients(grads);
    return loss;
  } finally {
    tf.dispose([value, ...Object.values(grads)]);
  }
}

/** What a loss function must return: a float32 scalar tensor. */
function checkedLoss(value: unknown, step: number): tf.Scalar {
  const expected = "a function returning the batch loss as a float32 scalar tf.Tensor";
  if (!(value instanceof tf.Tensor)) {
    const shown =
      typeof value === "number"
        ? `the number ${value} (wrap it: tf.scalar(...))`
        : describeValue(value);
    throw invalidArgument(
      "train",
      "options.loss",
      expected,
      `one returning ${shown} at step ${step}`,
    );
  }
  const loss = value as tf.Tensor;
  if (loss.rank !== 0) {
    throw invalidArgument(
      "train",
      "options.loss",
      expected,
      `one returning a tensor of shape [${loss.shape.join(", ")}] at step ${step} (reduce it with tf.mean or tf.sum)`,
    );
  }
  if (loss.dtype !== "float32") {
    throw invalidArgument(
      "train",
      "options.loss",
      expected,
      `one returning a ${loss.dtype} scalar at step ${step} (it has no gradient)`,
    );
  }
  return loss as tf.Scalar;
}

/** The error to report for a failed gradient computation: a loss not computed from the weights is named. */
function lossError(error: unknown, step: number): unknown {
  const message = error instanceof Error ? error.message : "";
  if (!/Cannot find a connection between any variable and the result of the loss/.test(message)) {
    return error;
  }
  return invalidArgument(
    "train",
    "options.loss",
    "a loss computed from the model's weights (call the model on the batch inside the loss function)",
    `one with no path to any trainable weight of options.model at step ${step}`,
  );
}

/** Checks the checkpoint options, and that the checkpoint folder can be written, before any step. */
function checkCheckpoint(fn: string, checkpoint: CheckpointOptions): void {
  if (typeof checkpoint !== "object" || checkpoint === null) {
    throw invalidArgument(
      fn,
      "options.checkpoint",
      "an object { dir, save }",
      describeValue(checkpoint),
    );
  }
  if (typeof checkpoint.save !== "function") {
    throw invalidArgument(
      fn,
      "options.checkpoint.save",
      "a function (model, dir) => Promise, such as saveModel",
      describeValue(checkpoint.save),
    );
  }
  const dir = checkpoint.dir;
  const expected = "a folder path that can be written";
  if (typeof dir !== "string" || dir.trim() === "") {
    throw invalidArgument(fn, "options.checkpoint.dir", expected, describeValue(dir));
  }
  let isFile = false;
  // A checkpoint is written next to the folder, then renamed into place: try exactly that.
  let probe: string | undefined;
  try {
    isFile = fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false;
    if (!isFile) {
      fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
      probe = claimStagingPath(dir, "saving");
      fs.mkdirSync(probe);
      fs.rmdirSync(probe);
    }
  } catch (error) {
    throw invalidArgument(
      fn,
      "options.checkpoint.dir",
      expected,
      `'${dir}', where writing fails (${(error as Error).message})`,
    );
  } finally {
    if (probe !== undefined) releaseStagingPath(probe);
  }
  if (isFile) {
    throw invalidArgument(fn, "options.checkpoint.dir", expected, `'${dir}', which is a file`);
  }
}

function learningRateSchedule(rate: number | ((step: number) => number)): (step: number) => number {
  if (typeof rate === "function") {
    return (step) => checkNumber("train", `options.learningRate(${step})`, rate(step), { min: 0 });
  }
  const constant = checkNumber("train", "options.learningRate", rate, { min: 0 });
  return () => constant;
}

/** tfjs optimizers read their `learningRate` field at every update, so a schedule can set it. */
function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  const target = optimizer as unknown as { learningRate?: number };
  if (typeof target.learningRate === "number") target.learningRate = rate;
}

function monitoredValue(
  metric: string,
  meanLoss: number,
  validation: Record<string, number>,
): number {
  if (metric === "loss") return meanLoss;
  const value = validation[metric];
  if (value === undefined) {
    throw invalidArgument(
      "train",
      "options.earlyStopping.metric",
      `'loss' or one of the validation metrics (${Object.keys(validation).join(", ") || "none: pass options.validate"})`,
      `'${metric}'`,
    );
  }
  return value;
}

function describeEpoch(record: EpochRecord, epochs: number, saved: boolean): string {
  const metrics = Object.entries(record.validation)
    .map(([name, value]) => `${name} ${value.toFixed(4)}`)
    .join(", ");
  return (
    `epoch ${record.epoch + 1}/${epochs}: loss ${record.meanLoss.toFixed(4)}` +
    (metrics === "" ? "" : `, validation ${metrics}`) +
    `, ${formatDuration(record.seconds)}` +
    (saved ? " (best so far: checkpoint saved)" : "")
  );
}
