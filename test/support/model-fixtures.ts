// A small text encoder's sizes and a batch of token ids for it, shared by the model tests.
import * as tf from "@tensorflow/tfjs";

/** Sizes of an encoder small enough to save, load and compare in milliseconds. */
export const SMALL = { vocabSize: 30, embeddingDim: 4, hiddenUnits: 8 } as const;

/** Two rows of ids for {@link SMALL}: one with padding at the end, one without. */
export const ids = (): tf.Tensor2D =>
  tf.tensor2d(
    [
      [1, 2, 3, 0],
      [4, 5, 6, 7],
    ],
    undefined,
    "int32",
  );
