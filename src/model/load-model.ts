import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { recoverReplacedDirectory } from "../io/replace-directory";
import { removeStaleStaging } from "../io/staging-entries";
import { describeValue, invalidArgument } from "../validate";
import { directoryIOHandler } from "./directory-io-handler";
// The custom layers must be registered before a model that uses them is deserialised.
import "./fast-lstm";
import "./token-embedding";
import "./pretrained-embedding";
import "./l2-normalization";
import "./masked-mean-pooling";
import "./masked-max-pooling";
import "./attention-pooling";

/**
 * Loads a model saved by {@link saveModel} (or any TensorFlow.js layers model directory with
 * `model.json` and its weight files). siamese-lab's layers (TokenEmbedding, FastLSTM,
 * MaskedMeanPooling, L2Normalization) are registered, so encoders and Siamese models load with
 * identical outputs. If `dir` is missing because a save died between its two renames, the
 * previous model it moved aside is loaded instead; staging folders that killed saves left next
 * to `dir` are removed (see `removeStaleStaging`).
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
  const source = path.resolve(dir);
  const stat = await fs.promises.stat(source).catch(() => undefined);
  if (stat === undefined) {
    // A save that died between its two renames left the previous model aside: put it back.
    if (!(await recoverReplacedDirectory(source))) {
      throw invalidArgument(
        fn,
        "dir",
        "a model directory (with model.json)",
        `'${dir}', which does not exist`,
      );
    }
  } else if (!stat.isDirectory()) {
    throw invalidArgument(
      fn,
      "dir",
      "a model directory (with model.json)",
      `'${dir}', which is a file`,
    );
  }
  removeStaleStaging(source);
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
