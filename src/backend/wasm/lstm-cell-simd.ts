import type {
  LstmBackwardStepArgs,
  LstmCellSteps,
  LstmForwardStepArgs,
  RecurrentActivation,
} from "./lstm-cell-steps";
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
import {
  type Code,
  Op,
  Simd,
  ValueType,
  type ValueTypeCode,
  type WasmFunction,
  writeModule,
} from "./wasm-module-writer";
import { instantiateOnMemory, type WasmMemory } from "./webassembly-api";

// The same equations as `jsLstmCellSteps` (see lstm-cell-steps.ts), four units at a time with
// WebAssembly SIMD. exp is computed as 2^n · p(r), x = n ln2 + r, |r| <= ln2 / 2, with a
// degree-6 polynomial (relative error about 2e-7, like float32 rounding);
// sigmoid(x) = 1 / (1 + e^-x), tanh(x) = 1 - 2 / (1 + e^2x).

const { i32, f32, v128 } = ValueType;

const splat = (value: number): Code => Simd.f32x4Const(value);
const add = (a: Code, b: Code): Code => [...a, ...b, ...Simd.f32x4Add];
const sub = (a: Code, b: Code): Code => [...a, ...b, ...Simd.f32x4Sub];
const mul = (a: Code, b: Code): Code => [...a, ...b, ...Simd.f32x4Mul];
const div = (a: Code, b: Code): Code => [...a, ...b, ...Simd.f32x4Div];
const ZERO = splat(0);
const ONE = splat(1);

/** `if (mask value != 0) live else padded`. */
function ifLive(maskValue: number, live: Code, padded: Code): Code {
  return [
    ...get(maskValue),
    ...Op.f32Const(0),
    ...Op.f32Ne,
    ...Op.if,
    ...live,
    ...Op.else,
    ...padded,
    ...Op.end,
  ];
}

interface ExpTemps {
  readonly x: number;
  readonly n: number;
  readonly r: number;
}

/** e^x for four lanes; x is clamped to [-87, 88] so 2^n stays a normal float. */
function exp(x: Code, t: ExpTemps): Code {
  const n = get(t.n);
  const r = get(t.r);
  let poly: Code = splat(1 / 720);
  for (const coefficient of [1 / 120, 1 / 24, 1 / 6, 1 / 2, 1, 1]) {
    poly = add(mul(poly, r), splat(coefficient));
  }
  const twoToN = [
    ...n,
    ...Simd.i32x4TruncSatF32x4S,
    ...Simd.i32x4Const(127),
    ...Simd.i32x4Add,
    ...Op.i32Const(23),
    ...Simd.i32x4Shl,
  ];
  return [
    ...set(t.x, [...x, ...splat(88), ...Simd.f32x4Min, ...splat(-87), ...Simd.f32x4Max]),
    ...set(t.n, [...mul(get(t.x), splat(Math.LOG2E)), ...Simd.f32x4Nearest]),
    ...set(t.r, sub(sub(get(t.x), mul(n, splat(0.693359375))), mul(n, splat(-2.1219444e-4)))),
    ...mul(poly, twoToN),
  ];
}

function sigmoid(x: Code, t: ExpTemps): Code {
  return div(ONE, add(ONE, exp([...x, ...Simd.f32x4Neg], t)));
}

/** tanh of a local (read twice). */
function tanh(x: number, t: ExpTemps): Code {
  return sub(ONE, div(splat(2), add(ONE, exp(add(get(x), get(x)), t))));
}

function hardSigmoid(x: Code): Code {
  return [
    ...add(mul(x, splat(0.2)), splat(0.5)),
    ...ZERO,
    ...Simd.f32x4Max,
    ...ONE,
    ...Simd.f32x4Min,
  ];
}

/** dσ/dz from y = σ(z): y (1 - y) for sigmoid, 0.2 where 0 < y < 1 for hardSigmoid. */
function slope(y: number, activation: RecurrentActivation): Code {
  if (activation === "sigmoid") return mul(get(y), sub(ONE, get(y)));
  const inside = [
    ...get(y),
    ...ZERO,
    ...Simd.f32x4Gt,
    ...get(y),
    ...ONE,
    ...Simd.f32x4Lt,
    ...Simd.and,
  ];
  return [...splat(0.2), ...ZERO, ...inside, ...Simd.bitselect];
}

