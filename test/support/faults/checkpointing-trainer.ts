// Child process of test/faults: trains a small encoder for ever with checkpoints (train with
// checkpoint: saveModel), printing the weights checksum each epoch ends with ("epoch <sum>",
// before its checkpoint is written) and "saved" once a checkpoint is written. Same "ready" /
// "arm <n>" / "go" protocol as progress-writer, after the first checkpoint.
import * as tf from "@tensorflow/tfjs";
import { initBackend } from "../../../src/backend";
import { createTextEncoder, saveModel } from "../../../src/model";
import { embed, train } from "../../../src/train";
import { SMALL, ids } from "../model-fixtures";
import { command, say } from "./child-io";
import { armKillSwitch, fsCalls, installKillSwitch } from "./kill-switch";
import { weightsChecksum } from "./weights-checksum";

const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: checkpointing-trainer <dir>");

void (async () => {
  await initBackend();
  await installKillSwitch();
  const encoder = createTextEncoder({ ...SMALL, seed: 1 });
  const batch = ids();
  const target = tf.tensor2d([
    [1, 0, 0, 0, 0, 0, 0, 0],
    [0, 1, 0, 0, 0, 0, 0, 0],
  ]);
  let first = true;
  await train({
    model: encoder,
    batches: () => [batch],
    // Pulling both embeddings towards fixed points lowers the loss epoch after epoch, so most
    // epochs are a new best and write a checkpoint.
    loss: (model, b) => tf.mean(tf.sum(tf.square(tf.sub(embed(model, b), target)), 1)),
    epochs: 1_000_000,
    learningRate: 0.01,
    progress: "none",
    validate: (model) => {
      say(`epoch ${weightsChecksum(model)}`);
      return {};
    },
    checkpoint: {
      dir,
      save: async (model, to) => {
        const before = fsCalls();
        await saveModel(model, to);
        say("saved");
        if (first) {
          first = false;
          say(`ready ${fsCalls() - before}`);
          const order = await command();
          if (order.startsWith("arm ")) armKillSwitch(Number(order.slice(4)));
        }
      },
    },
  });
})();
