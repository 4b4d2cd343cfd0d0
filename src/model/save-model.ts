import * as fs from "node:fs";
import * as tf from "@tensorflow/tfjs";
import { replaceDirectory } from "../io/replace-directory";
import { describeValue, invalidArgument } from "../validate";
import { directoryIOHandler } from "./directory-io-handler";

/**
 * Saves a model to a directory as `model.json` + `weights.bin` (the TensorFlow.js layers
 * format), atomically: everything is written and flushed into a new sibling directory
 * (`.saving-<name>-*`), then renamed into place. An interrupted or failed save never leaves a
 * broken model: `dir` keeps the previous model until the new one is complete. (Replacing a
 * directory takes two renames; if the process dies exactly between them, `loadModel` finds the
 * previous model in the `.replaced-<name>-*` sibling.)
 *
 * @param model - the model to save (e.g. from `createTextEncoder` or `createSiameseModel`).
 * @param dir - the model directory; created (with its parents) if missing, replaced if present.
 * @returns resolves when the model is on disk.
 * @throws Error when `model` is not a `tf.LayersModel`, `dir` is not a non-empty path or is an
 *   existing file, or writing fails (the previous model, if any, is then left untouched).
 * @example
 * ```ts
 * await saveModel(encoder, "models/encoder");
 * const same = await loadModel("models/encoder");
 * ```
 */
export async function saveModel(model: tf.LayersModel, dir: string): Promise<void> {
  const fn = "saveModel";
  if (!(model instanceof tf.LayersModel)) {
    throw invalidArgument(fn, "model", "a tf.LayersModel", describeValue(model));
  }
  if (typeof dir !== "string" || dir.trim() === "") {
    throw invalidArgument(fn, "dir", "a non-empty directory path", describeValue(dir));
  }
  const existing = await fs.promises.stat(dir).catch(() => undefined);
  if (existing !== undefined && !existing.isDirectory()) {
    throw invalidArgument(fn, "dir", "a directory path", `'${dir}', which is a file`);
  }
  await replaceDirectory(dir, async (staging) => {
    await model.save(directoryIOHandler(staging, fn));
  });
}
