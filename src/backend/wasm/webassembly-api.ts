/**
 * The few WebAssembly JavaScript API members siamese-lab uses, typed here because the project's
 * TypeScript `lib` (ES2022, no DOM) does not declare the `WebAssembly` namespace.
 */
export interface WasmMemory {
  readonly buffer: ArrayBufferLike;
}

/** A compiled module's instance: its exports by name. */
export interface WasmInstance {
  readonly exports: Readonly<Record<string, unknown>>;
}

interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => WasmInstance;
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
}

/** The global `WebAssembly` object (present in Node and every current browser). */
export const webAssembly: WebAssemblyApi = (
  globalThis as unknown as { WebAssembly: WebAssemblyApi }
).WebAssembly;

/**
 * Instantiates a hand-written module that imports `memory` as `env.memory`.
 *
 * @returns the instance, or `undefined` where the module cannot run: the engine rejects its
 *   bytes (no WebAssembly SIMD), or the memory is shared (a multi-threaded build).
 */
export function instantiateOnMemory(
  bytes: Uint8Array,
  memory: WasmMemory,
): WasmInstance | undefined {
  if (typeof SharedArrayBuffer !== "undefined" && memory.buffer instanceof SharedArrayBuffer) {
    return undefined;
  }
  if (!webAssembly.validate(bytes)) return undefined;
  return new webAssembly.Instance(new webAssembly.Module(bytes), { env: { memory } });
}
