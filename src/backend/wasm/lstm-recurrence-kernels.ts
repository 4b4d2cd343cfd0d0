import type * as tf from "@tensorflow/tfjs";
import type { BackendWasm } from "@tensorflow/tfjs-backend-wasm";
import {
  LSTM_RECURRENCE,
  LSTM_RECURRENCE_GRAD,
  type LstmRecurrenceAttrs,
  type LstmRecurrenceGradAttrs,
} from "../lstm-kernel-names";
import { jsLstmCellSteps } from "./lstm-cell-js";
import { simdLstmCellSteps } from "./lstm-cell-simd";
import type { LstmCellSteps } from "./lstm-cell-steps";
import { heapF32, heapOffset, matMulInto, perHeap, zerosOnHeap } from "./wasm-heap";

const simdSteps = perHeap(simdLstmCellSteps);

/** SIMD cell steps on this backend's heap when possible (units % 4 == 0), else plain JS. */
function cellSteps(backend: BackendWasm, units: number): LstmCellSteps {
  const simd = simdSteps(backend);
  if (simd !== null && units % 4 === 0) return simd;
  return jsLstmCellSteps(() => heapF32(backend));
}

/** Batch rows that are real (not padding) at step t of a [batch, steps] 0/1 mask. */
function liveRows(mask: Float32Array, batch: number, steps: number, t: number): number[] {
  const rows: number[] = [];
  for (let b = 0; b < batch; b++) if (mask[b * steps + t] !== 0) rows.push(b);
  return rows;
}

/**
 * Writes the packed-row index array: entry b is k when b = live[k], else `spare` (a row of
 * zeros, or a junk row, depending on the buffer).
 */
function writeRowIndex(
  wasm: BackendWasm,
  index: tf.TensorInfo,
  live: readonly number[],
  batch: number,
  spare: number,
): void {
  const rows = new Int32Array(heapF32(wasm).buffer, heapOffset(wasm, index), batch);
  rows.fill(spare);
  live.forEach((b, k) => (rows[b] = k));
}

/**
 * The LSTM recurrence on the WASM backend: for each step t, one XNNPACK matrix multiply
 * h_{t-1} U over the rows that are real at step t (padded rows are skipped, like a packed
 * sequence), and one fused SIMD pass for the gates, the cell and the output, working in place on
 * the heap. Replaces about a dozen tfjs ops per step. See {@link LSTM_RECURRENCE}.
 */
export const lstmRecurrenceWasm: tf.KernelConfig = {
  kernelName: LSTM_RECURRENCE,
  backendName: "wasm",
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { xp, recurrentKernel, mask } = inputs as Record<string, tf.TensorInfo>;
    const { recurrentActivation, keepIntermediates } = attrs as unknown as LstmRecurrenceAttrs;
    const [batch, steps, gateWidth] = xp!.shape as [number, number, number];
    const units = gateWidth / 4;
    const maskValues = (wasm.typedArrayFromHeap(mask!) as Float32Array).slice();
    const h = wasm.makeOutput([batch, steps, units], "float32");
    const kept = keepIntermediates
      ? [
          wasm.makeOutput([batch, steps, units], "float32"),
          wasm.makeOutput([batch, steps, units], "float32"),
          wasm.makeOutput([batch, steps, gateWidth], "float32"),
        ]
      : [];
    const hState = zerosOnHeap(wasm, [batch, units]);
    const cState = zerosOnHeap(wasm, [batch, units]);
    const hLive = wasm.makeOutput([batch, units], "float32");
    // Row `batch` of rec stays zero: the recurrent term of rows with no multiply (t = 0, padding).
    const rec = zerosOnHeap(wasm, [batch + 1, gateWidth]);
    const recRows = wasm.makeOutput([batch], "int32");
    const cells = cellSteps(wasm, units);
    const at = (info: tf.TensorInfo | undefined): number =>
      info === undefined ? 0 : heapOffset(wasm, info);
    for (let t = 0; t < steps; t++) {
      const live = t === 0 ? [] : liveRows(maskValues, batch, steps, t);
      if (live.length === batch) {
        matMulInto(wasm, hState, recurrentKernel!, rec, batch, units, gateWidth);
      } else if (live.length > 0) {
        const heap = heapF32(wasm);
        const from = at(hState) >> 2;
        const to = at(hLive) >> 2;
        live.forEach((b, k) =>
          heap.copyWithin(to + k * units, from + b * units, from + (b + 1) * units),
        );
        matMulInto(wasm, hLive, recurrentKernel!, rec, live.length, units, gateWidth);
      }
      writeRowIndex(wasm, recRows, live, batch, batch);
      cells.forward({
        xp: at(xp),
        rec: at(rec),
        recRows: at(recRows),
        mask: at(mask),
        hState: at(hState),
        cState: at(cState),
        hOut: at(h),
        cOut: at(kept[0]),
        tcOut: at(kept[1]),
        gatesOut: at(kept[2]),
        batch,
        units,
        steps,
        t,
        activation: recurrentActivation,
        keep: keepIntermediates,
      });
    }
    for (const scratch of [hState, cState, hLive, rec, recRows]) wasm.disposeData(scratch.dataId);
    return [h, ...kept];
  },
};

