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
