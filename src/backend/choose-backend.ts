import {
  BACKEND_PREFERENCE,
  type BackendAttempt,
  type BackendInfo,
  type BackendName,
} from "./backend-choice";

/** Loads one backend and makes it active; throws when it cannot. */
export type BackendLoader = () => Promise<void>;

/**
 * Tries backends in order of preference and keeps the first that loads.
 *
 * Separated from {@link initBackend} so the fallback order can be tested with fake loaders.
 *
 * @param loaders - one loader per backend name.
 * @param forced - when given, only this backend is tried, and its failure is an error.
 * @returns which backend is active and why.
 * @throws Error when the forced backend fails, or (in theory) when every backend fails.
 * @example
 * ```ts
 * const fail = () => Promise.reject(new Error("not installed"));
 * const ok = () => Promise.resolve();
 * (await chooseBackend({ tensorflow: fail, wasm: ok, cpu: ok })).name; // "wasm"
 * ```
 */
export async function chooseBackend(
  loaders: Readonly<Record<BackendName, BackendLoader>>,
  forced?: BackendName,
): Promise<BackendInfo> {
  const order: readonly BackendName[] = forced === undefined ? BACKEND_PREFERENCE : [forced];
  const attempts: BackendAttempt[] = [];
  for (const name of order) {
    try {
      await loaders[name]();
      attempts.push({ name, ok: true });
      return {
        name,
        reason: describeChoice(name, attempts, forced),
        forced: forced !== undefined,
        attempts,
      };
    } catch (error) {
      attempts.push({
        name,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const tried = attempts.map((a) => `${a.name}: ${a.error ?? "unknown error"}`).join("; ");
  if (forced !== undefined) {
    throw new Error(
      `initBackend: SIAMESE_BACKEND=${forced} was requested but that backend could not be loaded (${tried}). ` +
        `Unset SIAMESE_BACKEND to let siamese-lab pick one, or install what it needs.`,
    );
  }
  throw new Error(`initBackend: no TensorFlow.js backend could be loaded (${tried}).`);
}

function describeChoice(
  name: BackendName,
  attempts: readonly BackendAttempt[],
  forced: BackendName | undefined,
): string {
  if (forced !== undefined) return `${name} was requested with SIAMESE_BACKEND=${forced}.`;
  const failed = attempts.filter((a) => !a.ok);
  const why: Record<BackendName, string> = {
    tensorflow:
      "@tensorflow/tfjs-node is installed and loaded: native TensorFlow, the fastest backend.",
    wasm: "WebAssembly backend with siamese-lab's extra training kernels.",
    cpu: "pure-JavaScript backend (slow: training large models will take long).",
  };
  if (failed.length === 0) return why[name];
  const skipped = failed.map((a) => `${a.name} unavailable (${firstLine(a.error)})`).join("; ");
  return `${why[name]} Skipped: ${skipped}.`;
}

function firstLine(text: string | undefined): string {
  return (text ?? "unknown error").split("\n")[0]?.slice(0, 160) ?? "";
}
