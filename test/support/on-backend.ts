import * as tf from "@tensorflow/tfjs";
import { initBackend, type BackendName } from "../../src/backend";

/** Runs `fn` with `backend` active, then restores the backend that was active before. */
export async function onBackend<T>(backend: BackendName, fn: () => T | Promise<T>): Promise<T> {
  const before = tf.getBackend() as BackendName;
  await initBackend({ backend });
  try {
    return await fn();
  } finally {
    await initBackend({ backend: before });
  }
}

/** Largest absolute difference between two tensors (or arrays) of the same shape. */
export function maxAbsDiff(
  a: tf.Tensor | ArrayLike<number>,
  b: tf.Tensor | ArrayLike<number>,
): number {
  const x = a instanceof tf.Tensor ? a.dataSync() : a;
  const y = b instanceof tf.Tensor ? b.dataSync() : b;
  if (x.length !== y.length)
    throw new Error(`maxAbsDiff: sizes ${x.length} and ${y.length} differ`);
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, Math.abs(x[i]! - y[i]!));
  return max;
}
