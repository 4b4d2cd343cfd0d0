import * as tf from "@tensorflow/tfjs";

const wrapped = new WeakSet<tf.KernelFunc>();

/**
 * Wraps the WASM backend's `BatchMatMul` so that an operand it is asked to transpose is first
 * transposed into a new buffer (with the WASM `Transpose` kernel), then multiplied with both
 * flags false, and the temporary freed. Same results; on WASM the untransposed multiply goes to
 * XNNPACK while a transposed one falls back to a slow loop, 10-20x slower (measured on a
 * [128, 128] x [128, 512] product: 1.3 ms plain, 12.7 ms with `transposeB`, 20.3 ms with
 * `transposeA`). Every matMul gradient asks for a transpose, so this speeds up
 * training of any model with dense or recurrent layers.
 *
 * @param original - the kernel as registered by `@tensorflow/tfjs-backend-wasm`.
 * @returns a kernel config to register in its place (same name, backend and setup).
 */
export function batchMatMulMaterialisingTransposes(original: tf.KernelConfig): tf.KernelConfig {
  const kernelFunc: tf.KernelFunc = ({ inputs, backend, attrs }) => {
    const { a, b } = inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
    const { transposeA, transposeB } = attrs as unknown as {
      transposeA: boolean;
      transposeB: boolean;
    };
    if (!transposeA && !transposeB) return original.kernelFunc({ inputs, backend, attrs });
    const transpose = tf.getKernel(tf.Transpose, "wasm");
    if (transpose === undefined) return original.kernelFunc({ inputs, backend, attrs });
    const temporaries: tf.TensorInfo[] = [];
    const swapLastTwo = (x: tf.TensorInfo): tf.TensorInfo => {
      const rank = x.shape.length;
      const perm = [...Array.from({ length: rank - 2 }, (_, i) => i), rank - 1, rank - 2];
      const out = transpose.kernelFunc({
        inputs: { x },
        backend,
        attrs: { perm },
      }) as tf.TensorInfo;
      temporaries.push(out);
      return out;
    };
    const result = original.kernelFunc({
      inputs: { a: transposeA ? swapLastTwo(a) : a, b: transposeB ? swapLastTwo(b) : b },
      backend,
      attrs: { ...attrs, transposeA: false, transposeB: false },
    });
    for (const info of temporaries) (backend as tf.KernelBackend).disposeData(info.dataId);
    return result;
  };
  wrapped.add(kernelFunc);
  return { ...original, kernelFunc };
}

/** True when `kernel` is already the wrapper made by {@link batchMatMulMaterialisingTransposes}. */
export function materialisesTransposes(kernel: tf.KernelConfig): boolean {
  return wrapped.has(kernel.kernelFunc);
}
