import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";

// tfjs-backend-wasm ships a multi-threaded SIMD build (XNNPACK on a pthread pool of Web
// Workers), but turns it off under Node (tfjs issue #3830). Its Emscripten glue does run on
// Node's worker_threads; three things stand in the way, and this file works around each, only
// while the backend initialises:
// 1. tfjs hands the pthread script to `new Worker` as a blob: URL, which Node's Worker refuses.
//    The script (shipped inside the package as a string) is written to a file instead, and
//    `URL.createObjectURL` returns that file's path for it.
// 2. Each pthread then loads the glue from another blob; the script is told the glue's path.
// 3. XNNPACK's pool is sized once, at start-up, as half the logical cores clamped to 1..4 (it
//    assumes two hyper-threads per core), so on a 2-core machine it would get one thread.
//    `os.cpus()` reports twice the wanted count while the module starts.

/** The most threads the build's pool accepts. */
export const MAX_WASM_THREADS = 4;

interface WasmPackage {
  setThreadsCount(count: number): void;
  getThreadsCount(): number;
}

function wasmPackage(): WasmPackage {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("@tensorflow/tfjs-backend-wasm") as WasmPackage;
}

function packageDirectory(): string {
  return path.dirname(require.resolve("@tensorflow/tfjs-backend-wasm/package.json"));
}

/**
 * Writes the pthread script once per package version and returns its path. Its content depends
 * only on the installed package, so an existing file with the same content is reused.
 */
function writePthreadScript(): string {
  const dir = packageDirectory();
  const glue = path.join(dir, "wasm-out", "tfjs-backend-wasm-threaded-simd.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { wasmWorkerContents } = require(
    path.join(dir, "wasm-out", "tfjs-backend-wasm-threaded-simd.worker.js"),
  ) as { wasmWorkerContents: string };
  // The package stores the script in a template literal, whose "\n" escapes became newlines
  // inside string literals; tfjs escapes them again before use, and so must we.
  const script =
    wasmWorkerContents.replace(/\n/g, "\\n") +
    `\n;(() => { const handle = self.onmessage; self.onmessage = (e) => {` +
    ` if (e.data && e.data.cmd === "load") e.data.urlOrBlob = ${JSON.stringify(glue)};` +
    ` return handle(e); }; })();\n`;
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as {
    version: string;
  };
  const file = path.join(os.tmpdir(), `siamese-lab-wasm-pthread-${version}-${script.length}.cjs`);
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (current !== script) {
    // Temp file + rename: another process starting at the same time never reads half a script.
    const staging = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(staging, script);
    fs.renameSync(staging, file);
  }
  return file;
}

/**
 * Runs `initialise` (which must load the WASM backend) with tfjs-backend-wasm's multi-threaded
 * SIMD build and a pool of `threads` threads, then undoes every temporary change. Call before
 * the WASM backend is first initialised: the build and the pool size are fixed at start-up.
 *
 * @param threads - threads for XNNPACK's pool, 2..{@link MAX_WASM_THREADS} (the calling thread
 *   is one of them).
 * @param initialise - loads the backend, e.g. `() => tf.setBackend("wasm")`.
 * @returns what `initialise` returns.
 */
export async function withWasmThreads<T>(
  threads: number,
  initialise: () => Promise<T>,
): Promise<T> {
  const pthreadScript = writePthreadScript();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- static; put back unchanged below
  const createObjectURL = URL.createObjectURL;
  // The module object itself (what the glue's require("os") returns), not the read-only
  // namespace an ES import makes of it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const patchedOs = require("node:os") as { cpus: typeof os.cpus };
  const cpus = patchedOs.cpus;
  URL.createObjectURL = (blob: Blob): string =>
    blob.type === "application/javascript" ? pthreadScript : createObjectURL(blob);
  patchedOs.cpus = () => {
    const real = cpus();
    return Array.from({ length: 2 * threads }, (_, i) => real[i % real.length]!);
  };
  tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", true);
  wasmPackage().setThreadsCount(threads);
  try {
    const result = await initialise();
    settlePthreads();
    return result;
  } finally {
    URL.createObjectURL = createObjectURL;
    patchedOs.cpus = cpus;
  }
}

interface PthreadWorker {
  unref(): void;
  terminate(): unknown;
  once(event: "exit", listener: (code: number) => void): unknown;
  once(event: "error", listener: (error: Error) => void): unknown;
}

/** Why a compute thread stopped, once one has. */
let threadFailure: string | undefined;
/** The pool threads already watched (the backend may be activated again, e.g. after `cpu`). */
const watched = new WeakSet<PthreadWorker>();

interface PthreadRegistry {
  readonly unusedWorkers: PthreadWorker[];
  readonly runningWorkers: PthreadWorker[];
}

/**
 * After start-up: the glue starts 8 pthread workers whatever the pool size; the idle ones are
 * ended (each holds its own JavaScript heap), and the pool's own are unref'd so that they do not
 * keep Node running once the program is done.
 */
function settlePthreads(): void {
  const backend = tf.findBackend("wasm") as unknown as { wasm?: { PThread?: PthreadRegistry } };
  const registry = backend?.wasm?.PThread;
  if (registry === undefined) return;
  for (const worker of registry.unusedWorkers.splice(0)) void worker.terminate();
  for (const worker of registry.runningWorkers) {
    if (watched.has(worker)) continue;
    watched.add(worker);
    worker.unref();
    // A pool thread never ends by itself while the process runs: note it if one does, so that
    // training can stop with a clear error instead of waiting forever for its share of work.
    worker.once("exit", (code) => (threadFailure ??= `it exited with code ${code}`));
    worker.once("error", (error) => (threadFailure ??= `it threw: ${error.message}`));
  }
}

/**
 * Why one of the WASM backend's compute threads stopped, or `undefined` while all run (and
 * always with the single-threaded build).
 *
 * @returns a phrase such as `"it exited with code 1"`, or `undefined`.
 */
export function wasmThreadFailure(): string | undefined {
  return threadFailure;
}

/**
 * How many threads the active WASM backend computes with (1 for the single-threaded build).
 *
 * @returns XNNPACK's thread count, or 1 when the WASM backend is not initialised.
 */
export function wasmThreadCount(): number {
  try {
    return wasmPackage().getThreadsCount();
  } catch {
    return 1;
  }
}
