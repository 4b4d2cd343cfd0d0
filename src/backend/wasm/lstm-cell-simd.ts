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
  type LocalIndices,
} from "./wasm-code";
import {
  type Code,
  Op,
  Simd,
  ValueType,
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

/** Parameters that both step functions take: the mask and the sizes of the step. */
type LoopParam = "mask" | "batch" | "units" | "steps" | "t";

/** Locals of the loop over batch rows and units that both step functions run. */
const LOOP_LOCALS = {
  /** The batch row b. */
  batchRow: i32,
  /** Byte offset of the four units being computed within a row (steps of 16). */
  unitByte: i32,
  /** Bytes of one row of `units` floats. */
  rowBytes: i32,
  /** Byte offset of (b, t) in a [batch, steps, units] buffer. */
  stepOffset: i32,
  /** Byte offset of row b in a [batch, units] state. */
  stateOffset: i32,
} as const;

/**
 * The indices the loop helpers read. `maskValue` is not in {@link LOOP_LOCALS} because each
 * function numbers it after its own address locals, which keeps the module's bytes as they were.
 */
type LoopIndices = LocalIndices<LoopParam | keyof typeof LOOP_LOCALS | "maskValue">;

/** Four locals holding the addresses of one row's gate blocks [i, f, g, o]. */
type GateBlocks = readonly [number, number, number, number];

/**
 * Sets the pointers to the four gate blocks [i, f, g, o] of one row (each `units` floats, so
 * `rowBytes` bytes, after the previous), the first at address `first`.
 */
function gateBlocks(at: LoopIndices, [i, f, g, o]: GateBlocks, first: Code): Code {
  const plusUnits = (to: number, from: number): Code => set(to, sumI(from, at.rowBytes));
  return [...set(i, first), ...plusUnits(f, i), ...plusUnits(g, f), ...plusUnits(o, g)];
}

/** Address of (b, t) in a [batch, steps, 4 units] buffer: `base` + 4 `stepOffset`. */
function gateRow(at: LoopIndices, base: number): Code {
  return addI(get(base), mulI(get(at.stepOffset), Op.i32Const(4)));
}

/** Address of batch row b's packed row in a [rows, 4 units] buffer, by the index array `rows`. */
function packedGateRow(at: LoopIndices, base: number, rows: number): Code {
  return addI(get(base), mulI(rowOf(rows, at.batchRow), mulI(get(at.rowBytes), Op.i32Const(4))));
}

/**
 * The loop both step functions run: for each batch row b, sets `stepOffset` and `stateOffset`,
 * then `pointers`, and runs `live` or `padded` over the units, by mask[b, t].
 */
function overBatchRows(at: LoopIndices, pointers: Code, live: Code, padded: Code): Code {
  const rowIndex = addI(mulI(get(at.batchRow), get(at.steps)), get(at.t));
  return [
    ...set(at.rowBytes, mulI(get(at.units), Op.i32Const(4))),
    ...forRange(at.batchRow, at.batch, 1, [
      ...set(at.stepOffset, mulI(rowIndex, get(at.rowBytes))),
      ...set(at.stateOffset, mulI(get(at.batchRow), get(at.rowBytes))),
      ...pointers,
      ...set(at.maskValue, [
        ...addI(get(at.mask), mulI(rowIndex, Op.i32Const(4))),
        ...Op.f32Load(),
      ]),
      ...ifLive(at.maskValue, live, padded),
    ]),
  ];
}

/**
 * The forward step's parameters, in call order: the fields of `LstmForwardStepArgs` that are
 * addresses and sizes, so the call passes `FORWARD_PARAMS.map((name) => args[name])`.
 */
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
] as const satisfies readonly (keyof LstmForwardStepArgs)[];

