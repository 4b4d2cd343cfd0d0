// The reference Siamese LSTM that `npm run bench` and `npm run bench:profile` time: its sizes,
// its batches of token ids, its training step, and running a bench file again in a child process
// (the WASM backend's thread count is fixed when a process starts it).
import { spawnSync } from "node:child_process";
import * as tf from "@tensorflow/tfjs";
import { batchTripletLoss } from "../src/losses";
import { createSiameseModel, createTextEncoder, type LstmImplementation } from "../src/model";
import { createRandom } from "../src/random";

/** Sizes of the reference model and its batches. */
export const REFERENCE = {
  vocabSize: 5000,
  embeddingDim: 128,
  hiddenUnits: 128,
  sequenceLength: 20,
  batchSize: 128,
  inferenceBatchSize: 256,
  margin: 0.25,
  learningRate: 1e-3,
} as const;

/** Which token ids the batches hold. */
export type Lengths = "questions" | "full";

/**
 * Token ids in [1, vocab): like padded questions (`questions`: lengths uniform in 5..T, zeros
 * after — the corpus's questions average about 10 words) or without padding (`full`).
 */
export function questions(count: number, seed: number, lengths: Lengths): tf.Tensor2D {
  const rng = createRandom(seed);
  const rows = Array.from({ length: count }, () => {
    const length =
      lengths === "full" ? REFERENCE.sequenceLength : 5 + rng.int(REFERENCE.sequenceLength - 4);
    return Array.from({ length: REFERENCE.sequenceLength }, (_, t) =>
      t < length ? 1 + rng.int(REFERENCE.vocabSize - 1) : 0,
    );
  });
  return tf.tensor2d(rows, undefined, "int32");
}

/** The reference encoder, its two-tower model, and one Adam step on a pair of batches. */
export interface ReferenceTraining {
  readonly encoder: tf.LayersModel;
  /** One training step on questions q1[i] ~ q2[i]; returns the loss. */
  step(q1: tf.Tensor2D, q2: tf.Tensor2D): number;
  dispose(): void;
}

/**
 * Builds the reference model (seed 1) with Adam and the course's batch triplet loss.
 *
 * @param lstm - which LSTM the encoder uses.
 */
export function referenceTraining(lstm: LstmImplementation): ReferenceTraining {
  const encoder = createTextEncoder({
    vocabSize: REFERENCE.vocabSize,
    embeddingDim: REFERENCE.embeddingDim,
    hiddenUnits: REFERENCE.hiddenUnits,
    lstm,
    seed: 1,
  });
  const siamese = createSiameseModel(encoder);
  const optimizer = tf.train.adam(REFERENCE.learningRate);
  return {
    encoder,
    step(q1, q2) {
      const loss = optimizer.minimize(() => {
        const [v1, v2] = siamese.apply([q1, q2], { training: true }) as tf.Tensor2D[];
        return batchTripletLoss(v1!, v2!, { margin: REFERENCE.margin });
      }, true)!;
      const value = loss.dataSync()[0]!;
      loss.dispose();
      return value;
    },
    dispose() {
      optimizer.dispose();
      siamese.dispose();
    },
  };
}

/**
 * Runs `file` (a bench script) again in a child process with `args` and extra `env`, and parses
 * the JSON it prints.
 */
export function runBenchChild<T>(file: string, args: readonly string[], env: NodeJS.ProcessEnv): T {
  const child = spawnSync(process.execPath, ["--require", "tsx/cjs", file, ...args], {
    encoding: "utf8",
    timeout: 600_000,
    env: { ...process.env, ...env },
  });
  if (child.status !== 0) {
    throw new Error(
      `bench: the child process ${args.join(" ")} failed (${child.status}): ${child.stderr}`,
    );
  }
  return JSON.parse(child.stdout) as T;
}
