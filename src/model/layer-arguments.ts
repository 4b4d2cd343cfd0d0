import * as tf from "@tensorflow/tfjs";
import { describeValue, formatShape, invalidArgument } from "../validate";

// tfjs hands a layer's methods one shape, tensor or mask, or a list of them (for layers with
// several inputs). siamese-lab's layers have one input; these pick it.

/** The input shape given to `build` or `computeOutputShape`, `[batch, ...]`. */
export function firstShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
}

/**
 * The input tensor given to `call` or `computeMask`, checked: a tensor of the layer's rank and
 * of a numeric type, so a layer called by hand with the wrong input says so by name
 * (`FastLSTM.call: argument 'inputs' must be ...`) instead of failing deep inside an op.
 *
 * @param fn - the method, e.g. `"FastLSTM.call"`.
 * @param inputs - what the method was given.
 * @param rank - the rank the layer takes.
 * @param what - the layout, for the message (`"[batch, steps, features]"`).
 * @returns the tensor.
 * @throws Error when it is not a numeric tensor of that rank.
 */
export function firstTensor(
  fn: string,
  inputs: tf.Tensor | tf.Tensor[],
  rank: number,
  what: string,
): tf.Tensor {
  const given: unknown = Array.isArray(inputs) ? inputs[0] : inputs;
  const expected = `a tf.Tensor of rank ${rank} ${what}`;
  if (!(given instanceof tf.Tensor))
    throw invalidArgument(fn, "inputs", expected, describeValue(given));
  const input = given as tf.Tensor;
  if (input.rank !== rank) {
    throw invalidArgument(fn, "inputs", expected, `shape ${formatShape(input.shape)}`);
  }
  if (input.dtype === "string" || input.dtype === "complex64") {
    throw invalidArgument(fn, "inputs", `${expected} of numbers`, `a ${input.dtype} tensor`);
  }
  return input;
}

/** The mask `call` received as `kwargs.mask` (from the layer before), or `null` without one. */
export function maskArgument(kwargs: Record<string, unknown>): tf.Tensor | null {
  const mask = kwargs["mask"] as tf.Tensor | tf.Tensor[] | undefined | null;
  return (Array.isArray(mask) ? mask[0] : mask) ?? null;
}
