import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { batchAllTripletLoss, batchHardTripletLoss, batchTripletLoss } from "../../src/losses";
import { createTextEncoder } from "../../src/model";
import { labelledBatchLoss, pairBatchLoss, type LabelledLossName } from "../../src/train";
import { SMALL } from "../support/model-fixtures";
import { assertClose, scalarValue } from "../support/tensors";

/** Token ids for a list of texts: each text is its own first letter's id, then padding. */
const encode = (texts: readonly string[]): tf.Tensor2D =>
  tf.tensor2d(
    texts.map((t) => [1 + (t.charCodeAt(0) % 20), 0]),
    undefined,
    "int32",
  );

describe("labelledBatchLoss", () => {
  const texts = ["a", "b", "c", "d"];
  const labels = [0, 0, 1, 1];

  it("applies the named loss, with its options, to the encoder's embeddings", () => {
    const encoder = createTextEncoder({ ...SMALL, seed: 1 });
    const embeddings = encoder.apply(encode(texts), { training: true }) as tf.Tensor2D;
    const expected = {
      batchHard: scalarValue(batchHardTripletLoss(embeddings, labels, { margin: 0.5, soft: true })),
      batchAll: scalarValue(batchAllTripletLoss(embeddings, labels, { margin: 0.5 })),
    };
    const batchHard = labelledBatchLoss("batchHard", { encode, margin: 0.5, soft: true });
    const batchAll = labelledBatchLoss("batchAll", { encode, margin: 0.5 });
    assertClose(scalarValue(batchHard(encoder, { texts, labels })), expected.batchHard);
    assertClose(scalarValue(batchAll(encoder, { texts, labels })), expected.batchAll);
    embeddings.dispose();
    encoder.dispose();
  });

  it("accepts soft for batch-hard only: a type error, and an error at run time", () => {
    assert.throws(
      // @ts-expect-error semi-hard has no soft margin
      () => labelledBatchLoss("semiHard", { encode, soft: true }),
      /labelledBatchLoss: argument 'options.soft' must be left out \(only 'batchHard' has a soft margin\), got soft for 'semiHard'/,
    );
    const fromJavaScript = { encode, soft: false } as { encode: typeof encode };
    assert.throws(() => labelledBatchLoss("batchAll", fromJavaScript), /options.soft/);
    assert.throws(
      () => labelledBatchLoss("hardest" as LabelledLossName, { encode }),
      /labelledBatchLoss: argument 'name' must be 'batchHard', 'semiHard' or 'batchAll', got hardest/,
    );
  });
});

describe("pairBatchLoss", () => {
  it("is batchTripletLoss of the two sides' embeddings, with extra negatives when given", () => {
    const encoder = createTextEncoder({ ...SMALL, seed: 2 });
    const batch = {
      anchors: ["a", "b", "c"],
      positives: ["d", "e", "f"],
      negatives: ["g", "h", "i"],
    };
    const [v1, v2, v3] = [batch.anchors, batch.positives, batch.negatives].map(
      (side) => encoder.apply(encode(side), { training: true }) as tf.Tensor2D,
    );
    const loss = pairBatchLoss({ encode, margin: 0.3 });
    assertClose(
      scalarValue(loss(encoder, { anchors: batch.anchors, positives: batch.positives })),
      scalarValue(batchTripletLoss(v1!, v2!, { margin: 0.3 })),
    );
    assertClose(
      scalarValue(loss(encoder, batch)),
      scalarValue(batchTripletLoss(v1!, v2!, { margin: 0.3, negatives: v3! })),
    );
    tf.dispose([v1!, v2!, v3!]);
    encoder.dispose();
  });
});
