/**
 * Whether a process with this id is running on this machine (a process we may not signal
 * counts as running). Used to tell a lock or staging entry of a killed process from one that
 * is in use.
 *
 * @param pid - a process id.
 * @returns `true` when it runs, `false` when no such process exists.
 * @example
 * ```ts
 * processIsRunning(process.pid); // true
 * ```
 */
export function processIsRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
