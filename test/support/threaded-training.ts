// A child process of the thread tests: trains a small encoder for a few steps on the WASM backend
// with the thread count from SIAMESE_WASM_THREADS, prints one JSON line and lets Node exit by
// itself (a compute thread left running would keep it alive).
// Arguments: [--stop-thread-at STEP --checkpoint DIR] ends a compute thread after STEP steps.
import * as tf from "@tensorflow/tfjs";
import { initBackend, wasmThreadCount } from "../../src/backend";
import { duplicatePairBatches } from "../../src/data";
import { createTextEncoder, saveModel } from "../../src/model";
import { createRandom } from "../../src/random";
import { encode, pad, Vocabulary } from "../../src/text";
import { pairBatchLoss, train } from "../../src/train";

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

/** 24 groups of 3 made-up questions, 6 to 12 words each, from a seeded generator. */
function syntheticGroups(): { id: string; topic: string; questions: string[] }[] {
  const random = createRandom(5);
  return Array.from({ length: 24 }, (_, g) => ({
    id: `g${g}`,
    topic: `t${g % 4}`,
    questions: Array.from({ length: 3 }, () =>
      Array.from({ length: 6 + random.int(7) }, () => `w${random.int(300)}`).join(" "),
    ),
  }));
}

async function main(): Promise<void> {
  await initBackend({ backend: "wasm" });
  const stopAt = argument("--stop-thread-at");
  const checkpointDir = argument("--checkpoint");
  const groups = syntheticGroups();
  const vocabulary = Vocabulary.build(groups.flatMap((g) => g.questions));
  const encoder = createTextEncoder({
    vocabSize: vocabulary.size,
    embeddingDim: 32,
    hiddenUnits: 64,
    seed: 3,
  });
  const tensorsBefore = tf.memory().numTensors;
  let epoch = 0;
  try {
    const history = await train({
      model: encoder,
      batches: (_epoch, seed) => [...duplicatePairBatches(groups, { batchSize: 12, seed })],
      loss: pairBatchLoss({
        encode: (texts) => pad(encode(texts, vocabulary), { length: 12 }),
        margin: 0.25,
      }),
      epochs: 3,
      seed: 7,
      progress: "none",
      ...(checkpointDir === undefined
        ? {}
        : {
            checkpoint: { dir: checkpointDir, save: saveModel },
            validate: () => ({ epoch: epoch++ }),
            earlyStopping: { metric: "epoch", mode: "max" as const, patience: 10 },
          }),
      onStep: async ({ step }) => {
        if (stopAt === undefined || step !== Number(stopAt)) return;
        const backend = tf.backend() as unknown as {
          wasm: { PThread: { runningWorkers: { terminate(): Promise<number> }[] } };
        };
        await backend.wasm.PThread.runningWorkers[0]!.terminate();
      },
    });
    const weights = encoder
      .getWeights()
      .map((w) => Buffer.from((w.dataSync() as Float32Array).buffer).toString("base64"));
    process.stdout.write(
      JSON.stringify({
        threads: wasmThreadCount(),
        historyThreads: history.threads,
        losses: history.losses,
        weights,
        tensorsBefore,
        tensorsAfter: tf.memory().numTensors,
      }) + "\n",
    );
  } catch (error) {
    const { name, message } = error as Error;
    process.stdout.write(
      JSON.stringify({
        error: { name, message },
        tensorsBefore,
        tensorsAfter: tf.memory().numTensors,
      }) + "\n",
    );
  }
}

void main();