/**
 * Backpropagation through time for {@link lstmRecurrenceWasm}: from the last step to the first,
 * one fused SIMD pass computes dz_t (the gradient of the gate pre-activations) and one XNNPACK
 * multiply dz_t Uᵀ over the real rows carries the gradient to h_{t-1}.
 * See {@link LSTM_RECURRENCE_GRAD}.
 */
export const lstmRecurrenceGradWasm: tf.KernelConfig = {
  kernelName: LSTM_RECURRENCE_GRAD,
  backendName: "wasm",
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { dh, c, tanhC, gates, recurrentKernelT, mask } = inputs as Record<string, tf.TensorInfo>;
    const { recurrentActivation } = attrs as unknown as LstmRecurrenceGradAttrs;
    const [batch, steps, units] = dh!.shape as [number, number, number];
    const gateWidth = 4 * units;
    const maskValues = (wasm.typedArrayFromHeap(mask!) as Float32Array).slice();
    const dz = wasm.makeOutput([batch, steps, gateWidth], "float32");
    // Row `batch` of dhRec stays zero; row `batch` of dzScratch takes the padded rows' zeros.
    const dhRec = zerosOnHeap(wasm, [batch + 1, units]);
    const dhRecRows = wasm.makeOutput([batch], "int32");
    const dhCarry = zerosOnHeap(wasm, [batch, units]);
    const dcState = zerosOnHeap(wasm, [batch, units]);
    const zeros = zerosOnHeap(wasm, [batch, units]);
    const dzScratch = wasm.makeOutput([batch + 1, gateWidth], "float32");
    const dzRows = wasm.makeOutput([batch], "int32");
    const cells = cellSteps(wasm, units);
    const at = (info: tf.TensorInfo): number => heapOffset(wasm, info);
    const rowBytes = units * 4;
    writeRowIndex(wasm, dhRecRows, [], batch, batch);
    for (let t = steps - 1; t >= 0; t--) {
      const live = liveRows(maskValues, batch, steps, t);
      writeRowIndex(wasm, dzRows, live, batch, batch);
      cells.backward({
        dh: at(dh!),
        dhRec: at(dhRec),
        dhRecRows: at(dhRecRows),
        dhCarry: at(dhCarry),
        dcState: at(dcState),
        gates: at(gates!),
        tc: at(tanhC!),
        cPrev: t > 0 ? at(c!) + (t - 1) * rowBytes : at(zeros),
        cPrevRowStride: t > 0 ? steps * rowBytes : rowBytes,
        mask: at(mask!),
        dz: at(dz),
        dzScratch: at(dzScratch),
        dzRows: at(dzRows),
        batch,
        units,
        steps,
        t,
        activation: recurrentActivation,
      });
      if (t > 0) {
        if (live.length > 0) {
          matMulInto(wasm, dzScratch, recurrentKernelT!, dhRec, live.length, gateWidth, units);
        }
        writeRowIndex(wasm, dhRecRows, live, batch, batch);
      }
    }
    for (const scratch of [dhRec, dhRecRows, dhCarry, dcState, zeros, dzScratch, dzRows]) {
      wasm.disposeData(scratch.dataId);
    }
    return dz;
  },
};
