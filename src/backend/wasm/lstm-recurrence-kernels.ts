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
import { heapOffset, matMulInto, wasmModule, zerosOnHeap } from "./wasm-heap";
import { webAssembly } from "./webassembly-api";

const simdSteps = new WeakMap<BackendWasm, LstmCellSteps | null>();

/** SIMD cell steps on this backend's heap when possible (units % 4 == 0), else plain JS. */
function cellSteps(backend: BackendWasm, units: number): LstmCellSteps {
  let simd = simdSteps.get(backend);
  if (simd === undefined) {
    const memory = wasmModule(backend).asm?.memory;
    simd = (memory instanceof webAssembly.Memory ? simdLstmCellSteps(memory) : undefined) ?? null;
    simdSteps.set(backend, simd);
  }
  if (simd !== null && units % 4 === 0) return simd;
  return jsLstmCellSteps(() => wasmModule(backend).HEAPF32);
}

/**
 * The LSTM recurrence on the WASM backend: for each step t, one XNNPACK matrix multiply
 * h_{t-1} U (into a reused buffer) and one fused SIMD pass for the gates, the cell and the
 * output, working in place on the heap. Replaces about a dozen tfjs ops per step.
 * See {@link LSTM_RECURRENCE} for inputs and outputs.
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
    const rec = zerosOnHeap(wasm, [batch, gateWidth]);
    const cells = cellSteps(wasm, units);
    const at = (info: tf.TensorInfo | undefined): number =>
      info === undefined ? 0 : heapOffset(wasm, info);
    for (let t = 0; t < steps; t++) {
      if (t > 0) matMulInto(wasm, hState, recurrentKernel!, rec, batch, units, gateWidth);
      cells.forward({
        xp: at(xp),
        rec: at(rec),
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
    for (const scratch of [hState, cState, rec]) wasm.disposeData(scratch.dataId);
    return [h, ...kept];
  },
};

/**
 * Backpropagation through time for {@link lstmRecurrenceWasm}: from the last step to the first,
 * one fused SIMD pass computes dz_t (the gradient of the gate pre-activations) and one XNNPACK
 * multiply dz_t Uᵀ carries the gradient to h_{t-1}. See {@link LSTM_RECURRENCE_GRAD}.
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
    const dz = wasm.makeOutput([batch, steps, gateWidth], "float32");
    const dhRec = zerosOnHeap(wasm, [batch, units]);
    const dhCarry = zerosOnHeap(wasm, [batch, units]);
    const dcState = zerosOnHeap(wasm, [batch, units]);
    const zeros = zerosOnHeap(wasm, [batch, units]);
    const dzScratch = wasm.makeOutput([batch, gateWidth], "float32");
    const cells = cellSteps(wasm, units);
    const at = (info: tf.TensorInfo): number => heapOffset(wasm, info);
    const rowBytes = units * 4;
    for (let t = steps - 1; t >= 0; t--) {
      cells.backward({
        dh: at(dh!),
        dhRec: at(dhRec),
        dhCarry: at(dhCarry),
        dcState: at(dcState),
        gates: at(gates!),
        tc: at(tanhC!),
        cPrev: t > 0 ? at(c!) + (t - 1) * rowBytes : at(zeros),
        cPrevRowStride: t > 0 ? steps * rowBytes : rowBytes,
        mask: at(mask!),
        dz: at(dz),
        dzScratch: at(dzScratch),
        batch,
        units,
        steps,
        t,
        activation: recurrentActivation,
      });
      if (t > 0) matMulInto(wasm, dzScratch, recurrentKernelT!, dhRec, batch, gateWidth, units);
    }
    for (const scratch of [dhRec, dhCarry, dcState, zeros, dzScratch]) {
      wasm.disposeData(scratch.dataId);
    }
    return dz;
  },
};
