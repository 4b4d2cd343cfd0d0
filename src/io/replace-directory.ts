import * as fs from "node:fs";
import * as path from "node:path";
import { describeValue, invalidArgument } from "../validate";

/** Prefix of the sibling directory a replacement is written into before it is renamed into place. */
export const STAGING_PREFIX = ".saving-";
/** Prefix of the sibling directory the previous contents are moved to during the swap. */
export const REPLACED_PREFIX = ".replaced-";

/**
 * Replaces a directory's contents atomically: `fill` writes the new contents into a fresh
 * sibling directory (`.saving-<name>-*`), which is flushed and then renamed into place. An
 * interrupted or failed write never leaves a half-written directory: `dir` keeps its previous
 * contents until the new ones are complete. (Replacing takes two renames; if the process dies
 * exactly between them, the previous contents are in the `.replaced-<name>-*` sibling, which
 * {@link recoverReplacedDirectory} puts back.)
 *
 * @param dir - the directory to create or replace (its parents are created).
 * @param fill - writes the new contents into the staging directory it is given.
 * @returns resolves when the new contents are in place.
 * @throws Error when `dir` is not a non-empty path or `fill` or a rename fails (the previous
 *   contents are then left in place).
 * @example
 * ```ts
 * await replaceDirectory("models/detector", async (staging) => {
 *   await fs.promises.writeFile(path.join(staging, "detector.json"), json);
 * });
 * ```
 */
export async function replaceDirectory(
  dir: string,
  fill: (staging: string) => Promise<void>,
): Promise<void> {
  if (typeof dir !== "string" || dir.trim() === "") {
    throw invalidArgument(
      "replaceDirectory",
      "dir",
      "a non-empty directory path",
      describeValue(dir),
    );
  }
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  await fs.promises.mkdir(parent, { recursive: true });
  const staging = await fs.promises.mkdtemp(path.join(parent, `${STAGING_PREFIX}${name}-`));
  let replaced: string | undefined;
  try {
    // mkdtemp makes a private (0700) folder; the result should be readable like any other.
    await fs.promises.chmod(staging, 0o755);
    await fill(staging);
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

/**
 * Puts back the previous contents of `dir` when a {@link replaceDirectory} died between its two
 * renames (so `dir` is missing but a `.replaced-<name>-*` sibling exists).
 *
 * @param dir - the directory that should exist.
 * @returns whether anything was recovered.
 * @example
 * ```ts
 * if (await recoverReplacedDirectory("models/question-duplicates")) console.log("restored");
 * ```
 */
export async function recoverReplacedDirectory(dir: string): Promise<boolean> {
  const target = path.resolve(dir);
  if (await exists(target)) return false;
  const parent = path.dirname(target);
  const prefix = `${REPLACED_PREFIX}${path.basename(target)}-`;
  let siblings: string[];
  try {
    siblings = await fs.promises.readdir(parent);
  } catch {
    return false;
  }
  const candidates = siblings.filter((entry) => entry.startsWith(prefix));
  if (candidates.length === 0) return false;
  // The newest is the one moved aside last.
  const stats = await Promise.all(
    candidates.map(async (entry) => ({
      entry,
      stat: await fs.promises.stat(path.join(parent, entry)),
    })),
  );
  stats.sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  await fs.promises.rename(path.join(parent, (stats[0] as { entry: string }).entry), target);
  return true;
}

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
