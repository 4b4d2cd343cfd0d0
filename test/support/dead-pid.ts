// A process id that no running process has: that of a child that has exited and been reaped.
import { spawnSync } from "node:child_process";

export function deadPid(): number {
  // `node --version` exits at once without loading anything.
  const { pid } = spawnSync(process.execPath, ["--version"]);
  if (pid === undefined || pid <= 0) throw new Error("deadPid: could not start a process");
  return pid;
}
