export { BACKEND_PREFERENCE, isBackendName } from "./backend-choice";
export type { BackendAttempt, BackendInfo, BackendName } from "./backend-choice";
export { chooseBackend } from "./choose-backend";
export type { BackendLoader } from "./choose-backend";
export { initBackend, backendInfo } from "./init-backend";
export type { InitBackendOptions } from "./init-backend";
export { MAX_WASM_THREADS, wasmThreadCount, wasmThreadFailure } from "./wasm/wasm-threads";