// The locals are numbered in this order after the parameters; the module's bytes depend on it.
const FORWARD_LOCALS = {
  ...LOOP_LOCALS,
  // Addresses of the gate blocks [i, f, g, o] of this row in xp, rec and gatesOut.
  xpI: i32,
  xpF: i32,
  xpG: i32,
  xpO: i32,
  recI: i32,
  recF: i32,
  recG: i32,
  recO: i32,
  gatesOutI: i32,
  gatesOutF: i32,
  gatesOutG: i32,
  gatesOutO: i32,
  maskValue: f32,
  // Four units of the gates i, f, g, o, of c_t, tanh(c_t) and h_t.
  inputGate: v128,
  forgetGate: v128,
  candidate: v128,
  outputGate: v128,
  cell: v128,
  tanhCell: v128,
  hidden: v128,
  // The temporaries of exp: x = n ln2 + r.
  expX: v128,
  expN: v128,
  expR: v128,
} as const;

function forwardFunction(activation: RecurrentActivation, keep: boolean): WasmFunction {
  const name = `forward_${activation}${keep ? "_keep" : ""}`;
  return defineFunction(name, FORWARD_PARAMS, FORWARD_LOCALS, (at) => {
    const temps: ExpTemps = { x: at.expX, n: at.expN, r: at.expR };
    const act = (z: Code): Code => (activation === "sigmoid" ? sigmoid(z, temps) : hardSigmoid(z));
    const atUnit = (...indices: number[]): Code => sumI(...indices, at.unitByte);
    const z = (xp: number, rec: number): Code => add(load(atUnit(xp)), load(atUnit(rec)));
    const live: Code = forRange(at.unitByte, at.rowBytes, 16, [
      ...set(at.inputGate, act(z(at.xpI, at.recI))),
      ...set(at.forgetGate, act(z(at.xpF, at.recF))),
      ...set(at.candidate, z(at.xpG, at.recG)),
      ...set(at.candidate, tanh(at.candidate, temps)),
      ...set(at.outputGate, act(z(at.xpO, at.recO))),
      ...set(
        at.cell,
        add(
          mul(get(at.forgetGate), load(atUnit(at.cState, at.stateOffset))),
          mul(get(at.inputGate), get(at.candidate)),
        ),
      ),
      ...set(at.tanhCell, tanh(at.cell, temps)),
      ...set(at.hidden, mul(get(at.outputGate), get(at.tanhCell))),
      ...store(atUnit(at.hState, at.stateOffset), get(at.hidden)),
      ...store(atUnit(at.cState, at.stateOffset), get(at.cell)),
      ...store(atUnit(at.hOut, at.stepOffset), get(at.hidden)),
      ...(keep
        ? [
            ...store(atUnit(at.cOut, at.stepOffset), get(at.cell)),
            ...store(atUnit(at.tcOut, at.stepOffset), get(at.tanhCell)),
            ...store(atUnit(at.gatesOutI), get(at.inputGate)),
            ...store(atUnit(at.gatesOutF), get(at.forgetGate)),
            ...store(atUnit(at.gatesOutG), get(at.candidate)),
            ...store(atUnit(at.gatesOutO), get(at.outputGate)),
          ]
        : []),
    ]);
    const padded: Code = forRange(at.unitByte, at.rowBytes, 16, [
      ...store(atUnit(at.hOut, at.stepOffset), load(atUnit(at.hState, at.stateOffset))),
      ...(keep
        ? [
            ...store(atUnit(at.cOut, at.stepOffset), load(atUnit(at.cState, at.stateOffset))),
            ...store(atUnit(at.tcOut, at.stepOffset), ZERO),
            ...store(atUnit(at.gatesOutI), ZERO),
            ...store(atUnit(at.gatesOutF), ZERO),
            ...store(atUnit(at.gatesOutG), ZERO),
            ...store(atUnit(at.gatesOutO), ZERO),
          ]
        : []),
    ]);
    const pointers: Code = [
      ...gateBlocks(at, [at.xpI, at.xpF, at.xpG, at.xpO], gateRow(at, at.xp)),
      ...gateBlocks(
        at,
        [at.recI, at.recF, at.recG, at.recO],
        packedGateRow(at, at.rec, at.recRows),
      ),
      ...gateBlocks(
        at,
        [at.gatesOutI, at.gatesOutF, at.gatesOutG, at.gatesOutO],
        gateRow(at, at.gatesOut),
      ),
    ];
    return overBatchRows(at, pointers, live, padded);
  });
}

