/**
 * A minimal WebAssembly binary writer: just enough to hand-write small SIMD kernels that work
 * directly on the memory of the TensorFlow.js WASM backend.
 *
 * Why it exists: the per-time-step element-wise work of an LSTM (three sigmoids, two tanh, a
 * handful of multiplies per unit) is slow as many small tfjs ops and still slow as scalar
 * JavaScript; a 4-lane SIMD loop is about 10x faster. No WebAssembly toolchain is available at
 * install time, so the module is assembled from these encoders when the kernel is first used.
 *
 * Code is written as flat byte arrays (`Code`), built from the helpers below, e.g.
 * `[...get(x), ...get(y), ...F32X4.add]`. Binary format: WebAssembly Core Specification 2.0,
 * section 5 (binary format) and the fixed-width SIMD proposal's opcode table.
 */

/** A sequence of encoded instructions. */
export type Code = readonly number[];

/** Value types used by siamese-lab's kernels. */
export const ValueType = { i32: 0x7f, f32: 0x7d, v128: 0x7b } as const;

/** A value type of {@link ValueType}. */
export type ValueTypeCode = (typeof ValueType)[keyof typeof ValueType];

/** Unsigned LEB128 encoding of a non-negative integer. */
export function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 encoding of a 32-bit integer. */
export function signedLeb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function simd(opcode: number): Code {
  return [0xfd, ...unsignedLeb(opcode)];
}

/** Scalar and control instructions (core spec opcodes). */
export const Op = {
  block: [0x02, 0x40] as Code,
  loop: [0x03, 0x40] as Code,
  if: [0x04, 0x40] as Code,
  else: [0x05] as Code,
  end: [0x0b] as Code,
  br: (depth: number): Code => [0x0c, ...unsignedLeb(depth)],
  brIf: (depth: number): Code => [0x0d, ...unsignedLeb(depth)],
  localGet: (index: number): Code => [0x20, ...unsignedLeb(index)],
  localSet: (index: number): Code => [0x21, ...unsignedLeb(index)],
  i32Const: (value: number): Code => [0x41, ...signedLeb(value)],
  f32Const: (value: number): Code => [0x43, ...new Uint8Array(new Float32Array([value]).buffer)],
  i32Load: (offset = 0): Code => [0x28, 2, ...unsignedLeb(offset)],
  f32Load: (offset = 0): Code => [0x2a, 2, ...unsignedLeb(offset)],
  f32Ne: [0x5c] as Code,
  i32Eqz: [0x45] as Code,
  i32GeS: [0x4e] as Code,
  i32Add: [0x6a] as Code,
  i32Mul: [0x6c] as Code,
};

/** 128-bit SIMD instructions (fixed-width SIMD opcodes, prefix 0xfd). */
export const Simd = {
  load: (offset = 0): Code => [...simd(0x00), 4, ...unsignedLeb(offset)],
  store: (offset = 0): Code => [...simd(0x0b), 4, ...unsignedLeb(offset)],
  /** `v128.const` with the same float32 in all four lanes. */
  f32x4Const: (value: number): Code => [
    ...simd(0x0c),
    ...new Uint8Array(new Float32Array([value, value, value, value]).buffer),
  ],
  /** `v128.const` with the same int32 in all four lanes. */
  i32x4Const: (value: number): Code => [
    ...simd(0x0c),
    ...new Uint8Array(new Int32Array([value, value, value, value]).buffer),
  ],
  f32x4Splat: simd(0x13),
  f32x4Gt: simd(0x44),
  f32x4Lt: simd(0x43),
  and: simd(0x4e),
  bitselect: simd(0x52),
  f32x4Nearest: simd(0x6a),
  i32x4Shl: simd(0xab),
  i32x4Add: simd(0xae),
  f32x4Neg: simd(0xe1),
  f32x4Add: simd(0xe4),
  f32x4Sub: simd(0xe5),
  f32x4Mul: simd(0xe6),
  f32x4Div: simd(0xe7),
  f32x4Min: simd(0xe8),
  f32x4Max: simd(0xe9),
  i32x4TruncSatF32x4S: simd(0xf8),
};

/** One function of a module: its exported name, parameter and local types, and its body. */
export interface WasmFunction {
  readonly name: string;
  readonly params: readonly ValueTypeCode[];
  readonly locals: readonly ValueTypeCode[];
  readonly body: Code;
}

function section(id: number, payload: readonly number[]): number[] {
  return [id, ...unsignedLeb(payload.length), ...payload];
}

function vector(items: readonly (readonly number[])[]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  const bytes = Array.from(new TextEncoder().encode(text));
  return [...unsignedLeb(bytes.length), ...bytes];
}

/** The largest memory a 32-bit WebAssembly module can address, in 64 KiB pages. */
const MAX_PAGES = 65536;

/**
 * Encodes a module that imports its memory as `env.memory` and exports `functions` (no results).
 *
 * @param functions - the functions, exported under their names.
 * @param sharedMemory - import a shared memory (the heap of a multi-threaded build, backed by a
 *   SharedArrayBuffer); a shared import must declare a maximum, here the whole 32-bit range, so
 *   any shared memory fits it.
 * @returns the module's bytes, ready for `new WebAssembly.Module`.
 */
export function writeModule(functions: readonly WasmFunction[], sharedMemory = false): Uint8Array {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((p) => [p])), 0x00]);
  // Memory limits: flags 0 = minimum only; 3 = shared, with minimum and maximum.
  const limits = sharedMemory ? [0x03, 0x00, ...unsignedLeb(MAX_PAGES)] : [0x00, 0x00];
  const importMemory = [...name("env"), ...name("memory"), 0x02, ...limits];
  const code = functions.map((f) => {
    const locals = vector(f.locals.map((type) => [1, type]));
    const bodyBytes = [...locals, ...f.body, ...Op.end];
    return [...unsignedLeb(bodyBytes.length), ...bodyBytes];
  });
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vector(types)),
    ...section(2, vector([importMemory])),
    ...section(3, vector(functions.map((_, i) => unsignedLeb(i)))),
    ...section(7, vector(functions.map((f, i) => [...name(f.name), 0x00, ...unsignedLeb(i)]))),
    ...section(10, vector(code)),
  ];
  return new Uint8Array(bytes);
}
