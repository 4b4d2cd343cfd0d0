import { strict as assert } from "node:assert";
import { jsLstmCellSteps } from "../../../src/backend/wasm/lstm-cell-js";
import { lstmCellModuleBytes, simdLstmCellSteps } from "../../../src/backend/wasm/lstm-cell-simd";
import type { LstmCellSteps, RecurrentActivation } from "../../../src/backend/wasm/lstm-cell-steps";
import { webAssembly } from "../../../src/backend/wasm/webassembly-api";
import { createRandom } from "../../../src/random";
import { maxAbsDiff } from "../../support/on-backend";

/** Runs a whole forward and backward pass with one implementation on a fresh memory. */
function run(
  make: (memory: { buffer: ArrayBufferLike }) => LstmCellSteps,
  activation: RecurrentActivation,
  seed: number,
): Record<string, Float32Array> {
  const [batch, steps, units] = [5, 4, 8];
  const memory = new webAssembly.Memory({ initial: 4 });
  const cells = make(memory);
  const heap = new Float32Array(memory.buffer);
  let next = 64;
  const alloc = (n: number): number => {
    const at = next;
    next += n * 4 + 16;
    return at;
  };
  const rng = createRandom(seed);
  const fill = (at: number, n: number, f: () => number): void => {
    for (let i = 0; i < n; i++) heap[(at >> 2) + i] = f();
  };
  const xp = alloc(batch * steps * 4 * units);
  // Packed rows: the recurrent products of rows 0..batch-1 are stored in reverse order, to
  // check the index arrays (padded rows point at the spare row, index batch).
  const rec = alloc((batch + 1) * 4 * units);
  const rowIndex = alloc(batch);
  const ints = new Int32Array(memory.buffer);
  for (let b = 0; b < batch; b++) ints[(rowIndex >> 2) + b] = batch - 1 - b;
  const mask = alloc(batch * steps);
  const [hState, cState, zeros] = [
    alloc(batch * units),
    alloc(batch * units),
    alloc(batch * units),
  ];
  const [hOut, cOut, tcOut] = [1, 2, 3].map(() => alloc(batch * steps * units)) as [
    number,
    number,
    number,
  ];
  const gates = alloc(batch * steps * 4 * units);
  fill(xp, batch * steps * 4 * units, () => rng.normal() * 3);
  fill(mask, batch * steps, () => (rng.next() < 0.3 ? 0 : 1));
  for (let t = 0; t < steps; t++) {
    fill(rec, (batch + 1) * 4 * units, () => rng.normal());
    cells.forward({
      xp,
      rec,
      recRows: rowIndex,
      mask,
      hState,
      cState,
      hOut,
      cOut,
      tcOut,
      gatesOut: gates,
      batch,
      units,
      steps,
      t,
      activation,
      keep: true,
    });
  }
  const dh = alloc(batch * steps * units);
  const [dhRec, dhCarry, dcState] = [1, 2, 3].map(() => alloc((batch + 1) * units)) as [
    number,
    number,
    number,
  ];
  const dz = alloc(batch * steps * 4 * units);
  const dzScratch = alloc((batch + 1) * 4 * units);
  fill(dh, batch * steps * units, () => rng.normal());
  for (let t = steps - 1; t >= 0; t--) {
    fill(dhRec, (batch + 1) * units, () => rng.normal());
    cells.backward({
      dh,
      dhRec,
      dhRecRows: rowIndex,
      dhCarry,
      dcState,
      gates,
      tc: tcOut,
      cPrev: t > 0 ? cOut + (t - 1) * units * 4 : zeros,
      cPrevRowStride: t > 0 ? steps * units * 4 : units * 4,
      mask,
      dz,
      dzScratch,
      dzRows: rowIndex,
      batch,
      units,
      steps,
      t,
      activation,
    });
  }
  const read = (at: number, n: number): Float32Array => heap.slice(at >> 2, (at >> 2) + n);
  return {
    h: read(hOut, batch * steps * units),
    c: read(cOut, batch * steps * units),
    gates: read(gates, batch * steps * 4 * units),
    dz: read(dz, batch * steps * 4 * units),
    dcState: read(dcState, batch * units),
    dhCarry: read(dhCarry, batch * units),
    dzScratch: read(dzScratch, batch * 4 * units),
  };
}

describe("SIMD LSTM cell steps (hand-written WebAssembly)", () => {
  it("is a valid WebAssembly module", () => {
    assert.equal(webAssembly.validate(lstmCellModuleBytes()), true);
  });

  for (const activation of ["sigmoid", "hardSigmoid"] as const) {
    it(`matches the JavaScript steps (${activation}, padded steps included) within 1e-6`, () => {
      for (const seed of [1, 2, 3]) {
        const simd = run((m) => simdLstmCellSteps(m)!, activation, seed);
        const js = run((m) => jsLstmCellSteps(() => new Float32Array(m.buffer)), activation, seed);
        for (const key of Object.keys(js)) {
          const max = maxAbsDiff(js[key]!, simd[key]!);
          assert.ok(max < 1e-6, `${key} differs by ${max}`);
        }
      }
    });
  }
});