/**
 * The backward step's parameters, in call order: the fields of `LstmBackwardStepArgs` that are
 * addresses and sizes, so the call passes `BACKWARD_PARAMS.map((name) => args[name])`.
 */
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
] as const satisfies readonly (keyof LstmBackwardStepArgs)[];

// The locals are numbered in this order after the parameters; the module's bytes depend on it.
const BACKWARD_LOCALS = {
  ...LOOP_LOCALS,
  /** Address of row b's packed dh from the recurrent product. */
  dhRecRow: i32,
  /** Address of row b of the previous cell state. */
  cPrevRow: i32,
  // Addresses of the gate blocks [i, f, g, o] of this row in gates, dz and dzScratch.
  gatesI: i32,
  gatesF: i32,
  gatesG: i32,
  gatesO: i32,
  dzI: i32,
  dzF: i32,
  dzG: i32,
  dzO: i32,
  scratchI: i32,
  scratchF: i32,
  scratchG: i32,
  scratchO: i32,
  maskValue: f32,
  // Four units of dh, dc, the gates i, f, g, o, tanh(c_t), and the dz being written.
  hiddenGrad: v128,
  cellGrad: v128,
  inputGate: v128,
  forgetGate: v128,
  candidate: v128,
  outputGate: v128,
  tanhCell: v128,
  gateGrad: v128,
} as const;

function backwardFunction(activation: RecurrentActivation): WasmFunction {
  return defineFunction(`backward_${activation}`, BACKWARD_PARAMS, BACKWARD_LOCALS, (at) => {
    const atUnit = (...indices: number[]): Code => sumI(...indices, at.unitByte);
    const dhTotal = add(
      add(load(atUnit(at.dh, at.stepOffset)), load(atUnit(at.dhRecRow))),
      load(atUnit(at.dhCarry, at.stateOffset)),
    );
    // dz goes both to its place in dz and to the packed scratch row of the next matrix multiply.
    const emit = (dz: number, scratch: number, value: Code): Code => [
      ...set(at.gateGrad, value),
      ...store(atUnit(dz), get(at.gateGrad)),
      ...store(atUnit(scratch), get(at.gateGrad)),
    ];
    const oneMinusSquare = (v: number): Code => sub(ONE, mul(get(v), get(v)));
    const live: Code = forRange(at.unitByte, at.rowBytes, 16, [
      ...set(at.hiddenGrad, dhTotal),
      ...set(at.inputGate, load(atUnit(at.gatesI))),
      ...set(at.forgetGate, load(atUnit(at.gatesF))),
      ...set(at.candidate, load(atUnit(at.gatesG))),
      ...set(at.outputGate, load(atUnit(at.gatesO))),
      ...set(at.tanhCell, load(atUnit(at.tc, at.stepOffset))),
      ...set(
        at.cellGrad,
        add(
          load(atUnit(at.dcState, at.stateOffset)),
          mul(mul(get(at.hiddenGrad), get(at.outputGate)), oneMinusSquare(at.tanhCell)),
        ),
      ),
      ...store(atUnit(at.dcState, at.stateOffset), mul(get(at.cellGrad), get(at.forgetGate))),
      ...store(atUnit(at.dhCarry, at.stateOffset), ZERO),
      ...emit(
        at.dzI,
        at.scratchI,
        mul(mul(get(at.cellGrad), get(at.candidate)), slope(at.inputGate, activation)),
      ),
      ...emit(
        at.dzF,
        at.scratchF,
        mul(mul(get(at.cellGrad), load(atUnit(at.cPrevRow))), slope(at.forgetGate, activation)),
      ),
      ...emit(
        at.dzG,
        at.scratchG,
        mul(mul(get(at.cellGrad), get(at.inputGate)), oneMinusSquare(at.candidate)),
      ),
      ...emit(
        at.dzO,
        at.scratchO,
        mul(mul(get(at.hiddenGrad), get(at.tanhCell)), slope(at.outputGate, activation)),
      ),
    ]);
    const padded: Code = forRange(at.unitByte, at.rowBytes, 16, [
      ...store(atUnit(at.dhCarry, at.stateOffset), dhTotal),
      ...[
        at.dzI,
        at.dzF,
        at.dzG,
        at.dzO,
        at.scratchI,
        at.scratchF,
        at.scratchG,
        at.scratchO,
      ].flatMap((address) => store(atUnit(address), ZERO)),
    ]);
    const pointers: Code = [
      ...set(at.cPrevRow, addI(get(at.cPrev), mulI(get(at.batchRow), get(at.cPrevRowStride)))),
      ...gateBlocks(at, [at.gatesI, at.gatesF, at.gatesG, at.gatesO], gateRow(at, at.gates)),
      ...gateBlocks(at, [at.dzI, at.dzF, at.dzG, at.dzO], gateRow(at, at.dz)),
      ...set(
        at.dhRecRow,
        addI(get(at.dhRec), mulI(rowOf(at.dhRecRows, at.batchRow), get(at.rowBytes))),
      ),
      ...gateBlocks(
        at,
        [at.scratchI, at.scratchF, at.scratchG, at.scratchO],
        packedGateRow(at, at.dzScratch, at.dzRows),
      ),
    ];
    return overBatchRows(at, pointers, live, padded);
  });
}

