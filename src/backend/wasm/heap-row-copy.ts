import {
  addI,
  defineFunction,
  forRange,
  get,
  load,
  mulI,
  rowOf,
  set,
  store,
  sumI,
} from "./wasm-code";
import { ValueType, writeModule } from "./wasm-module-writer";
import { instantiateOnMemory, type WasmMemory } from "./webassembly-api";

/**
 * Copies whole rows inside one memory: row i of `dst` = row `ids[i]` of `src`, 16 bytes at a
 * time (byte offsets; `ids` is an int32 array of `count` entries; `rowBytes` a multiple of 16).
 */
export type RowCopier = (
  src: number,
  ids: number,
  count: number,
  rowBytes: number,
  dst: number,
) => void;

/** The module's bytes: one exported function, `copy_rows` (on a shared memory or a plain one). */
function rowCopyModuleBytes(sharedMemory: boolean): Uint8Array {
  const { i32 } = ValueType;
  return writeModule(
    [
      defineFunction(
        "copy_rows",
        ["src", "ids", "count", "rowBytes", "dst"],
        { i: i32, j: i32, from: i32, to: i32 },
        (at) => [
          ...forRange(at.i, at.count, 1, [
            ...set(at.from, addI(get(at.src), mulI(rowOf(at.ids, at.i), get(at.rowBytes)))),
            ...set(at.to, addI(get(at.dst), mulI(get(at.i), get(at.rowBytes)))),
            ...forRange(at.j, at.rowBytes, 16, store(sumI(at.to, at.j), load(sumI(at.from, at.j)))),
          ]),
        ],
      ),
    ],
    sharedMemory,
  );
}

/**
 * A SIMD row copier working on `memory` (the WASM backend's heap, plain or shared), or
 * `undefined` where WebAssembly SIMD is missing.
 */
export function heapRowCopier(memory: WasmMemory): RowCopier | undefined {
  const instance = instantiateOnMemory(rowCopyModuleBytes, memory);
  return instance === undefined ? undefined : (instance.exports["copy_rows"] as RowCopier);
}
