// Fault injection for the child processes of test/faults: counts the file-system calls a
// process makes (through node:fs, fs.promises and FileHandle) and, once armed, kills the
// process with SIGKILL at the n-th call from then on. A write chosen as the fatal call first
// writes half its bytes, so torn writes are covered too.
import * as fs from "node:fs";

type AnyFunction = (...args: unknown[]) => unknown;

const SYNC = [
  "openSync",
  "writeSync",
  "writeFileSync",
  "fsyncSync",
  "closeSync",
  "renameSync",
  "rmSync",
  "rmdirSync",
  "unlinkSync",
  "mkdirSync",
  "readFileSync",
  "readdirSync",
  "statSync",
  "linkSync",
] as const;
const PROMISES = [
  "open",
  "writeFile",
  "rename",
  "rm",
  "rmdir",
  "mkdir",
  "chmod",
  "readFile",
  "readdir",
  "stat",
  "lstat",
] as const;
const HANDLE = ["writeFile", "write", "sync", "close"] as const;

let calls = 0;
let killAt = Number.POSITIVE_INFINITY;

function die(): never {
  process.kill(process.pid, "SIGKILL");
  // SIGKILL cannot be caught; this only satisfies the type checker.
  throw new Error("unreachable");
}

function counted(name: string, original: AnyFunction): AnyFunction {
  return function (this: unknown, ...args: unknown[]): unknown {
    calls += 1;
    if (calls >= killAt) {
      if (name === "writeSync" && typeof args[0] === "number" && ArrayBuffer.isView(args[1])) {
        const bytes = args[1] as Uint8Array;
        const offset = typeof args[2] === "number" ? args[2] : 0;
        const length = typeof args[3] === "number" ? args[3] : bytes.length - offset;
        fs.writeSync(args[0], bytes, offset, Math.floor(length / 2));
      }
      die();
    }
    return original.apply(this, args);
  };
}

/** Wraps the file-system functions (once) so that every call is counted. */
export async function installKillSwitch(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeFs = require("node:fs") as Record<string, unknown> & {
    promises: Record<string, unknown>;
  };
  const probe = await fs.promises.open(__filename, "r");
  const handlePrototype = Object.getPrototypeOf(probe) as Record<string, unknown>;
  await probe.close();
  for (const name of SYNC) nodeFs[name] = counted(name, nodeFs[name] as AnyFunction);
  for (const name of PROMISES) {
    nodeFs.promises[name] = counted(name, nodeFs.promises[name] as AnyFunction);
  }
  const originalWrite = handlePrototype["write"] as AnyFunction;
  for (const name of HANDLE) {
    const original = handlePrototype[name] as AnyFunction;
    handlePrototype[name] = async function (this: fs.promises.FileHandle, ...args: unknown[]) {
      calls += 1;
      if (calls >= killAt) {
        if (name === "writeFile" && (typeof args[0] === "string" || ArrayBuffer.isView(args[0]))) {
          const data = typeof args[0] === "string" ? Buffer.from(args[0]) : (args[0] as Uint8Array);
          await originalWrite.call(this, data.subarray(0, Math.floor(data.length / 2)));
        }
        die();
      }
      return original.apply(this, args);
    };
  }
}

/** File-system calls counted so far. */
export function fsCalls(): number {
  return calls;
}

/** Kills this process at the `n`-th file-system call from now (n >= 1). */
export function armKillSwitch(n: number): void {
  killAt = calls + n;
}
