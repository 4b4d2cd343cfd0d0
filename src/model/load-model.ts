import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { describeValue, invalidArgument } from "../validate";
import { directoryIOHandler, MODEL_JSON } from "./directory-io-handler";
// The custom layers must be registered before a model that uses them is deserialised.
import "./fast-lstm";
import "./token-embedding";
import "./l2-normalization";
import "./masked-mean-pooling";
import { REPLACED_PREFIX } from "./save-model";

/** A previous model left by a save that died between its two renames, newest first. */
async function replacedModel(target: string): Promise<string | undefined> {
  const parent = path.dirname(target);
  const prefix = `${REPLACED_PREFIX}${path.basename(target)}-`;
  let entries: string[];
  try {
    entries = await fs.promises.readdir(parent);
  } catch {
    return undefined;
  }
  const candidates: { dir: string; time: number }[] = [];
  for (const entry of entries.filter((e) => e.startsWith(prefix))) {
    const dir = path.join(parent, entry);
    try {
      const stat = await fs.promises.stat(path.join(dir, MODEL_JSON));
      candidates.push({ dir, time: stat.mtimeMs });
    } catch {
      // Not a complete model.
    }
  }
  candidates.sort((a, b) => b.time - a.time);
  return candidates[0]?.dir;
}

/**
 * Loads a model saved by {@link saveModel} (or any TensorFlow.js layers model directory with
 * `model.json` and its weight files). siamese-lab's layers (FastLSTM, MaskedMeanPooling,
 * L2Normalization) are registered, so encoders and Siamese models load with identical outputs.
 * If `dir` is missing because a save died between its two renames, the previous model it moved
 * aside is loaded instead.
 *
 * @param dir - the model directory.
 * @returns the model, ready for `predict` or further training.
 * @throws Error naming the path when the directory or `model.json` is missing, `model.json` is
 *   not valid, or a weights file is missing or has the wrong size.
 * @example
 * ```ts
 * const encoder = await loadModel("models/encoder");
 * const v = encoder.predict(ids) as tf.Tensor2D;
 * ```
 */
export async function loadModel(dir: string): Promise<tf.LayersModel> {
  const fn = "loadModel";
  if (typeof dir !== "string" || dir.trim() === "") {
    throw invalidArgument(fn, "dir", "a non-empty directory path", describeValue(dir));
  }
  let source = path.resolve(dir);
  let stat: fs.Stats | undefined;
  try {
    stat = await fs.promises.stat(source);
  } catch {
    stat = undefined;
  }
  if (stat === undefined) {
    const previous = await replacedModel(source);
    if (previous === undefined) {
      throw invalidArgument(
        fn,
        "dir",
        "a model directory (with model.json)",
        `'${dir}', which does not exist`,
      );
    }
    source = previous;
  } else if (!stat.isDirectory()) {
    throw invalidArgument(
      fn,
      "dir",
      "a model directory (with model.json)",
      `'${dir}', which is a file`,
    );
  }
  try {
    return await tf.loadLayersModel(directoryIOHandler(source, fn));
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(
      message.startsWith(`${fn}:`)
        ? message
        : `${fn}: cannot load the model in '${dir}': ${message}`,
    );
  }
}
