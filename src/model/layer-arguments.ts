import type * as tf from "@tensorflow/tfjs";

// tfjs hands a layer's methods one shape, tensor or mask, or a list of them (for layers with
// several inputs). siamese-lab's layers have one input; these pick it.

/** The input shape given to `build` or `computeOutputShape`, `[batch, ...]`. */
export function firstShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
}

/** The input tensor given to `call` or `computeMask`. */
export function firstTensor(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
  return Array.isArray(inputs) ? inputs[0]! : inputs;
}

/** The mask `call` received as `kwargs.mask` (from the layer before), or `null` without one. */
export function maskArgument(kwargs: Record<string, unknown>): tf.Tensor | null {
  const mask = kwargs["mask"] as tf.Tensor | tf.Tensor[] | undefined | null;
  return (Array.isArray(mask) ? mask[0] : mask) ?? null;
}
