// A fingerprint of a model's weights: equal exactly when every weight has the same bits.
import { createHash } from "node:crypto";
import type * as tf from "@tensorflow/tfjs";

export function weightsChecksum(model: tf.LayersModel): string {
  const hash = createHash("sha1");
  for (const weight of model.getWeights()) {
    const values = weight.dataSync();
    hash.update(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
  }
  return hash.digest("hex").slice(0, 16);
}
