import {
  type Code,
  Op,
  Simd,
  ValueType,
  type ValueTypeCode,
  type WasmFunction,
} from "./wasm-module-writer";

// Structured-code helpers for the hand-written WebAssembly kernels: named locals, i32 address
// arithmetic, v128 loads and stores, counted loops. Every value is a `Code` byte array.

/** The index of every named parameter and local of a function built by {@link defineFunction}. */
export type LocalIndices<Name extends string> = Readonly<Record<Name, number>>;

/**
 * Builds one function whose parameters are all i32 (addresses and sizes); `body` receives the
 * index of every named parameter and local. The names are type parameters, so `body` can only
 * ask for names that exist and gets a `number` for each (no `!` needed); a lookup of another
 * name (from untyped code) still throws rather than emit local 0.
 *
 * @param name - the exported name.
 * @param params - the parameters' names, in call order.
 * @param locals - each local's name and type; locals are numbered after the parameters, in
 *   this object's key order.
 * @param body - builds the code from the indices.
 * @returns the function, for `writeModule`.
 * @example
 * ```ts
 * defineFunction("twice", ["n"], { k: ValueType.i32 }, (at) => set(at.k, addI(get(at.n), get(at.n))));
 * ```
 */
export function defineFunction<Param extends string, Local extends string>(
  name: string,
  params: readonly Param[],
  locals: Readonly<Record<Local, ValueTypeCode>>,
  body: (at: LocalIndices<Param | Local>) => Code,
): WasmFunction {
  const at: Record<string, number> = {};
  params.forEach((p, i) => (at[p] = i));
  Object.keys(locals).forEach((l, i) => (at[l] = params.length + i));
  const lookup = new Proxy(at, {
    get: (target, key: string) => {
      const index = target[key];
      if (index === undefined) throw new Error(`wasm-code: unknown local '${key}'`);
      return index;
    },
  });
  return {
    name,
    params: params.map(() => ValueType.i32),
    locals: Object.values<ValueTypeCode>(locals),
    body: body(lookup as LocalIndices<Param | Local>),
  };
}

/** Reads a local. */
export const get = (index: number): Code => Op.localGet(index);
/** Writes `value` to a local. */
export const set = (index: number, value: Code): Code => [...value, ...Op.localSet(index)];
/** Sum of i32 locals. */
export const sumI = (...indices: number[]): Code =>
  indices.flatMap((index, k) => (k === 0 ? get(index) : [...get(index), ...Op.i32Add]));
/** i32 product. */
export const mulI = (a: Code, b: Code): Code => [...a, ...b, ...Op.i32Mul];
/** i32 sum. */
export const addI = (a: Code, b: Code): Code => [...a, ...b, ...Op.i32Add];
/** v128 load from an i32 address. */
export const load = (address: Code): Code => [...address, ...Simd.load()];
/** v128 store of `value` at an i32 address. */
export const store = (address: Code, value: Code): Code => [...address, ...value, ...Simd.store()];

/** `rows[b]`: the int32 entry of an index array (byte offset in local `rows`) for row `b`. */
export const rowOf = (rows: number, b: number): Code => [
  ...addI(get(rows), mulI(get(b), Op.i32Const(4))),
  ...Op.i32Load(),
];

/** `for (counter = 0; counter < end; counter += step) body` over i32 locals. */
export function forRange(counter: number, end: number, step: number, body: Code): Code {
  return [
    ...set(counter, Op.i32Const(0)),
    ...Op.block,
    ...Op.loop,
    ...get(counter),
    ...get(end),
    ...Op.i32GeS,
    ...Op.brIf(1),
    ...body,
    ...set(counter, addI(get(counter), Op.i32Const(step))),
    ...Op.br(0),
    ...Op.end,
    ...Op.end,
  ];
}
