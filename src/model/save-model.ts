import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { describeValue, invalidArgument } from "../validate";
import { directoryIOHandler } from "./directory-io-handler";

/** Prefix of the sibling directory a save writes into before it is renamed into place. */
export const SAVING_PREFIX = ".saving-";
/** Prefix of the sibling directory the previous model is moved to during the swap. */
export const REPLACED_PREFIX = ".replaced-";

/** fsync a directory so that renames inside it survive a power cut (best effort). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.promises.open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}

async function exists(target: string): Promise<boolean> {
  try {
    await fs.promises.lstat(target);
    return true;
  } catch {
    return false;
  }
}

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
 * @throws Error when `model` is not a `tf.LayersModel`, `dir` is not a non-empty path, or
 *   writing fails (the previous model, if any, is then left untouched).
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
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  await fs.promises.mkdir(parent, { recursive: true });
  const staging = await fs.promises.mkdtemp(path.join(parent, `${SAVING_PREFIX}${name}-`));
  let replaced: string | undefined;
  try {
    await model.save(directoryIOHandler(staging, fn));
    await syncDirectory(staging);
    if (await exists(target)) {
      replaced = await fs.promises.mkdtemp(path.join(parent, `${REPLACED_PREFIX}${name}-`));
      await fs.promises.rm(replaced, { recursive: true });
      await fs.promises.rename(target, replaced);
    }
    await fs.promises.rename(staging, target);
    await syncDirectory(parent);
  } catch (error) {
    if (replaced !== undefined && !(await exists(target))) {
      await fs.promises.rename(replaced, target).catch(() => undefined);
      replaced = undefined;
    }
    await fs.promises.rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (replaced !== undefined) await fs.promises.rm(replaced, { recursive: true, force: true });
}
