import * as fs from "node:fs";
import * as path from "node:path";
import { describeValue, invalidArgument } from "../validate";
import {
  claimStagingPath,
  releaseStagingPath,
  removeStaleStaging,
  stagingEntries,
} from "./staging-entries";

/**
 * Replaces a directory's contents atomically: `fill` writes the new contents into a fresh
 * sibling directory (`.saving-<name>-<pid>-<n>`), which is flushed and then renamed into place.
 * An interrupted or failed write never leaves a half-written directory: `dir` keeps its
 * previous contents until the new ones are complete. (Replacing takes two renames; if the
 * process dies exactly between them, the previous contents are in the
 * `.replaced-<name>-<pid>-<n>` sibling, which {@link recoverReplacedDirectory} puts back.)
 * Staging siblings that a killed process left behind are removed first (see
 * `removeStaleStaging`); those of a save still running in another process are left alone.
 *
 * @param dir - the directory to create or replace (its parents are created).
 * @param fill - writes the new contents into the staging directory it is given.
 * @returns resolves when the new contents are in place.
 * @throws Error when `dir` is not a non-empty path or is an existing file (which is never
 *   replaced by a directory), or `fill` or a rename fails (the previous contents are then left
 *   in place).
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
  const existing = await fs.promises.stat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isDirectory()) {
    throw invalidArgument(
      "replaceDirectory",
      "dir",
      "a directory path",
      `'${dir}', which is a file (it is never replaced by a directory)`,
    );
  }
  await fs.promises.mkdir(parent, { recursive: true });
  // A swap that died between its renames left the previous contents aside: put them back
  // before anything else, so that they are replaced (or kept) like any other contents.
  await recoverReplacedDirectory(target);
  removeStaleStaging(target);
  const staging = claimStagingPath(target, "saving");
  const replaced = claimStagingPath(target, "replaced");
  let movedAside = false;
  try {
    await fs.promises.mkdir(staging, { mode: 0o755 });
    // mkdir's mode is masked by the umask; the result should be readable like any other folder.
    await fs.promises.chmod(staging, 0o755);
    await fill(staging);
    await syncDirectory(staging);
    if (await exists(target)) {
      await fs.promises.rename(target, replaced);
      movedAside = true;
    }
    await fs.promises.rename(staging, target);
    await syncDirectory(parent);
  } catch (error) {
    if (movedAside && !(await exists(target))) {
      await fs.promises.rename(replaced, target).catch(() => undefined);
      movedAside = false;
    }
    await fs.promises.rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    releaseStagingPath(staging);
  }
  try {
    if (movedAside) await fs.promises.rm(replaced, { recursive: true, force: true });
  } finally {
    releaseStagingPath(replaced);
  }
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
  const candidates = stagingEntries(target).filter((entry) => entry.kind === "replaced");
  if (candidates.length === 0) return false;
  // The newest is the one moved aside last.
  const stats = await Promise.all(
    candidates.map(async ({ path: entry }) => ({ entry, stat: await fs.promises.stat(entry) })),
  );
  stats.sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  await fs.promises.rename((stats[0] as { entry: string }).entry, target);
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
