// Helpers shared by the tensor tests: seeded random inputs, closeness checks, leak checks.
import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { createRandom } from "../../src/random";
import type { Matrix } from "./reference";

export function randomMatrix(seed: number, rows: number, cols: number, scale = 1): Matrix {
  const rng = createRandom(seed);
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => rng.normal() * scale),
  );
}

export function randomLabels(seed: number, n: number, classes: number): number[] {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.int(classes));
}

export function assertClose(
  actual: number,
  expected: number,
  tolerance = 1e-5,
  what = "value",
): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${what}: expected ${expected}, got ${actual}`,
  );
}

export function assertAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance = 1e-5,
): void {
  assert.equal(actual.length, expected.length, "length");
  for (let i = 0; i < expected.length; i++)
    assertClose(actual[i]!, expected[i]!, tolerance, `index ${i}`);
}

/** Runs `fn`, disposes what it returns, and asserts no tensor was left behind. */
export function assertNoLeak(fn: () => tf.TensorContainer): void {
  const before = tf.memory().numTensors;
  const result = fn();
  tf.dispose(result);
  assert.equal(tf.memory().numTensors, before, "tensors leaked");
}

/** Reads a scalar tensor's value and disposes it. */
export function scalarValue(t: tf.Tensor): number {
  const v = t.dataSync()[0] as number;
  t.dispose();
  return v;
}

/** Gradient of `f` with respect to a matrix input, checked finite; returns the gradient values. */
export function finiteGradient(f: (x: tf.Tensor2D) => tf.Scalar, x: Matrix): number[] {
  const input = tf.tensor2d(x);
  const grad = tf.grad((t: tf.Tensor) => f(t as tf.Tensor2D))(input);
  const values = Array.from(grad.dataSync());
  tf.dispose([input, grad]);
  for (const v of values) assert.ok(Number.isFinite(v), `gradient not finite: ${v}`);
  return values;
}
