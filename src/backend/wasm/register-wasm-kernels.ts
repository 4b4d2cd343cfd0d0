import * as tf from "@tensorflow/tfjs";
import {
  batchMatMulMaterialisingTransposes,
  materialisesTransposes,
} from "./batch-mat-mul-transposed";
import { lstmRecurrenceGradWasm, lstmRecurrenceWasm } from "./lstm-recurrence-kernels";
import { unsortedSegmentSumWasm } from "./unsorted-segment-sum";

/** Kernels siamese-lab adds to the WASM backend so that its models can train there. */
const ADDED_KERNELS: readonly tf.KernelConfig[] = [
  unsortedSegmentSumWasm,
  lstmRecurrenceWasm,
  lstmRecurrenceGradWasm,
];

/**
 * Registers the kernels the WASM backend lacks (idempotent). Called by {@link initBackend}
 * before the wasm backend is used.
 */
export function registerWasmKernels(): void {
  for (const kernel of ADDED_KERNELS) {
    if (tf.getKernel(kernel.kernelName, "wasm") === undefined) tf.registerKernel(kernel);
  }
  // Kernels siamese-lab replaces with a faster version giving the same results.
  const batchMatMul = tf.getKernel(tf.BatchMatMul, "wasm");
  if (batchMatMul !== undefined && !materialisesTransposes(batchMatMul)) {
    tf.unregisterKernel(tf.BatchMatMul, "wasm");
    tf.registerKernel(batchMatMulMaterialisingTransposes(batchMatMul));
  }
}
