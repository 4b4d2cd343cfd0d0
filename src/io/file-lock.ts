import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { threadId } from "node:worker_threads";
import { describeValue, invalidArgument } from "../validate/validation-error";
import { processIsRunning } from "./process-is-running";

/** Options of {@link withFileLockSync}. */
export interface FileLockOptions {
  /** How long to wait for another holder, in ms, before giving up. Default 10000. */
  readonly timeoutMs?: number;
  /**
   * A lock held longer than this (ms) is taken to be abandoned even when its owner still
   * seems to run (a process id reused by the system, an owner on another machine). Default
   * 30000; a holder only keeps the lock for one read-modify-write of a small file.
   */
  readonly staleMs?: number;
  /**
   * Permission bits of the folders this call creates to hold the lock (reduced by the umask).
   * Default `0o777`; private data such as quiz progress passes `0o700`, so that taking the
   * lock does not create the data's folder readable by everyone before the data is written.
   */
  readonly folderMode?: number;
}

/** What a lock file says about its holder. */
interface LockOwner {
  readonly pid: number;
  readonly thread: number;
  readonly host: string;
  readonly token: string;
}

/** Tokens of the locks this thread holds now. */
const held = new Set<string>();
let counter = 0;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function readOwner(lockFile: string): LockOwner | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, "utf8");
  } catch {
    return undefined;
  }
  const [pid, thread, host, token] = text.split("\n");
  if (pid === undefined || thread === undefined || host === undefined || token === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(pid) || !/^\d+$/.test(thread) || token === "") return undefined;
  return { pid: Number(pid), thread: Number(thread), host, token };
}

/** Whether the lock (whose file was last changed at `modifiedMs`) was left by a holder that is gone. */
function isAbandoned(owner: LockOwner | undefined, modifiedMs: number, staleMs: number): boolean {
  const age = Date.now() - modifiedMs;
  if (age > staleMs) return true;
  // A holder writes its name right after creating the file: an empty or cut file that stays
  // so for a second belongs to a process that died in between.
  if (owner === undefined) return age > 1000;
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) {
    return owner.thread === threadId ? !held.has(owner.token) : false;
  }
  return !processIsRunning(owner.pid);
}

/**
 * Removes an abandoned lock file, but only the very file judged abandoned: breakers take turns
 * through a second lock file (`<lock>.break`), so one breaker can never remove a lock that
 * another breaker has just taken over.
 */
function breakAbandoned(lockFile: string, seen: fs.Stats, staleMs: number): void {
  const breaker = `${lockFile}.break`;
  let fd: number;
  try {
    fd = fs.openSync(breaker, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    removeAbandonedBreaker(breaker);
    return;
  }
  try {
    try {
      fs.writeSync(fd, `${process.pid}\n`);
    } finally {
      fs.closeSync(fd);
    }
    const now = fs.statSync(lockFile, { throwIfNoEntry: false });
    if (
      now !== undefined &&
      now.ino === seen.ino &&
      now.mtimeMs === seen.mtimeMs &&
      isAbandoned(readOwner(lockFile), now.mtimeMs, staleMs)
    ) {
      fs.rmSync(lockFile, { force: true });
    }
  } finally {
    fs.rmSync(breaker, { force: true });
  }
}

/**
 * Removes the breaker file of a breaker that died while breaking (its process no longer runs,
 * or the file is older than a second: breaking takes microseconds).
 */
function removeAbandonedBreaker(breaker: string): void {
  const stat = fs.statSync(breaker, { throwIfNoEntry: false });
  if (stat === undefined) return;
  let pid = Number.NaN;
  try {
    pid = Number(fs.readFileSync(breaker, "utf8").trim());
  } catch {
    // Gone meanwhile, or unreadable: judged by age alone.
  }
  const ownerGone = Number.isInteger(pid) && pid > 0 && !processIsRunning(pid);
  if (ownerGone || Date.now() - stat.mtimeMs > 1000) fs.rmSync(breaker, { force: true });
}

/**
 * Runs `action` while holding an exclusive lock on `file`, shared by every process and thread
 * that locks the same path: `<file>.lock` is created exclusively (it names the holder), and
 * removed afterwards. A caller that finds it taken waits (synchronously, in short sleeps), so
 * read-modify-write cycles of the file never interleave. A lock whose holder is gone (its
 * process was killed) is broken and taken over, so a crash never blocks later callers.
 *
 * @param file - the file to lock (it need not exist; its folder is created).
 * @param action - what to do while holding the lock; its result is returned.
 * @param options - see {@link FileLockOptions}.
 * @returns what `action` returned.
 * @throws Error when the lock stays taken for `timeoutMs`, or the lock file cannot be created
 *   (say, a read-only folder); and whatever `action` throws (the lock is released).
 * @example
 * ```ts
 * withFileLockSync("progress/demo.json", () => {
 *   const current = read("progress/demo.json");
 *   writeFileAtomicSync("progress/demo.json", merge(current, mine));
 * });
 * ```
 */
export function withFileLockSync<T>(
  file: string,
  action: () => T,
  options: FileLockOptions = {},
): T {
  const fn = "withFileLockSync";
  if (typeof file !== "string" || file.trim() === "") {
    throw invalidArgument(fn, "file", "a non-empty path", describeValue(file));
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const lockFile = `${path.resolve(file)}.lock`;
  fs.mkdirSync(path.dirname(lockFile), {
    recursive: true,
    ...(options.folderMode === undefined ? {} : { mode: options.folderMode }),
  });
  counter += 1;
  const token = `${process.pid}-${threadId}-${counter}-${Date.now()}`;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    let fd: number | undefined;
    try {
      fd = fs.openSync(lockFile, "wx", 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (fd !== undefined) {
      try {
        fs.writeSync(fd, `${process.pid}\n${threadId}\n${os.hostname()}\n${token}\n`);
      } finally {
        fs.closeSync(fd);
      }
      break;
    }
    const stat = fs.statSync(lockFile, { throwIfNoEntry: false });
    if (stat === undefined) continue;
    const owner = readOwner(lockFile);
    if (isAbandoned(owner, stat.mtimeMs, staleMs)) {
      breakAbandoned(lockFile, stat, staleMs);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${fn}: ${file} stayed locked for ${timeoutMs} ms by ` +
          (owner === undefined ? "another process" : `process ${owner.pid} on ${owner.host}`) +
          `; if no such process runs, delete ${lockFile}`,
      );
    }
    // Short sleeps first (a holder needs milliseconds), longer ones while it stays taken.
    sleepSync(Math.min(1 + attempt, 25));
  }
  held.add(token);
  // A breaker killed after removing the lock it broke left its file: the lock holder clears it.
  if (fs.existsSync(`${lockFile}.break`)) removeAbandonedBreaker(`${lockFile}.break`);
  try {
    return action();
  } finally {
    held.delete(token);
    // Remove the lock only if it is still ours (it was not broken as abandoned meanwhile).
    if (readOwner(lockFile)?.token === token) fs.rmSync(lockFile, { force: true });
  }
}
