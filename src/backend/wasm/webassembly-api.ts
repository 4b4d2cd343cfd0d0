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
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}

/** The global `WebAssembly` object (present in Node and every current browser). */
export const webAssembly: WebAssemblyApi = (
  globalThis as unknown as { WebAssembly: WebAssemblyApi }
).WebAssembly;

/** Whether `memory` is shared between threads (the heap of a multi-threaded build). */
export function isSharedMemory(memory: WasmMemory): boolean {
  return typeof SharedArrayBuffer !== "undefined" && memory.buffer instanceof SharedArrayBuffer;
}

/**
 * Instantiates a hand-written module that imports `memory` as `env.memory`.
 *
 * @param moduleBytes - the module's bytes, importing a shared memory when `shared` is true (the
 *   import must say so to link to a shared memory).
 * @param memory - the memory to run on: the WASM backend's heap, plain or shared.
 * @returns the instance, or `undefined` where the engine rejects the bytes (no WebAssembly SIMD).
 */
export function instantiateOnMemory(
  moduleBytes: (shared: boolean) => Uint8Array,
  memory: WasmMemory,
): WasmInstance | undefined {
  const bytes = moduleBytes(isSharedMemory(memory));
  if (!webAssembly.validate(bytes)) return undefined;
  return new webAssembly.Instance(new webAssembly.Module(bytes), { env: { memory } });
}
