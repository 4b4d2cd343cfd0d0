import * as tf from "@tensorflow/tfjs";
import { describeValue, formatShape, invalidArgument } from "./validation-error";

/** Input accepted where a matrix is expected: a tensor or nested plain arrays. */
export type MatrixLike = tf.Tensor2D | tf.Tensor | readonly (readonly number[])[];

/** Input accepted where a vector is expected: a tensor, a plain array or a typed array. */
export type VectorLike = tf.Tensor1D | tf.Tensor | readonly number[] | Float32Array | Int32Array;

/**
 * Checks that `x` is a tensor of the given rank (and, where given, the exact sizes; `null`
 * matches any size) and returns it typed.
 */
export function checkTensor(
  fn: string,
  argument: string,
  x: unknown,
  shape: readonly (number | null)[],
): tf.Tensor {
  if (!(x instanceof tf.Tensor)) {
    throw invalidArgument(fn, argument, `a tf.Tensor of rank ${shape.length}`, describeValue(x));
  }
  const tensor = x as tf.Tensor;
  const actual: readonly number[] = tensor.shape;
  const matches =
    actual.length === shape.length && shape.every((size, i) => size === null || size === actual[i]);
  if (!matches) {
    const expected = `shape [${shape.map((s) => (s === null ? "*" : String(s))).join(", ")}]`;
    throw invalidArgument(fn, argument, expected, `shape ${formatShape(actual)}`);
  }
  return tensor;
}

/**
 * Checks that every value of a float tensor is finite. NaN or Infinity in an input is always a
 * bug upstream (a diverged model, a bad file); catching it here names the argument at fault.
 */
export function checkFinite(fn: string, argument: string, x: tf.Tensor): void {
  if (x.dtype !== "float32") return;
  const values = x.dataSync();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      throw invalidArgument(fn, argument, "finite everywhere", `${v} at flat index ${i}`);
    }
  }
}

/**
 * Converts a matrix-like input to a float32 tensor `[rows, cols]`, checking it is rectangular
 * and finite. int32 and bool tensors are cast to float32 (their values are exact in float32
 * up to 2^24, and some backends' float kernels, such as wasm's, reject or misread other types);
 * string and complex tensors are refused by name. Call inside `tf.tidy`: a cast or a tensor
 * built from arrays is a new tensor.
 */
export function toMatrix(fn: string, argument: string, x: MatrixLike): tf.Tensor2D {
  if (x instanceof tf.Tensor) {
    const t = checkTensor(fn, argument, x, [null, null]) as tf.Tensor2D;
    if (t.dtype === "int32" || t.dtype === "bool") return tf.cast(t, "float32");
    if (t.dtype !== "float32") {
      throw invalidArgument(fn, argument, "a float32, int32 or bool tensor", `a ${t.dtype} tensor`);
    }
    checkFinite(fn, argument, t);
    return t;
  }
  if (!Array.isArray(x))
    throw invalidArgument(fn, argument, "a 2-D tensor or number[][]", describeValue(x));
  const rows = x as readonly (readonly number[])[];
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw invalidArgument(
        fn,
        argument,
        `rectangular (every row of length ${width})`,
        `row ${i} ${describeValue(row)}`,
      );
    }
  });
  const t = tf.tensor2d(rows as number[][], [rows.length, width], "float32");
  checkFinite(fn, argument, t);
  return t;
}

/** Converts a vector-like input to a plain `number[]`, checking every value is finite. */
export function toNumberArray(fn: string, argument: string, x: VectorLike): number[] {
  let values: number[];
  if (x instanceof tf.Tensor) {
    if (x.rank !== 1)
      throw invalidArgument(fn, argument, "a 1-D tensor", `shape ${formatShape(x.shape)}`);
    values = Array.from(x.dataSync());
  } else if (Array.isArray(x) || x instanceof Float32Array || x instanceof Int32Array) {
    values = Array.from(x as ArrayLike<number>);
  } else {
    throw invalidArgument(fn, argument, "a number array or 1-D tensor", describeValue(x));
  }
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw invalidArgument(fn, argument, "finite numbers", `${describeValue(v)} at index ${i}`);
    }
  });
  return values;
}
