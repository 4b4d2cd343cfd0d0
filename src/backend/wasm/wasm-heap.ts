import type * as tf from "@tensorflow/tfjs";
import type { BackendWasm } from "@tensorflow/tfjs-backend-wasm";
import { type WasmMemory, webAssembly } from "./webassembly-api";

/** The parts of the Emscripten module behind the WASM backend that siamese-lab's kernels use. */
interface WasmModuleView {
  readonly HEAPF32: Float32Array;
  /** The heap, exported by the single-threaded build. */
  readonly asm?: { readonly memory?: WasmMemory };
  /** The heap, imported (shared) by the multi-threaded build. */
  readonly wasmMemory?: WasmMemory;
  cwrap(name: string, returns: null, args: readonly string[]): (...args: unknown[]) => void;
}

/** The Emscripten module of a WASM backend, typed for what the kernels need. */
export function wasmModule(backend: BackendWasm): WasmModuleView {
  return backend.wasm as unknown as WasmModuleView;
}

/** The backend's heap memory: exported by the single-threaded build, shared by the threaded one. */
function heapMemory(backend: BackendWasm): WasmMemory | undefined {
  const module = wasmModule(backend);
  return module.asm?.memory ?? module.wasmMemory;
}

const heapViews = new WeakMap<ArrayBufferLike, Float32Array>();

/**
 * A float32 view of the whole heap, current even after the heap grew. The Emscripten module's
 * `HEAPF32` is refreshed lazily in the multi-threaded build, so it can be shorter than the heap.
 *
 * @param backend - the WASM backend.
 * @returns a view of every byte of the heap.
 */
export function heapF32(backend: BackendWasm): Float32Array {
  const module = wasmModule(backend);
  const buffer = heapMemory(backend)?.buffer;
  if (buffer === undefined || module.HEAPF32.buffer === buffer) return module.HEAPF32;
  let view = heapViews.get(buffer);
  if (view === undefined) {
    view = new Float32Array(buffer);
    heapViews.set(buffer, view);
  }
  return view;
}

/**
 * Caches, per backend, what `build` makes on that backend's heap (a hand-written module working
 * on the tensors in place), so it is compiled once. The getter returns `null` where the heap is
 * not a plain `WebAssembly.Memory` or `build` returns `undefined`; callers then take their
 * fallback.
 */
export function perHeap<T>(
  build: (memory: WasmMemory) => T | undefined,
): (backend: BackendWasm) => T | null {
  const built = new WeakMap<BackendWasm, T | null>();
  return (backend) => {
    let value = built.get(backend);
    if (value === undefined) {
      const memory = heapMemory(backend);
      value = (memory instanceof webAssembly.Memory ? build(memory) : undefined) ?? null;
      built.set(backend, value);
    }
    return value;
  };
}

/** Byte offset of a tensor's data in the WASM heap. */
export function heapOffset(backend: BackendWasm, info: tf.TensorInfo): number {
  return backend.dataIdMap.get(info.dataId)!.memoryOffset;
}

/** The backend's id of a tensor (what its C++ kernels take). */
export function tensorId(backend: BackendWasm, info: tf.TensorInfo): number {
  return backend.dataIdMap.get(info.dataId)!.id;
}

/** Allocates a float32 tensor on the heap, filled with zeros (malloc does not clear). */
export function zerosOnHeap(backend: BackendWasm, shape: number[]): tf.TensorInfo {
  const info = backend.makeOutput(shape, "float32");
  const start = heapOffset(backend, info) >> 2;
  const size = shape.reduce((a, b) => a * b, 1);
  heapF32(backend).fill(0, start, start + size);
  return info;
}

type RawMatMul = (...args: unknown[]) => void;
const rawMatMuls = new WeakMap<BackendWasm, RawMatMul>();

/**
 * out = a · b with the backend's XNNPACK matrix multiply, writing into an existing tensor.
 * `a` is read as [rows, inner], `b` as [inner, cols] (neither transposed: the fast path),
 * `out` as [rows, cols]. XNNPACK caches the packed `b` under its tensor id, so `b` must not change
 * while its tensor lives (true for weights; never pass a reused scratch buffer as `b`).
 */
export function matMulInto(
  backend: BackendWasm,
  a: tf.TensorInfo,
  b: tf.TensorInfo,
  out: tf.TensorInfo,
  rows: number,
  inner: number,
  cols: number,
): void {
  let raw = rawMatMuls.get(backend);
  if (raw === undefined) {
    raw = wasmModule(backend).cwrap("BatchMatMul", null, [
      "number",
      "array",
      "number",
      "number",
      "array",
      "number",
      "number",
      "number",
      "number",
    ]);
    rawMatMuls.set(backend, raw);
  }
  const shapeBytes = (shape: number[]): Uint8Array => new Uint8Array(new Int32Array(shape).buffer);
  raw(
    tensorId(backend, a),
    shapeBytes([1, rows, inner]),
    3,
    tensorId(backend, b),
    shapeBytes([1, inner, cols]),
    3,
    false,
    false,
    tensorId(backend, out),
  );
}
