import * as tf from "@tensorflow/tfjs";
import type { BackendWasm } from "@tensorflow/tfjs-backend-wasm";
import { heapF32, heapOffset } from "./wasm-heap";

const wrapped = new WeakSet<tf.KernelFunc>();

/**
 * Wraps the WASM backend's `Slice` with a fast path for 4-byte tensors: each contiguous run of
 * the slice is one `copyWithin` on the heap. The original copies each innermost row through a
 * new `subarray`, about 2 µs a row: 5 ms for the [128, 19, 128] slice the LSTM gradient takes,
 * twice a step. Same results; strings and other dtypes go to the original.
 *
 * @param original - the kernel as registered by `@tensorflow/tfjs-backend-wasm`.
 * @returns a kernel config to register in its place.
 */
export function sliceCopyingRuns(original: tf.KernelConfig): tf.KernelConfig {
  const kernelFunc: tf.KernelFunc = (args) => {
    const { inputs, attrs } = args;
    const backend = args.backend as BackendWasm;
    const { x } = inputs as { x: tf.TensorInfo };
    if (x.dtype !== "float32" && x.dtype !== "int32") return original.kernelFunc(args);
    const { begin, size } = attrs as unknown as { begin: number[]; size: number[] };
    const [start, extent] = tf.slice_util.parseSliceParams(x as tf.Tensor, begin, size) as [
      number[],
      number[],
    ];
    const out = backend.makeOutput(extent, x.dtype);
    const total = tf.util.sizeFromShape(extent);
    if (total === 0) return out;
    const shape = x.shape;
    const rank = shape.length;
    // One run spans axes inner .. rank - 1: the last axis, then earlier ones while every axis
    // after them is taken whole (so the run is contiguous in memory). Axes before it are outer.
    let inner = rank - 1;
    let run = extent[rank - 1]!;
    while (inner > 0 && extent[inner] === shape[inner]) {
      inner--;
      run *= extent[inner]!;
    }
    const strides = tf.util.computeStrides(shape);
    const heap = heapF32(backend);
    const from = heapOffset(backend, x) >> 2;
    const to = heapOffset(backend, out) >> 2;
    const index = new Array<number>(rank).fill(0);
    for (let written = 0; written < total; written += run) {
      let offset = from;
      for (let axis = 0; axis < rank; axis++)
        offset += (start[axis]! + index[axis]!) * (strides[axis] ?? 1);
      heap.copyWithin(to + written, offset, offset + run);
      // Next run: count up the outer axes (0 .. inner - 1), last fastest.
      let axis = inner - 1;
      while (axis >= 0) {
        index[axis]!++;
        if (index[axis]! < extent[axis]!) break;
        index[axis] = 0;
        axis--;
      }
    }
    return out;
  };
  wrapped.add(kernelFunc);
  return { ...original, kernelFunc };
}

/** True when `kernel` is already the wrapper made by {@link sliceCopyingRuns}. */
export function copiesSliceRuns(kernel: tf.KernelConfig): boolean {
  return wrapped.has(kernel.kernelFunc);
}
