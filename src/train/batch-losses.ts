import * as tf from "@tensorflow/tfjs";
import { batchTripletLoss, type BatchTripletLossOptions } from "../losses/batch-triplet-loss";
import { batchAllTripletLoss } from "../losses/batch-all-triplet-loss";
import {
  batchHardTripletLoss,
  type BatchHardTripletLossOptions,
} from "../losses/batch-hard-triplet-loss";
import { batchSemiHardTripletLoss } from "../losses/batch-semi-hard-triplet-loss";
import type { DistanceLossOptions } from "../losses/loss-options";
import { tripletLoss } from "../losses/triplet-loss";
import { checkTensor, describeValue, invalidArgument } from "../validate";
import type { BatchLoss } from "./train";

/** Turns a list of texts into padded token ids `[texts, length]` (e.g. tokenizer + vocabulary + pad). */
export type EncodeTexts = (texts: readonly string[]) => tf.Tensor2D;

/** A batch of duplicate pairs: `positives[i]` asks what `anchors[i]` asks (as `duplicatePairBatches` yields). */
export interface PairBatch {
  /** One question per row. */
  readonly anchors: readonly string[];
  /**
   * A duplicate of the anchor in the same row; as long as `anchors`. The other rows' positives
   * serve as the row's negatives.
   */
  readonly positives: readonly string[];
  /** Optional explicit negatives, one per row (see `duplicatePairBatches`' `hardNegatives`). */
  readonly negatives?: readonly string[];
}

/** A batch of labelled questions (as `pkBatches` yields). */
export interface LabelledBatch {
  /** The questions, one per row. */
  readonly texts: readonly string[];
  /** One integer label per text, as long as `texts`: equal labels mark duplicates (same group). */
  readonly labels: readonly number[];
}

/** A batch of explicit triplets. */
export interface TripletBatch {
  /** One question per row. */
  readonly anchors: readonly string[];
  /** A duplicate of the anchor in the same row; as long as `anchors`. */
  readonly positives: readonly string[];
  /** A question that is not a duplicate of the anchor in the same row; as long as `anchors`. */
  readonly negatives: readonly string[];
}

/**
 * The tower that embeds one input: the model itself when it has one input (the encoder), or
 * the encoder nested inside a two-input Siamese model.
 *
 * @param model - an encoder or a Siamese model.
 * @returns the encoder (the same object, not a copy: its weights are the model's).
 * @throws Error when `model` is not a `tf.LayersModel`, or has several inputs and not exactly
 *   one nested model.
 * @example
 * ```ts
 * towerOf(createSiameseModel(encoder)) === encoder; // true
 * ```
 */
export function towerOf(model: tf.LayersModel): tf.LayersModel {
  return towerIn("towerOf", model);
}

/** {@link towerOf}, with errors naming `fn`. */
function towerIn(fn: string, model: tf.LayersModel): tf.LayersModel {
  if (!(model instanceof tf.LayersModel)) {
    throw invalidArgument(fn, "model", "a tf.LayersModel", describeValue(model));
  }
  if (model.inputs.length === 1) return model;
  const nested = model.layers.filter(
    (layer): layer is tf.LayersModel => layer instanceof tf.LayersModel,
  );
  if (nested.length !== 1) {
    throw invalidArgument(
      fn,
      "model",
      "an encoder (one input) or a Siamese model holding exactly one encoder",
      `a model with ${model.inputs.length} inputs and ${nested.length} nested models`,
    );
  }
  return nested[0] as tf.LayersModel;
}

/**
 * Embeds token ids with the model's shared tower in training mode (`training: true`), for a
 * loss to differentiate.
 *
 * @param model - an encoder or a Siamese model (see {@link towerOf}).
 * @param ids - padded token ids `[batch, length]`: int32, or float32 holding whole numbers.
 * @returns the embeddings `[batch, dim]`.
 * @throws Error when {@link towerOf} finds no single tower, or `ids` is not a rank-2 tensor of
 *   non-negative whole numbers.
 * @example
 * ```ts
 * const v1 = embed(model, encode(batch.anchors)); // [batch, dim]
 * ```
 */
export function embed(model: tf.LayersModel, ids: tf.Tensor2D): tf.Tensor2D {
  const tower = towerIn("embed", model);
  checkTensor("embed", "ids", ids, [null, null]);
  if (ids.dtype !== "int32") {
    // Float ids are fine when whole: the embedding casts them. A fraction would be cut silently.
    const numeric = ids.dtype === "float32" || ids.dtype === "bool";
    const values = numeric ? (ids.dataSync() as Float32Array | Uint8Array) : undefined;
    const bad = values === undefined ? 0 : values.findIndex((v) => !Number.isInteger(v) || v < 0);
    if (bad !== -1) {
      throw invalidArgument(
        "embed",
        "ids",
        "integer token ids (int32, or whole numbers >= 0)",
        values === undefined ? `a ${ids.dtype} tensor` : `${values[bad]} at flat index ${bad}`,
      );
    }
  }
  return tower.apply(ids, { training: true }) as tf.Tensor2D;
}

