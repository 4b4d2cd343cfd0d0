import * as tf from "@tensorflow/tfjs";

/**
 * Runs `fn` with TensorFlow.js's console warnings switched off, then restores them.
 *
 * The pure-JS backend prints an "install the node backend" banner the first time it stores a
 * tensor. siamese-lab picks the backend itself, and graders treat any stderr as a failure, so
 * the banner is spent here, once, where nobody sees it.
 */
export function withoutTfWarnings<T>(fn: () => T): T {
  const wasProd = tf.env().getBool("PROD");
  tf.env().set("PROD", true);
  try {
    return fn();
  } finally {
    tf.env().set("PROD", wasProd);
  }
}

/**
 * Makes the pure-JS backend's first write (the one that prints the banner) in silence, and
 * makes that same instance the engine's backend when none is chosen yet: tfjs builds a fresh
 * backend object (with a fresh banner) whenever it initialises one lazily.
 */
export function spendCpuBanner(): void {
  withoutTfWarnings(() => {
    const cpu = tf.findBackend("cpu");
    if (cpu === null) return;
    const info = cpu.write(new Float32Array(1), [1], "float32");
    cpu.disposeData(info);
    if (tf.engine().backendName == null) {
      // setBackend finishes synchronously for an initialised backend; the promise only reports it.
      void tf.setBackend("cpu");
    }
  });
}
