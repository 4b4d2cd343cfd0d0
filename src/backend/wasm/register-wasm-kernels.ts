import * as tf from "@tensorflow/tfjs";
import { unsortedSegmentSumWasm } from "./unsorted-segment-sum";

/** Kernels siamese-lab adds to the WASM backend so that its models can train there. */
const ADDED_KERNELS: readonly tf.KernelConfig[] = [unsortedSegmentSumWasm];

/**
 * Registers the kernels the WASM backend lacks (idempotent). Called by {@link initBackend}
 * before the wasm backend is used.
 */
export function registerWasmKernels(): void {
  for (const kernel of ADDED_KERNELS) {
    if (tf.getKernel(kernel.kernelName, "wasm") === undefined) tf.registerKernel(kernel);
  }
}