/**
 * The course's in-batch loss for batches of duplicate pairs: both sides go through the one
 * shared encoder, and {@link batchTripletLoss} compares every anchor with every positive. A
 * batch with `negatives` sends them through the encoder too, as extra negatives of every row.
 *
 * @param options - `encode` plus the options of `batchTripletLoss` (margin 0.25 by default).
 * @returns a loss for {@link train}.
 * @throws Error when `options` is not an object or `options.encode` is not a function.
 * @example
 * ```ts
 * const loss = pairBatchLoss({ encode, margin: 0.25, closestNegative: "hardest" });
 * ```
 */
export function pairBatchLoss(
  options: BatchTripletLossOptions & { readonly encode: EncodeTexts },
): BatchLoss<PairBatch> {
  const { encode, ...lossOptions } = checkEncodeOption("pairBatchLoss", options);
  // The tidy frees the ids and embeddings, also when the loss throws or is called outside train.
  return (model, batch) =>
    tf.tidy(() => {
      const v1 = embed(model, encode(batch.anchors));
      const v2 = embed(model, encode(batch.positives));
      if (batch.negatives === undefined) return batchTripletLoss(v1, v2, lossOptions);
      const v3 = embed(model, encode(batch.negatives));
      return batchTripletLoss(v1, v2, { ...lossOptions, negatives: v3 });
    });
}

/** The options of each label-based loss {@link labelledBatchLoss} can use, by its name. */
export interface LabelledLossOptions {
  /** {@link batchHardTripletLoss}: margin, metric, reduction and `soft`. */
  readonly batchHard: BatchHardTripletLossOptions;
  /** {@link batchSemiHardTripletLoss}: margin, metric and reduction. */
  readonly semiHard: DistanceLossOptions;
  /** {@link batchAllTripletLoss}: margin, metric and reduction. */
  readonly batchAll: DistanceLossOptions;
}

/** The label-based batch losses {@link labelledBatchLoss} can use. */
export type LabelledLossName = keyof LabelledLossOptions;

/**
 * A label-based triplet loss (batch-hard, semi-hard or batch-all) for P x K batches.
 *
 * The options are those of the named loss: `soft` is accepted for `'batchHard'` only (a type
 * error for the others, and an error at run time from JavaScript).
 *
 * @param name - which loss.
 * @param options - `encode` plus the loss's options (margin, metric, reduction, and `soft` for
 *   batch-hard).
 * @returns a loss for {@link train}.
 * @throws Error when `options` is not an object or `options.encode` is not a function.
 * @throws Error when `name` is unknown, or `soft` is given for a loss without a soft margin.
 * @example
 * ```ts
 * const loss = labelledBatchLoss("batchHard", { encode, margin: 0.3, metric: "cosine" });
 * ```
 */
export function labelledBatchLoss<Name extends LabelledLossName>(
  name: Name,
  options: LabelledLossOptions[Name] & { readonly encode: EncodeTexts },
): BatchLoss<LabelledBatch> {
  const fn = "labelledBatchLoss";
  const { encode, ...lossOptions } = checkEncodeOption(fn, options);
  const lossFunctions = {
    batchHard: batchHardTripletLoss,
    semiHard: batchSemiHardTripletLoss,
    batchAll: batchAllTripletLoss,
  } as const;
  if (!Object.prototype.hasOwnProperty.call(lossFunctions, name)) {
    throw invalidArgument(fn, "name", "'batchHard', 'semiHard' or 'batchAll'", String(name));
  }
  if (name !== "batchHard" && (lossOptions as { soft?: unknown }).soft !== undefined) {
    throw invalidArgument(
      fn,
      "options.soft",
      "left out (only 'batchHard' has a soft margin)",
      `soft for '${name}'`,
    );
  }
  // The entry of each name takes that name's options, which is what the cast states.
  const lossFunction = lossFunctions[name] as (
    embeddings: tf.Tensor2D,
    labels: readonly number[],
    options: LabelledLossOptions[Name],
  ) => tf.Scalar;
  const rest = lossOptions as LabelledLossOptions[Name];
  return (model, batch) =>
    tf.tidy(() => lossFunction(embed(model, encode(batch.texts)), batch.labels, rest));
}

/**
 * The FaceNet triplet loss for batches of explicit triplets.
 *
 * @param options - `encode` plus margin, metric and reduction.
 * @returns a loss for {@link train}.
 * @throws Error when `options` is not an object or `options.encode` is not a function.
 * @example
 * ```ts
 * const loss = tripletBatchLoss({ encode, margin: 0.2, metric: "cosine" });
 * ```
 */
export function tripletBatchLoss(
  options: DistanceLossOptions & { readonly encode: EncodeTexts },
): BatchLoss<TripletBatch> {
  const { encode, ...lossOptions } = checkEncodeOption("tripletBatchLoss", options);
  return (model, batch) =>
    tf.tidy(() =>
      tripletLoss(
        embed(model, encode(batch.anchors)),
        embed(model, encode(batch.positives)),
        embed(model, encode(batch.negatives)),
        lossOptions,
      ),
    );
}

/** Checks the options of a batch-loss factory: an object with an `encode` function. */
function checkEncodeOption<T extends { readonly encode: EncodeTexts }>(fn: string, options: T): T {
  if (typeof options !== "object" || options === null) {
    throw invalidArgument(fn, "options", "an object { encode, ... }", describeValue(options));
  }
  if (typeof options.encode !== "function") {
    throw invalidArgument(
      fn,
      "options.encode",
      "a function (texts) => token ids [texts, length]",
      describeValue(options.encode),
    );
  }
  return options;
}
