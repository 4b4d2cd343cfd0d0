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

/** Options of {@link initBackend}. */
export interface InitBackendOptions {
  /**
   * Use exactly this backend and fail if it cannot load. Defaults to the `SIAMESE_BACKEND`
   * environment variable; when neither is set, the fastest backend that loads is used.
   */
  readonly backend?: BackendName;
}

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
    await activate("wasm");
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
