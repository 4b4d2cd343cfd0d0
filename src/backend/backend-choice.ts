/** The TensorFlow.js backends siamese-lab knows how to select, fastest first. */
export const BACKEND_PREFERENCE = ["tensorflow", "wasm", "cpu"] as const;

/**
 * A TensorFlow.js backend siamese-lab can run on:
 * - `tensorflow`: native libtensorflow through `@tensorflow/tfjs-node` (fastest, optional install);
 * - `wasm`: `@tensorflow/tfjs-backend-wasm`, with the kernels siamese-lab adds for training;
 * - `cpu`: the pure-JavaScript backend (always there, slowest).
 */
export type BackendName = (typeof BACKEND_PREFERENCE)[number];

/** What happened when one backend was tried. */
export interface BackendAttempt {
  /** The backend that was tried. */
  readonly name: BackendName;
  /** Whether it loaded and became usable. */
  readonly ok: boolean;
  /** Why it could not be used, when `ok` is false. */
  readonly error?: string;
}

/** Which backend is active, and why that one. */
export interface BackendInfo {
  /** The active backend. */
  readonly name: BackendName;
  /** A sentence a learner can read: why this backend was chosen. */
  readonly reason: string;
  /** True when the `SIAMESE_BACKEND` environment variable (or an option) chose it. */
  readonly forced: boolean;
  /** Every backend tried, in order, with the error of those that failed. */
  readonly attempts: readonly BackendAttempt[];
}

/**
 * Whether `value` names a backend siamese-lab supports (exact, lower-case match).
 *
 * @param value - a candidate name, for example from `SIAMESE_BACKEND`.
 * @returns true for `"tensorflow"`, `"wasm"` or `"cpu"`.
 * @example
 * ```ts
 * isBackendName("wasm"); // true
 * isBackendName("webgl"); // false
 * ```
 */
export function isBackendName(value: string): value is BackendName {
  return (BACKEND_PREFERENCE as readonly string[]).includes(value);
}