/** The indices of a step function's named parameters and locals (see `defineFunction`). */
type Locals = Readonly<Record<string, number>>;

/**
 * Sets the pointers to the four gate blocks [i, f, g, o] of one row (each `units` floats, so
 * `uB` bytes, after the previous), the first at address `first`.
 */
function gateBlocks(L: Locals, [i, f, g, o]: readonly number[], first: Code): Code {
  const plusUnits = (to: number, from: number): Code => set(to, sumI(from, L.uB!));
  return [...set(i!, first), ...plusUnits(f!, i!), ...plusUnits(g!, f!), ...plusUnits(o!, g!)];
}

/** Address of (b, t) in a [batch, steps, 4 units] buffer: `base` + 4 `row`. */
function gateRow(L: Locals, base: number): Code {
  return addI(get(base), mulI(get(L.row!), Op.i32Const(4)));
}

/** Address of batch row b's packed row in a [rows, 4 units] buffer, by the index array `rows`. */
function packedGateRow(L: Locals, base: number, rows: number): Code {
  return addI(get(base), mulI(rowOf(rows, L.b!), mulI(get(L.uB!), Op.i32Const(4))));
}

/**
 * The loop both step functions run: for each batch row b, sets `row` (byte offset of (b, t) in a
 * [batch, steps, units] buffer) and `sB` (of row b in a [batch, units] state), then `pointers`,
 * and runs `live` or `padded` over the units, by mask[b, t].
 */
function overBatchRows(L: Locals, pointers: Code, live: Code, padded: Code): Code {
  const rowIndex = addI(mulI(get(L.b!), get(L.steps!)), get(L.t!));
  return [
    ...set(L.uB!, mulI(get(L.units!), Op.i32Const(4))),
    ...forRange(L.b!, L.batch!, 1, [
      ...set(L.row!, mulI(rowIndex, get(L.uB!))),
      ...set(L.sB!, mulI(get(L.b!), get(L.uB!))),
      ...pointers,
      ...set(L.m!, [...addI(get(L.mask!), mulI(rowIndex, Op.i32Const(4))), ...Op.f32Load()]),
      ...ifLive(L.m!, live, padded),
    ]),
  ];
}

const FORWARD_PARAMS = [
  "xp",
  "rec",
  "recRows",
  "mask",
  "hState",
  "cState",
  "hOut",
  "cOut",
  "tcOut",
  "gatesOut",
  "batch",
  "units",
  "steps",
  "t",
] as const;

