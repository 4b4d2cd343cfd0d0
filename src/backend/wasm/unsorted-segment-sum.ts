import * as tf from "@tensorflow/tfjs";
import type { BackendWasm } from "@tensorflow/tfjs-backend-wasm";

/**
 * `UnsortedSegmentSum` for the WASM backend, which does not ship it.
 *
 * It is the gradient of `gather`, so without it an embedding layer cannot be trained on wasm.
 * out[s, ...] = sum of x[i, ...] over every i with segmentIds[i] = s; ids outside
 * [0, numSegments) are dropped, as in TensorFlow.
 */
export const unsortedSegmentSumWasm: tf.KernelConfig = {
  kernelName: tf.UnsortedSegmentSum,
  backendName: "wasm",
  kernelFunc: ({ inputs, backend, attrs }) => {
    const wasm = backend as BackendWasm;
    const { x, segmentIds } = inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
    const { numSegments } = attrs as unknown as { numSegments: number };
    const idCount = tf.util.sizeFromShape(segmentIds.shape);
    const innerShape = x.shape.slice(segmentIds.shape.length);
    const inner = tf.util.sizeFromShape(innerShape);
    // Copies, not views: element reads from a view of a shared heap (the multi-threaded build)
    // are several times slower than from a private array.
    const values = wasm.typedArrayFromHeap(x).slice();
    const ids = wasm.typedArrayFromHeap(segmentIds).slice();
    const out =
      x.dtype === "int32"
        ? new Int32Array(numSegments * inner)
        : new Float32Array(numSegments * inner);
    for (let i = 0; i < idCount; i++) {
      const segment = ids[i] ?? -1;
      if (segment < 0 || segment >= numSegments) continue;
      const from = i * inner;
      const to = segment * inner;
      for (let k = 0; k < inner; k++) out[to + k] = (out[to + k] ?? 0) + (values[from + k] ?? 0);
    }
    return wasm.makeOutput([numSegments, ...innerShape], x.dtype, undefined, out);
  },
};
