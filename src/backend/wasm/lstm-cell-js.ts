import type {
  LstmBackwardStepArgs,
  LstmCellSteps,
  LstmForwardStepArgs,
  RecurrentActivation,
} from "./lstm-cell-steps";

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const hardSigmoid = (x: number): number => Math.min(1, Math.max(0, 0.2 * x + 0.5));

/** dσ/dz written in terms of y = σ(z) (for hardSigmoid: 0.2 inside the linear part). */
function activationSlope(activation: RecurrentActivation): (y: number) => number {
  return activation === "sigmoid" ? (y) => y * (1 - y) : (y) => (y > 0 && y < 1 ? 0.2 : 0);
}

/**
 * The LSTM cell steps in plain JavaScript (double precision, stored as float32). Any `units`;
 * the fallback when WebAssembly SIMD is unavailable or `units` is not a multiple of 4, and the
 * reference the SIMD version is tested against.
 *
 * @param heap - returns a current float32 view of the whole memory (views go stale when the
 *   memory grows, so it is asked for on every step).
 */
export function jsLstmCellSteps(heap: () => Float32Array): LstmCellSteps {
  return {
    kind: "js",
    forward(a: LstmForwardStepArgs): void {
      const m = heap();
      const act = a.activation === "sigmoid" ? sigmoid : hardSigmoid;
      const u = a.units;
      const [xp, rec, mask, hs, cs] = [a.xp, a.rec, a.mask, a.hState, a.cState].map((p) => p >> 2);
      const recRows = new Int32Array(m.buffer, a.recRows, a.batch);
      const [hOut, cOut, tcOut, gOut] = [a.hOut, a.cOut, a.tcOut, a.gatesOut].map((p) => p >> 2);
      for (let b = 0; b < a.batch; b++) {
        const row = b * a.steps + a.t;
        const x = xp! + row * 4 * u;
        const r = rec! + recRows[b]! * 4 * u;
        const s = b * u;
        const o = row * u;
        const g = gOut! + row * 4 * u;
        const live = m[mask! + row] !== 0;
        for (let j = 0; j < u; j++) {
          if (!live) {
            m[hOut! + o + j] = m[hs! + s + j]!;
            if (a.keep) {
              m[cOut! + o + j] = m[cs! + s + j]!;
              m[tcOut! + o + j] = 0;
              for (let k = 0; k < 4; k++) m[g + k * u + j] = 0;
            }
            continue;
          }
          const ig = act(m[x + j]! + m[r + j]!);
          const fg = act(m[x + u + j]! + m[r + u + j]!);
          const gg = Math.tanh(m[x + 2 * u + j]! + m[r + 2 * u + j]!);
          const og = act(m[x + 3 * u + j]! + m[r + 3 * u + j]!);
          const c = fg * m[cs! + s + j]! + ig * gg;
          const tc = Math.tanh(c);
          const h = og * tc;
          m[hs! + s + j] = h;
          m[cs! + s + j] = c;
          m[hOut! + o + j] = h;
          if (a.keep) {
            m[cOut! + o + j] = c;
            m[tcOut! + o + j] = tc;
            m[g + j] = ig;
            m[g + u + j] = fg;
            m[g + 2 * u + j] = gg;
            m[g + 3 * u + j] = og;
          }
        }
      }
    },
    backward(a: LstmBackwardStepArgs): void {
      const m = heap();
      const slope = activationSlope(a.activation);
      const u = a.units;
      const [dhIn, dhRec, dhCarry, dcs, gates, tcs, mask, dz, dzs] = [
        a.dh,
        a.dhRec,
        a.dhCarry,
        a.dcState,
        a.gates,
        a.tc,
        a.mask,
        a.dz,
        a.dzScratch,
      ].map((p) => p >> 2);
      const dhRecRows = new Int32Array(m.buffer, a.dhRecRows, a.batch);
      const dzRows = new Int32Array(m.buffer, a.dzRows, a.batch);
      for (let b = 0; b < a.batch; b++) {
        const row = b * a.steps + a.t;
        const o = row * u;
        const s = b * u;
        const d = dhRec! + dhRecRows[b]! * u;
        const g = gates! + row * 4 * u;
        const z = dz! + row * 4 * u;
        const zs = dzs! + dzRows[b]! * 4 * u;
        const cp = (a.cPrev + b * a.cPrevRowStride) >> 2;
        const live = m[mask! + row] !== 0;
        for (let j = 0; j < u; j++) {
          const dh = m[dhIn! + o + j]! + m[d + j]! + m[dhCarry! + s + j]!;
          if (!live) {
            m[dhCarry! + s + j] = dh;
            for (let k = 0; k < 4; k++) {
              m[z + k * u + j] = 0;
              m[zs + k * u + j] = 0;
            }
            continue;
          }
          const ig = m[g + j]!;
          const fg = m[g + u + j]!;
          const gg = m[g + 2 * u + j]!;
          const og = m[g + 3 * u + j]!;
          const tc = m[tcs! + o + j]!;
          const dc = m[dcs! + s + j]! + dh * og * (1 - tc * tc);
          const di = dc * gg * slope(ig);
          const df = dc * m[cp + j]! * slope(fg);
          const dg = dc * ig * (1 - gg * gg);
          const dO = dh * tc * slope(og);
          m[dcs! + s + j] = dc * fg;
          m[dhCarry! + s + j] = 0;
          m[z + j] = m[zs + j] = di;
          m[z + u + j] = m[zs + u + j] = df;
          m[z + 2 * u + j] = m[zs + 2 * u + j] = dg;
          m[z + 3 * u + j] = m[zs + 3 * u + j] = dO;
        }
      }
    },
  };
}
