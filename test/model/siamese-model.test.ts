import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { createSiameseModel, createTextEncoder } from "../../src/model";
import { maxAbsDiff } from "../support/on-backend";

const ids = (rows: number[][]): tf.Tensor2D => tf.tensor2d(rows, undefined, "int32");

describe("createSiameseModel", () => {
  let encoder: tf.LayersModel;
  let siamese: tf.LayersModel;
  let q1: tf.Tensor2D;
  let q2: tf.Tensor2D;
  before(() => {
    encoder = createTextEncoder({ vocabSize: 30, embeddingDim: 4, hiddenUnits: 6, seed: 1 });
    siamese = createSiameseModel(encoder);
    q1 = ids([
      [1, 2, 3],
      [4, 5, 0],
    ]);
    q2 = ids([
      [6, 7, 0, 0, 0],
      [8, 9, 10, 11, 12],
    ]);
  });

  it("has inputs question1, question2 and outputs [v1, v2] = [encoder(q1), encoder(q2)]", () => {
    assert.deepEqual(
      siamese.inputLayers.map((layer) => layer.name),
      ["question1", "question2"],
    );
    const [v1, v2] = siamese.predict([q1, q2]) as tf.Tensor[];
    assert.deepEqual(v1!.shape, [2, 6]);
    assert.deepEqual(v2!.shape, [2, 6]);
    assert.ok(maxAbsDiff(v1!, encoder.predict(q1) as tf.Tensor) < 1e-6);
    assert.ok(maxAbsDiff(v2!, encoder.predict(q2) as tf.Tensor) < 1e-6);
  });

  it("holds one set of weights: both towers are the encoder, a weight change moves both outputs", () => {
    assert.equal(siamese.trainableWeights.length, encoder.trainableWeights.length);
    assert.deepEqual(
      siamese.trainableWeights.map((w) => w.name),
      encoder.trainableWeights.map((w) => w.name),
    );
    const [a1, a2] = siamese.predict([q1, q2]) as tf.Tensor[];
    const lstm = encoder.getLayer("lstm");
    const [kernel, recurrent, bias] = lstm.getWeights();
    lstm.setWeights([tf.mul(kernel!, 1.5), recurrent!, bias!]);
    const [b1, b2] = siamese.predict([q1, q2]) as tf.Tensor[];
    assert.ok(maxAbsDiff(a1!, b1!) > 1e-3, "tower 1 unchanged");
    assert.ok(maxAbsDiff(a2!, b2!) > 1e-3, "tower 2 unchanged");
    lstm.setWeights([kernel!, recurrent!, bias!]);
  });

  it("rejects what is not a one-input, one-output model", () => {
    assert.throws(
      () => createSiameseModel({} as tf.LayersModel),
      /createSiameseModel: argument 'encoder' must be a tf.LayersModel/,
    );
    assert.throws(
      () => createSiameseModel(siamese),
      /must be a model with one input and one output, got 2 inputs/,
    );
  });
});
