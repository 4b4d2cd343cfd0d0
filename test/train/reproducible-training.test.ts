import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { duplicatePairBatches } from "../../src/data";
import { replaceDirectory } from "../../src/io";
import { createRandom } from "../../src/random";
import { createTextEncoder, loadModel, saveModel } from "../../src/model";
import { dropTokens, encode, pad, Vocabulary } from "../../src/text";
import { pairBatchLoss, train } from "../../src/train";

const groups = [
  {
    id: "age",
    topic: "people",
    questions: ["how old are you", "what is your age", "your age please"],
  },
  {
    id: "from",
    topic: "people",
    questions: ["where are you from", "what is your home town", "where were you born"],
  },
  {
    id: "going",
    topic: "travel",
    questions: ["where are you going", "what is your destination", "where do you travel"],
  },
  {
    id: "cost",
    topic: "travel",
    questions: ["how much is a ticket", "what does a ticket cost", "ticket price"],
  },
];
const vocabulary = Vocabulary.build(
  groups.flatMap((g) => g.questions),
  { oovBuckets: 8 },
);

/** A few steps of the real pipeline: seeded encoder, batches, word dropout and Adam. */
async function trainOnce(
  seed: number,
  checkpoint?: { dir: string; save: (m: tf.LayersModel, d: string) => Promise<void> },
) {
  let epoch = 0;
  const encoder = createTextEncoder({
    vocabSize: vocabulary.size,
    embeddingDim: 8,
    hiddenUnits: 8,
    seed,
  });
  const dropout = createRandom(seed + 1);
  const history = await train({
    model: encoder,
    batches: (_epoch, batchSeed) => [
      ...duplicatePairBatches(groups, { batchSize: 4, seed: batchSeed }),
    ],
    loss: pairBatchLoss({
      encode: (texts) =>
        pad(dropTokens(encode(texts, vocabulary), 0.2, dropout), { bucket: "powerOfTwo" }),
      margin: 0.5,
    }),
    epochs: 3,
    seed,
    progress: "none",
    // With a checkpoint, every epoch counts as a new best, so every epoch saves one.
    ...(checkpoint === undefined
      ? {}
      : {
          checkpoint,
          validate: () => ({ epoch: epoch++ }),
          earlyStopping: { metric: "epoch", mode: "max" as const, patience: 10 },
        }),
  });
  return { encoder, history };
}

describe("training the text encoder", function () {
  this.timeout(120_000);

  it("is reproducible: the same seed gives the same losses and weights", async () => {
    const a = await trainOnce(11);
    const b = await trainOnce(11);
    const c = await trainOnce(12);
    assert.deepEqual(a.history.losses, b.history.losses);
    const weights = (m: tf.LayersModel): number[][] =>
      m.getWeights().map((w) => Array.from(w.dataSync()));
    assert.deepEqual(weights(a.encoder), weights(b.encoder));
    assert.notDeepEqual(a.history.losses, c.history.losses);
    for (const run of [a, b, c]) run.encoder.dispose();
  });

  it("keeps the last good checkpoint loadable when a later save fails half-way", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "train-checkpoint-"));
    const checkpointDir = path.join(dir, "best");
    let saves = 0;
    let savedOutput: number[] = [];
    const probe = tf.tensor2d([[2, 3, 4, 0]], undefined, "int32");
    try {
      const flakySave = async (model: tf.LayersModel, target: string): Promise<void> => {
        saves++;
        if (saves === 1) {
          await saveModel(model, target);
          savedOutput = Array.from((model.predict(probe) as tf.Tensor).dataSync());
          return;
        }
        // The disk fills up while the second checkpoint is being written.
        await replaceDirectory(target, async (staging) => {
          await fs.promises.writeFile(
            path.join(staging, "model.json"),
            '{"modelTopology": {"trunc',
          );
          throw new Error("ENOSPC: no space left on device");
        });
      };
      await assert.rejects(trainOnce(5, { dir: checkpointDir, save: flakySave }), /ENOSPC/);
      assert.equal(saves, 2);
      const restored = await loadModel(checkpointDir);
      const output = Array.from((restored.predict(probe) as tf.Tensor).dataSync());
      assert.deepEqual(output, savedOutput, "the first checkpoint is intact");
      restored.dispose();
    } finally {
      probe.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
