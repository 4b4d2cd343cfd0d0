// A process id that no running process has: that of a child that has exited and been reaped.
import { spawnSync } from "node:child_process";

export function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}
