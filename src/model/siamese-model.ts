import * as tf from "@tensorflow/tfjs";
import { describeValue, invalidArgument } from "../validate";

/**
 * Builds a Siamese network from one encoder: two inputs, both embedded by the *same* encoder
 * (one set of weights, so a change to any weight changes both towers; training updates both).
 *
 *   [v1, v2] = [encoder(question1), encoder(question2)]
 *
 * @param encoder - e.g. from `createTextEncoder`: int32 ids [batch, T] -> [batch, d].
 * @returns a model with inputs `question1`, `question2` (int32 [batch, T], T may differ between
 *   them) and outputs `[v1, v2]`, each [batch, d].
 * @throws Error when `encoder` is not a `tf.LayersModel` with one input and one output.
 * @example
 * ```ts
 * const siamese = createSiameseModel(createTextEncoder({ vocabSize: 5000, embeddingDim: 128, hiddenUnits: 128 }));
 * const [v1, v2] = siamese.predict([q1, q2]) as tf.Tensor2D[];
 * const loss = batchTripletLoss(v1, v2, { margin: 0.25 });
 * ```
 */
export function createSiameseModel(encoder: tf.LayersModel): tf.LayersModel {
  const fn = "createSiameseModel";
  if (!(encoder instanceof tf.LayersModel)) {
    throw invalidArgument(fn, "encoder", "a tf.LayersModel", describeValue(encoder));
  }
  if (encoder.inputs.length !== 1 || encoder.outputs.length !== 1) {
    throw invalidArgument(
      fn,
      "encoder",
      "a model with one input and one output",
      `${encoder.inputs.length} inputs and ${encoder.outputs.length} outputs`,
    );
  }
  const input = encoder.inputs[0]!;
  const inputShape = input.shape.slice(1);
  const q1 = tf.input({ shape: inputShape, dtype: input.dtype, name: "question1" });
  const q2 = tf.input({ shape: inputShape, dtype: input.dtype, name: "question2" });
  const v1 = encoder.apply(q1) as tf.SymbolicTensor;
  const v2 = encoder.apply(q2) as tf.SymbolicTensor;
  return tf.model({ inputs: [q1, q2], outputs: [v1, v2], name: "siamese" });
}