const ACTIVATIONS: readonly RecurrentActivation[] = ["sigmoid", "hardSigmoid"];

/**
 * The module's bytes: forward (with and without `keep`) and backward, per activation.
 *
 * @param sharedMemory - import a shared memory (multi-threaded backend) instead of a plain one.
 */
export function lstmCellModuleBytes(sharedMemory = false): Uint8Array {
  return writeModule(
    ACTIVATIONS.flatMap((a) => [
      forwardFunction(a, true),
      forwardFunction(a, false),
      backwardFunction(a),
    ]),
    sharedMemory,
  );
}

type StepFunction = (...args: number[]) => void;

/**
 * Instantiates the SIMD LSTM cell steps on `memory` (the WASM backend's heap, so they read and
 * write tensors in place). Works for any `units` that is a multiple of 4.
 *
 * The memory may be shared (the multi-threaded backend): only the calling thread runs these steps,
 * so plain loads and stores are enough.
 *
 * @returns the steps, or `undefined` when this engine lacks WebAssembly SIMD, in which case
 *   callers use `jsLstmCellSteps`.
 */
export function simdLstmCellSteps(memory: WasmMemory): LstmCellSteps | undefined {
  const instance = instantiateOnMemory(lstmCellModuleBytes, memory);
  if (instance === undefined) return undefined;
  const fn = (name: string): StepFunction => instance.exports[name] as StepFunction;
  const forward = {
    sigmoid: { keep: fn("forward_sigmoid_keep"), drop: fn("forward_sigmoid") },
    hardSigmoid: { keep: fn("forward_hardSigmoid_keep"), drop: fn("forward_hardSigmoid") },
  };
  const backward = { sigmoid: fn("backward_sigmoid"), hardSigmoid: fn("backward_hardSigmoid") };
  return {
    kind: "simd",
    forward(args: LstmForwardStepArgs): void {
      const variant = forward[args.activation];
      (args.keep ? variant.keep : variant.drop)(...FORWARD_PARAMS.map((name) => args[name]));
    },
    backward(args: LstmBackwardStepArgs): void {
      backward[args.activation](...BACKWARD_PARAMS.map((name) => args[name]));
    },
  };
}
