import * as fs from "node:fs";
import * as path from "node:path";
import { processIsRunning } from "./process-is-running";

/** Prefix of the sibling directory a replacement is written into before it is renamed into place. */
export const STAGING_PREFIX = ".saving-";
/** Prefix of the sibling directory the previous contents are moved to during the swap. */
export const REPLACED_PREFIX = ".replaced-";

/**
 * The staging entries this process is writing right now (absolute paths). An entry named with
 * this process's id that is not listed here was left by an earlier failure, or by a dead
 * process whose id the system gave to this one.
 */
const inUse = new Set<string>();
let counter = 0;

/** When this process started, in ms since the epoch: entries without an owner older than that are stale. */
const processStarted = Date.now() - process.uptime() * 1000;

/** The kinds of staging entry siamese-lab writes next to a target file or directory. */
export type StagingKind = "file" | "saving" | "replaced";

/**
 * A fresh staging path next to `target`, owned by this process and marked in use until
 * {@link releaseStagingPath}: `.<name>.<pid>.<n>.tmp` for a file written then renamed over
 * `target`, `.saving-<name>-<pid>-<n>` for a directory written then renamed into place, and
 * `.replaced-<name>-<pid>-<n>` for the previous directory moved aside during the swap. The
 * process id in the name is what lets {@link removeStaleStaging} tell a leftover of a killed
 * process from an entry another live process is still writing.
 *
 * @param target - the file or directory the entry stages.
 * @param kind - which entry.
 * @returns an absolute path that does not exist yet.
 * @example
 * ```ts
 * const temp = claimStagingPath("/data/progress/demo.json", "file");
 * // "/data/progress/.demo.json.4242.1.tmp"
 * ```
 */
export function claimStagingPath(target: string, kind: StagingKind): string {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  const name = path.basename(absolute);
  for (;;) {
    counter += 1;
    const entry =
      kind === "file"
        ? `.${name}.${process.pid}.${counter}.tmp`
        : `${kind === "saving" ? STAGING_PREFIX : REPLACED_PREFIX}${name}-${process.pid}-${counter}`;
    const candidate = path.join(folder, entry);
    // A leftover of a dead process that had this process's id may hold the same name.
    if (!inUse.has(candidate) && !fs.existsSync(candidate)) {
      inUse.add(candidate);
      return candidate;
    }
  }
}

/**
 * Marks a path from {@link claimStagingPath} as no longer in use (after it was renamed into
 * place or removed).
 *
 * @param staging - the path.
 * @example
 * ```ts
 * releaseStagingPath(temp);
 * ```
 */
export function releaseStagingPath(staging: string): void {
  inUse.delete(path.resolve(staging));
}

/** A staging entry found next to a target by {@link stagingEntries}. */
export interface StagingEntry {
  /** The entry's absolute path. */
  readonly path: string;
  /** What it stages. */
  readonly kind: StagingKind;
  /** The id of the process that made it; `undefined` for names made before owners were recorded. */
  readonly owner: number | undefined;
}

/**
 * The staging entries of `target` in its folder (see {@link claimStagingPath} for the names;
 * directories named by `mkdtemp`, `.saving-<name>-XXXXXX`, before owners were recorded, are
 * listed too). Entries of other targets, even ones whose name starts the same, are not.
 *
 * @param target - the file or directory.
 * @returns the entries, possibly none (also when the folder cannot be read).
 * @example
 * ```ts
 * stagingEntries("models/encoder").filter((e) => e.kind === "replaced");
 * ```
 */
export function stagingEntries(target: string): StagingEntry[] {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  const escaped = path.basename(absolute).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const fileName = new RegExp(`^\\.${escaped}\\.(\\d+)\\.\\d+\\.tmp$`);
  const directoryName = new RegExp(
    `^\\.(saving|replaced)-${escaped}-(?:(\\d+)-\\d+|[A-Za-z0-9]{6})$`,
  );
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: StagingEntry[] = [];
  for (const name of names) {
    if (!name.startsWith(".")) continue;
    const full = path.join(folder, name);
    const file = fileName.exec(name);
    if (file !== null) {
      found.push({ path: full, kind: "file", owner: Number(file[1]) });
      continue;
    }
    const directory = directoryName.exec(name);
    if (directory === null) continue;
    found.push({
      path: full,
      kind: directory[1] === "saving" ? "saving" : "replaced",
      owner: directory[2] === undefined ? undefined : Number(directory[2]),
    });
  }
  return found;
}

/**
 * The stale staging entries next to `target`: those of a process that no longer runs, those
 * named with this process's id that this process is not writing, and unowned ones (named
 * before owners were recorded) older than this process. Entries of other running processes
 * are in use and never listed. While `target` is missing, a `.replaced-*` directory holds its
 * last complete contents (a swap died between its two renames): it is kept for
 * `recoverReplacedDirectory`, never listed.
 *
 * @param target - the file or directory whose staging entries to look at.
 * @returns absolute paths, possibly none.
 * @example
 * ```ts
 * staleStagingEntries("models/encoder"); // e.g. ["/abs/models/.saving-encoder-4242-1"]
 * ```
 */
export function staleStagingEntries(target: string): string[] {
  const entries = stagingEntries(target);
  const targetExists = entries.some((e) => e.kind === "replaced") && fs.existsSync(target);
  return entries
    .filter(({ path: entry, kind, owner }) => {
      if (kind === "replaced" && !targetExists) return false;
      if (owner === undefined) {
        const modified = fs.statSync(entry, { throwIfNoEntry: false })?.mtimeMs;
        return modified !== undefined && modified < processStarted;
      }
      return owner === process.pid ? !inUse.has(entry) : !processIsRunning(owner);
    })
    .map((e) => e.path);
}

/**
 * Removes the stale staging entries next to `target` (see {@link staleStagingEntries}): what
 * a process killed in the middle of an atomic write left behind. Best effort: an entry that
 * cannot be removed is left for a later call.
 *
 * @param target - the file or directory whose leftovers to remove.
 * @returns the entries removed.
 * @example
 * ```ts
 * removeStaleStaging("models/encoder"); // before saving or loading it
 * ```
 */
export function removeStaleStaging(target: string): string[] {
  const removed: string[] = [];
  for (const entry of staleStagingEntries(target)) {
    try {
      fs.rmSync(entry, { recursive: true, force: true });
      removed.push(entry);
    } catch {
      // A read-only folder, or another process removing it at the same time: try next time.
    }
  }
  return removed;
}
