// Child processes that run a TypeScript file of the tests (through tsx), with line-wise access
// to what they print.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";
import * as readline from "node:readline";

/** A running child: its process, its next lines of standard output, and how it ended. */
export interface TsChild {
  readonly process: ChildProcessWithoutNullStreams;
  /** Resolves with the next line the child prints; rejects if it exits first. */
  nextLine(): Promise<string>;
  /** Resolves once the child has exited and closed its output, with its code and signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node --require tsx/cjs <script> ...args` (script relative to test/support). */
export function spawnTs(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): TsChild {
  return spawnNode(["--require", "tsx/cjs", path.resolve(__dirname, script), ...args], script, env);
}

/** Starts `node ...nodeArgs`; `script` names the child in messages. */
export function spawnNode(
  nodeArgs: readonly string[],
  script: string,
  env: NodeJS.ProcessEnv = {},
): TsChild {
  const child = spawn(process.execPath, nodeArgs, {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const waiter = waiting.shift();
    if (waiter === undefined) lines.push(line);
    else waiter(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("close", (code: number | null, signal: NodeJS.Signals | null) => {
      ended = true;
      for (const waiter of waiting.splice(0)) waiter(undefined);
      resolve({ code, signal });
    }),
  );
  return {
    process: child,
    exited,
    nextLine: () =>
      new Promise((resolve, reject) => {
        const settle = (line: string | undefined): void =>
          line === undefined
            ? reject(new Error(`${script} exited before printing a line; stderr:\n${stderr}`))
            : resolve(line);
        const queued = lines.shift();
        if (queued !== undefined) settle(queued);
        else if (ended) settle(undefined);
        else waiting.push(settle);
      }),
  };
}
