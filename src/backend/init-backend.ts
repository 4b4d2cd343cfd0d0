import * as os from "node:os";
import * as tf from "@tensorflow/tfjs";
import {
  type BackendInfo,
  type BackendName,
  isBackendName,
  BACKEND_PREFERENCE,
} from "./backend-choice";
import { chooseBackend, type BackendLoader } from "./choose-backend";
import { spendCpuBanner, withoutTfWarnings } from "./quiet";
import { registerWasmKernels } from "./wasm/register-wasm-kernels";
import { MAX_WASM_THREADS, withWasmThreads } from "./wasm/wasm-threads";

/** Options of {@link initBackend}. */
export interface InitBackendOptions {
  /**
   * Use exactly this backend and fail if it cannot load. Defaults to the `SIAMESE_BACKEND`
   * environment variable; when neither is set, the fastest backend that loads is used.
   */
  readonly backend?: BackendName;
  /**
   * Threads the WASM backend computes with: `"auto"` (every core, at most 4) or a count from 1
   * (1 = the single-threaded build). Defaults to the `SIAMESE_WASM_THREADS` environment
   * variable, else `"auto"`. Fixed once the backend has started; other backends ignore it.
   * Results do not depend on it: the matrix products split rows and columns between threads,
   * never the sums inside one output value.
   */
  readonly threads?: number | "auto";
}

let wasmThreads = 1;

let active: BackendInfo | undefined;
let pending: Promise<BackendInfo> | undefined;

const loaders: Readonly<Record<BackendName, BackendLoader>> = {
  tensorflow: async () => {
    // Optional dependency: present only where users installed it (it downloads libtensorflow).
    // danfojs-node's own dependency on tfjs-node is satisfied by an alias of the pure-JS package
    // (package name "@tensorflow/tfjs", with its own copy of tfjs-core); loading that would
    // register a second tfjs into the shared registries, so check the name before loading.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const manifest = require("@tensorflow/tfjs-node/package.json") as { name?: string };
    if (manifest.name !== "@tensorflow/tfjs-node") {
      throw new Error(
        "@tensorflow/tfjs-node is not installed (npm install @tensorflow/tfjs-node adds it)",
      );
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("@tensorflow/tfjs-node");
    await activate("tensorflow");
  },
  wasm: async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("@tensorflow/tfjs-backend-wasm");
    registerWasmKernels();
    if (wasmThreads > 1) await withWasmThreads(wasmThreads, () => activate("wasm"));
    else await activate("wasm");
  },
  cpu: async () => {
    spendCpuBanner();
    await activate("cpu");
  },
};

async function activate(name: BackendName): Promise<void> {
  const ok = await withoutTfWarnings(() => tf.setBackend(name));
  if (!ok) throw new Error(`tf.setBackend('${name}') returned false`);
  await tf.ready();
}

/**
 * Selects and activates the TensorFlow.js backend siamese-lab runs on. Safe to call many times:
 * the choice is made once and reused.
 *
 * Order: `tensorflow` (when `@tensorflow/tfjs-node` is installed and loads), then `wasm` (with
 * the kernels siamese-lab registers for training, such as `UnsortedSegmentSum`), then `cpu`.
 * `SIAMESE_BACKEND=cpu|wasm|tensorflow` (or `options.backend`) forces one. TensorFlow.js's
 * "install the node backend" banner is suppressed.
 *
 * @param options - `backend` to force one (default: `SIAMESE_BACKEND`, else automatic).
 * @returns which backend is active and why.
 * @throws Error when a forced backend cannot be loaded, or `SIAMESE_BACKEND` names no backend.
 * @example
 * ```ts
 * const info = await initBackend();
 * console.log(info.name, info.reason);
 * ```
 */
export function initBackend(options: InitBackendOptions = {}): Promise<BackendInfo> {
  let forced: BackendName | undefined;
  try {
    forced = options.backend ?? forcedByEnvironment();
    const threads = resolveThreads(options.threads ?? threadsFromEnvironment());
    if (active === undefined) wasmThreads = threads;
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  if (active !== undefined && (forced === undefined || forced === active.name)) {
    return Promise.resolve(active);
  }
  if (pending === undefined || forced !== undefined) {
    pending = chooseBackend(loaders, forced).then(
      (info) => {
        active = info;
        return info;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
  }
  return pending;
}

/**
 * The backend chosen by {@link initBackend}, or `undefined` before it finished.
 *
 * @returns the active backend's name, the reason and the attempts; `undefined` before
 *   `initBackend` resolved.
 * @example
 * ```ts
 * await initBackend();
 * backendInfo()?.name; // "wasm" on a machine without tfjs-node
 * ```
 */
export function backendInfo(): BackendInfo | undefined {
  return active;
}

function threadsFromEnvironment(): number | "auto" {
  const value = process.env["SIAMESE_WASM_THREADS"]?.trim().toLowerCase();
  if (value === undefined || value === "" || value === "auto") return "auto";
  if (!/^[0-9]+$/.test(value)) {
    throw new Error(
      `initBackend: SIAMESE_WASM_THREADS is '${value}', expected a whole number from 1 or auto.`,
    );
  }
  return Number(value);
}

/** "auto" or a count -> the thread count to start the WASM backend with (1..MAX_WASM_THREADS). */
function resolveThreads(threads: number | "auto"): number {
  if (threads === "auto") return Math.min(os.availableParallelism(), MAX_WASM_THREADS);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(
      `initBackend: argument 'options.threads' must be "auto" or a whole number from 1, got ${String(threads)}.`,
    );
  }
  return Math.min(threads, MAX_WASM_THREADS);
}

function forcedByEnvironment(): BackendName | undefined {
  const value = process.env["SIAMESE_BACKEND"]?.trim().toLowerCase();
  if (value === undefined || value === "" || value === "auto") return undefined;
  if (!isBackendName(value)) {
    throw new Error(
      `initBackend: SIAMESE_BACKEND is '${value}', expected one of ${BACKEND_PREFERENCE.join(", ")} or auto.`,
    );
  }
  return value;
}

// Importing siamese-lab must never print the banner, even before initBackend() is awaited:
// synchronous tensor code then runs on the pure-JS backend, which prints it on first use.
spendCpuBanner();