function forwardFunction(activation: RecurrentActivation, keep: boolean): WasmFunction {
  const locals: Record<string, ValueTypeCode> = {};
  for (const name of ["b", "j", "uB", "row", "sB", "pX", "pXf", "pXg", "pXo"]) locals[name] = i32;
  for (const name of ["pR", "pRf", "pRg", "pRo", "pG", "pGf", "pGg", "pGo"]) locals[name] = i32;
  locals["m"] = f32;
  for (const name of ["vi", "vf", "vg", "vo", "vc", "vtc", "vh", "tx", "tn", "tr"]) {
    locals[name] = v128;
  }
  const name = `forward_${activation}${keep ? "_keep" : ""}`;
  return defineFunction(name, FORWARD_PARAMS, locals, (L) => {
    const t: ExpTemps = { x: L.tx!, n: L.tn!, r: L.tr! };
    const act = (z: Code): Code => (activation === "sigmoid" ? sigmoid(z, t) : hardSigmoid(z));
    const z = (px: number, pr: number): Code => add(load(sumI(px, L.j!)), load(sumI(pr, L.j!)));
    const at = (...indices: number[]): Code => sumI(...indices, L.j!);
    const live: Code = forRange(L.j!, L.uB!, 16, [
      ...set(L.vi!, act(z(L.pX!, L.pR!))),
      ...set(L.vf!, act(z(L.pXf!, L.pRf!))),
      ...set(L.vg!, z(L.pXg!, L.pRg!)),
      ...set(L.vg!, tanh(L.vg!, t)),
      ...set(L.vo!, act(z(L.pXo!, L.pRo!))),
      ...set(L.vc!, add(mul(get(L.vf!), load(at(L.cState!, L.sB!))), mul(get(L.vi!), get(L.vg!)))),
      ...set(L.vtc!, tanh(L.vc!, t)),
      ...set(L.vh!, mul(get(L.vo!), get(L.vtc!))),
      ...store(at(L.hState!, L.sB!), get(L.vh!)),
      ...store(at(L.cState!, L.sB!), get(L.vc!)),
      ...store(at(L.hOut!, L.row!), get(L.vh!)),
      ...(keep
        ? [
            ...store(at(L.cOut!, L.row!), get(L.vc!)),
            ...store(at(L.tcOut!, L.row!), get(L.vtc!)),
            ...store(at(L.pG!), get(L.vi!)),
            ...store(at(L.pGf!), get(L.vf!)),
            ...store(at(L.pGg!), get(L.vg!)),
            ...store(at(L.pGo!), get(L.vo!)),
          ]
        : []),
    ]);
    const padded: Code = forRange(L.j!, L.uB!, 16, [
      ...store(at(L.hOut!, L.row!), load(at(L.hState!, L.sB!))),
      ...(keep
        ? [
            ...store(at(L.cOut!, L.row!), load(at(L.cState!, L.sB!))),
            ...store(at(L.tcOut!, L.row!), ZERO),
            ...store(at(L.pG!), ZERO),
            ...store(at(L.pGf!), ZERO),
            ...store(at(L.pGg!), ZERO),
            ...store(at(L.pGo!), ZERO),
          ]
        : []),
    ]);
    const pointers: Code = [
      ...gateBlocks(L, [L.pX!, L.pXf!, L.pXg!, L.pXo!], gateRow(L, L.xp!)),
      ...gateBlocks(L, [L.pR!, L.pRf!, L.pRg!, L.pRo!], packedGateRow(L, L.rec!, L.recRows!)),
      ...gateBlocks(L, [L.pG!, L.pGf!, L.pGg!, L.pGo!], gateRow(L, L.gatesOut!)),
    ];
    return overBatchRows(L, pointers, live, padded);
  });
}

const BACKWARD_PARAMS = [
  "dh",
  "dhRec",
  "dhRecRows",
  "dhCarry",
  "dcState",
  "gates",
  "tc",
  "cPrev",
  "cPrevRowStride",
  "mask",
  "dz",
  "dzScratch",
  "dzRows",
  "batch",
  "units",
  "steps",
  "t",
] as const;

function backwardFunction(activation: RecurrentActivation): WasmFunction {
  const locals: Record<string, ValueTypeCode> = {};
  for (const name of ["b", "j", "uB", "row", "sB", "pD", "pC", "pG", "pGf", "pGg", "pGo"]) {
    locals[name] = i32;
  }
  for (const name of ["pZ", "pZf", "pZg", "pZo", "pS", "pSf", "pSg", "pSo"]) locals[name] = i32;
  locals["m"] = f32;
  for (const name of ["vdh", "vdc", "vi", "vf", "vg", "vo", "vtc", "vd"]) locals[name] = v128;
  return defineFunction(`backward_${activation}`, BACKWARD_PARAMS, locals, (L) => {
    const at = (...indices: number[]): Code => sumI(...indices, L.j!);
    const dhTotal = add(add(load(at(L.dh!, L.row!)), load(at(L.pD!))), load(at(L.dhCarry!, L.sB!)));
    const emit = (z: number, scratch: number, value: Code): Code => [
      ...set(L.vd!, value),
      ...store(at(z), get(L.vd!)),
      ...store(at(scratch), get(L.vd!)),
    ];
    const live: Code = forRange(L.j!, L.uB!, 16, [
      ...set(L.vdh!, dhTotal),
      ...set(L.vi!, load(at(L.pG!))),
      ...set(L.vf!, load(at(L.pGf!))),
      ...set(L.vg!, load(at(L.pGg!))),
      ...set(L.vo!, load(at(L.pGo!))),
      ...set(L.vtc!, load(at(L.tc!, L.row!))),
      ...set(
        L.vdc!,
        add(
          load(at(L.dcState!, L.sB!)),
          mul(mul(get(L.vdh!), get(L.vo!)), sub(ONE, mul(get(L.vtc!), get(L.vtc!)))),
        ),
      ),
      ...store(at(L.dcState!, L.sB!), mul(get(L.vdc!), get(L.vf!))),
      ...store(at(L.dhCarry!, L.sB!), ZERO),
      ...emit(L.pZ!, L.pS!, mul(mul(get(L.vdc!), get(L.vg!)), slope(L.vi!, activation))),
      ...emit(L.pZf!, L.pSf!, mul(mul(get(L.vdc!), load(at(L.pC!))), slope(L.vf!, activation))),
      ...emit(
        L.pZg!,
        L.pSg!,
        mul(mul(get(L.vdc!), get(L.vi!)), sub(ONE, mul(get(L.vg!), get(L.vg!)))),
      ),
      ...emit(L.pZo!, L.pSo!, mul(mul(get(L.vdh!), get(L.vtc!)), slope(L.vo!, activation))),
    ]);
    const padded: Code = forRange(L.j!, L.uB!, 16, [
      ...store(at(L.dhCarry!, L.sB!), dhTotal),
      ...[L.pZ!, L.pZf!, L.pZg!, L.pZo!, L.pS!, L.pSf!, L.pSg!, L.pSo!].flatMap((p) =>
        store(at(p), ZERO),
      ),
    ]);
    const pointers: Code = [
      ...set(L.pC!, addI(get(L.cPrev!), mulI(get(L.b!), get(L.cPrevRowStride!)))),
      ...gateBlocks(L, [L.pG!, L.pGf!, L.pGg!, L.pGo!], gateRow(L, L.gates!)),
      ...gateBlocks(L, [L.pZ!, L.pZf!, L.pZg!, L.pZo!], gateRow(L, L.dz!)),
      ...set(L.pD!, addI(get(L.dhRec!), mulI(rowOf(L.dhRecRows!, L.b!), get(L.uB!)))),
      ...gateBlocks(L, [L.pS!, L.pSf!, L.pSg!, L.pSo!], packedGateRow(L, L.dzScratch!, L.dzRows!)),
    ];
    return overBatchRows(L, pointers, live, padded);
  });
}

