import type { RecurrentActivation } from "../lstm-kernel-names";

/**
 * The element-wise part of one LSTM time step, forward and backward, working on float32 buffers
 * addressed by byte offsets into one memory (the WASM backend's heap).
 *
 * Gate layout and equations are those of Keras / TensorFlow.js (Hochreiter & Schmidhuber 1997,
 * with the forget gate of Gers et al. 2000). With z = x_t W + b + h_{t-1} U split into
 * [z_i, z_f, z_g, z_o] (each `units` wide) and σ the recurrent activation:
 *
 *   i = σ(z_i), f = σ(z_f), g = tanh(z_g), o = σ(z_o)
 *   c_t = f ⊙ c_{t-1} + i ⊙ g,   h_t = o ⊙ tanh(c_t)
 *
 * A padded step (mask 0) keeps the previous state and outputs the previous h (Keras semantics).
 *
 * Memory layout (all float32, byte offsets): `xp`, `gates`, `dz` are [batch, steps, 4 units];
 * `hOut`, `cOut`, `tcOut` (tanh c), `dh` are [batch, steps, units]; `mask` is [batch, steps];
 * the states `hState`, `cState`, `dhCarry`, `dcState` are [batch, units]. `cPrev` points at
 * element (0, 0) of the previous cell state, rows `cPrevRowStride` bytes apart.
 *
 * Packed rows: the recurrent products `rec` ([rows, 4 units]) and `dhRec` ([rows, units]) and the
 * scratch copy `dzScratch` ([rows, 4 units]) hold only the rows that take part in the step's
 * matrix multiply; int32 arrays ([batch]) map each batch row to its row there (`recRows`,
 * `dhRecRows`, `dzRows`), so padded rows cost no multiply.
 */
export interface LstmCellSteps {
  /** Which implementation this is (for benchmarks and tests). */
  readonly kind: "simd" | "js";
  /**
   * One forward step at time `t`: reads z = xp[:, t] + rec, updates `hState`/`cState` and writes
   * h (and, when `keep`, c, tanh c and the activated gates [i, f, g, o]) at step t.
   */
  forward(args: LstmForwardStepArgs): void;
  /**
   * One backward step at time `t`: from dh[:, t] + dhRec + dhCarry and the running dc, writes
   * dz at step t (and into `dzScratch`), updates `dcState` and `dhCarry`.
   */
  backward(args: LstmBackwardStepArgs): void;
}

export type { RecurrentActivation };

/** Arguments of {@link LstmCellSteps.forward} (byte offsets and sizes). */
export interface LstmForwardStepArgs {
  readonly xp: number;
  readonly rec: number;
  /** int32 [batch]: row of `rec` for each batch row. */
  readonly recRows: number;
  readonly mask: number;
  readonly hState: number;
  readonly cState: number;
  readonly hOut: number;
  /** Where c, tanh c and gates go; ignored when `keep` is false. */
  readonly cOut: number;
  readonly tcOut: number;
  readonly gatesOut: number;
  readonly batch: number;
  readonly units: number;
  readonly steps: number;
  readonly t: number;
  readonly activation: RecurrentActivation;
  /** Write what the backward pass needs (c, tanh c, gates). */
  readonly keep: boolean;
}

/** Arguments of {@link LstmCellSteps.backward} (byte offsets and sizes). */
export interface LstmBackwardStepArgs {
  readonly dh: number;
  readonly dhRec: number;
  /** int32 [batch]: row of `dhRec` for each batch row. */
  readonly dhRecRows: number;
  readonly dhCarry: number;
  readonly dcState: number;
  readonly gates: number;
  readonly tc: number;
  readonly cPrev: number;
  readonly cPrevRowStride: number;
  readonly mask: number;
  readonly dz: number;
  readonly dzScratch: number;
  /** int32 [batch]: row of `dzScratch` each batch row writes (a spare row for padded ones). */
  readonly dzRows: number;
  readonly batch: number;
  readonly units: number;
  readonly steps: number;
  readonly t: number;
  readonly activation: RecurrentActivation;
}
