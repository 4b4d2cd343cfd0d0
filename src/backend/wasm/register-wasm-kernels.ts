import * as tf from "@tensorflow/tfjs";
import {
  batchMatMulMaterialisingTransposes,
  materialisesTransposes,
} from "./batch-mat-mul-transposed";
import { conv2dBackpropFilterWasm } from "./conv2d-backprop-filter";
import { copiesGatheredRows, gatherV2CopyingRows } from "./gather-rows";
import { lstmRecurrenceGradWasm, lstmRecurrenceWasm } from "./lstm-recurrence-kernels";
import { copiesSliceRuns, sliceCopyingRuns } from "./slice-copying-runs";
import { unsortedSegmentSumWasm } from "./unsorted-segment-sum";

/** Kernels siamese-lab adds to the WASM backend so that its models can train there. */
const ADDED_KERNELS: readonly tf.KernelConfig[] = [
  unsortedSegmentSumWasm,
  lstmRecurrenceWasm,
  lstmRecurrenceGradWasm,
  conv2dBackpropFilterWasm,
];

/** A kernel siamese-lab replaces with a faster version that gives the same results. */
interface KernelPatch {
  readonly kernelName: string;
  readonly wrap: (original: tf.KernelConfig) => tf.KernelConfig;
  readonly isApplied: (current: tf.KernelConfig) => boolean;
}

const PATCHED_KERNELS: readonly KernelPatch[] = [
  {
    kernelName: tf.BatchMatMul,
    wrap: batchMatMulMaterialisingTransposes,
    isApplied: materialisesTransposes,
  },
  { kernelName: tf.GatherV2, wrap: gatherV2CopyingRows, isApplied: copiesGatheredRows },
  { kernelName: tf.Slice, wrap: sliceCopyingRuns, isApplied: copiesSliceRuns },
];

/**
 * Registers the kernels the WASM backend lacks and replaces the patched ones (idempotent). Called
 * by {@link initBackend} before the wasm backend is used.
 */
export function registerWasmKernels(): void {
  for (const kernel of ADDED_KERNELS) {
    if (tf.getKernel(kernel.kernelName, "wasm") === undefined) tf.registerKernel(kernel);
  }
  for (const patch of PATCHED_KERNELS) {
    const original = tf.getKernel(patch.kernelName, "wasm");
    if (original === undefined || patch.isApplied(original)) continue;
    tf.unregisterKernel(patch.kernelName, "wasm");
    tf.registerKernel(patch.wrap(original));
  }
}