const ACTIVATIONS: readonly RecurrentActivation[] = ["sigmoid", "hardSigmoid"];

/** The module's bytes: forward (with and without `keep`) and backward, per activation. */
export function lstmCellModuleBytes(): Uint8Array {
  return writeModule(
    ACTIVATIONS.flatMap((a) => [
      forwardFunction(a, true),
      forwardFunction(a, false),
      backwardFunction(a),
    ]),
  );
}

type StepFunction = (...args: number[]) => void;

/**
 * Instantiates the SIMD LSTM cell steps on `memory` (the WASM backend's heap, so they read and
 * write tensors in place). Works for any `units` that is a multiple of 4.
 *
 * @returns the steps, or `undefined` when this engine lacks WebAssembly SIMD or the memory is
 *   shared (a multi-threaded build), in which case callers use `jsLstmCellSteps`.
 */
export function simdLstmCellSteps(memory: WasmMemory): LstmCellSteps | undefined {
  const instance = instantiateOnMemory(lstmCellModuleBytes(), memory);
  if (instance === undefined) return undefined;
  const fn = (name: string): StepFunction => instance.exports[name] as StepFunction;
  const forward = {
    sigmoid: { keep: fn("forward_sigmoid_keep"), drop: fn("forward_sigmoid") },
    hardSigmoid: { keep: fn("forward_hardSigmoid_keep"), drop: fn("forward_hardSigmoid") },
  };
  const backward = { sigmoid: fn("backward_sigmoid"), hardSigmoid: fn("backward_hardSigmoid") };
  return {
    kind: "simd",
    forward(a: LstmForwardStepArgs): void {
      const variant = forward[a.activation];
      (a.keep ? variant.keep : variant.drop)(
        a.xp,
        a.rec,
        a.recRows,
        a.mask,
        a.hState,
        a.cState,
        a.hOut,
        a.cOut,
        a.tcOut,
        a.gatesOut,
        a.batch,
        a.units,
        a.steps,
        a.t,
      );
    },
    backward(a: LstmBackwardStepArgs): void {
      backward[a.activation](
        a.dh,
        a.dhRec,
        a.dhRecRows,
        a.dhCarry,
        a.dcState,
        a.gates,
        a.tc,
        a.cPrev,
        a.cPrevRowStride,
        a.mask,
        a.dz,
        a.dzScratch,
        a.dzRows,
        a.batch,
        a.units,
        a.steps,
        a.t,
      );
    },
  };
}
