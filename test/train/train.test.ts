import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import {
  NonFiniteLossError,
  train,
  type BatchLoss,
  type ProgressReporter,
  type ProgressSnapshot,
} from "../../src/train";

interface RegressionBatch {
  readonly x: number[][];
  readonly y: number[];
}

/** y = 2 x0 - x1 + 0.5, in batches of 4. */
function regressionBatches(count: number): RegressionBatch[] {
  return Array.from({ length: count }, (_, b) => {
    const x = Array.from({ length: 4 }, (_, i) => [((b * 4 + i) % 7) / 7, ((b * 3 + i) % 5) / 5]);
    return { x, y: x.map(([a, c]) => 2 * a! - c! + 0.5) };
  });
}

function linearModel(): tf.LayersModel {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [2], kernelInitializer: "zeros" }));
  return model;
}

const mse: BatchLoss<RegressionBatch> = (model, batch) =>
  tf.losses.meanSquaredError(
    tf.tensor1d(batch.y),
    tf.reshape(model.apply(tf.tensor2d(batch.x)) as tf.Tensor, [-1]),
  ) as tf.Scalar;

function recordingReporter(): ProgressReporter & {
  updates: ProgressSnapshot[];
  epochs: string[];
  finished: string[];
} {
  const updates: ProgressSnapshot[] = [];
  const epochs: string[] = [];
  const finished: string[] = [];
  return {
    updates,
    epochs,
    finished,
    update: (s) => updates.push(s),
    epochEnd: (line) => epochs.push(line),
    finish: (line) => finished.push(line),
  };
}

describe("train", () => {
  it("lowers the loss, fires progress and callbacks, and returns a typed history", async () => {
    const model = linearModel();
    const reporter = recordingReporter();
    const steps: number[] = [];
    const epochEnds: number[] = [];
    const history = await train({
      model,
      batches: () => regressionBatches(5),
      loss: mse,
      epochs: 3,
      learningRate: 0.3,
      progress: reporter,
      onStep: (s) => {
        steps.push(s.step);
      },
      onEpochEnd: (r) => {
        epochEnds.push(r.epoch);
      },
    });
    assert.equal(history.steps, 15);
    assert.equal(history.losses.length, 15);
    assert.equal(history.epochs.length, 3);
    assert.equal(history.stopReason, "completed");
    assert.ok(
      history.losses[14]! < history.losses[0]! / 4,
      `loss fell: ${history.losses[0]} -> ${history.losses[14]}`,
    );
    assert.deepEqual(
      steps,
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    assert.deepEqual(epochEnds, [0, 1, 2]);
    assert.equal(reporter.updates.length, 15);
    assert.equal(reporter.updates[14]!.totalSteps, 15);
    assert.equal(reporter.updates[14]!.secondsLeft, 0);
    assert.equal(reporter.epochs.length, 3);
    assert.match(reporter.finished[0]!, /Training finished: 15 steps/);
    model.dispose();
  });

  it("leaves no tensor behind (no growth across steps)", async () => {
    const model = linearModel();
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    await train({
      model,
      batches: () => regressionBatches(6),
      loss: mse,
      epochs: 2,
      progress: "none",
      onStep: () => {
        counts.push(tf.memory().numTensors);
      },
    });
    assert.equal(
      tf.memory().numTensors,
      before,
      "the internal optimizer and every step's tensors are freed",
    );
    // Adam creates its moment variables on the first step; after that the count must be flat.
    assert.deepEqual(
      new Set(counts.slice(1)).size,
      1,
      `tensor count per step: ${counts.join(", ")}`,
    );
    model.dispose();
  });

  it("stops early when the validation metric stops improving, keeping the best epoch", async () => {
    const model = linearModel();
    const scores = [0.5, 0.7, 0.65, 0.6, 0.9, 0.95];
    const saved: number[] = [];
    let epoch = 0;
    const history = await train({
      model,
      batches: () => regressionBatches(2),
      loss: mse,
      epochs: 6,
      progress: "none",
      validate: () => ({ auc: scores[epoch++]! }),
      earlyStopping: { metric: "auc", mode: "max", patience: 2 },
      checkpoint: {
        dir: "unused",
        save: () => {
          saved.push(epoch - 1);
          return Promise.resolve();
        },
      },
    });
    assert.equal(history.stopReason, "earlyStopping");
    assert.equal(history.epochs.length, 4, "epochs 3 and 4 did not beat epoch 2");
    assert.equal(history.bestEpoch, 1);
    assert.equal(history.bestValue, 0.7);
    assert.deepEqual(saved, [0, 1], "a checkpoint is written only when the metric improves");
    assert.equal(history.checkpointDir, "unused");
    model.dispose();
  });

  it("stops with a clear error on a NaN loss, without applying that update or touching the checkpoint", async () => {
    const model = linearModel();
    let calls = 0;
    const saves: number[] = [];
    let weightsBeforeBadStep: number[] = [];
    const nanAtStep5: BatchLoss<RegressionBatch> = (m, batch) => {
      calls++;
      if (calls === 5) {
        weightsBeforeBadStep = Array.from(m.getWeights()[0]!.dataSync());
        return tf.mul(mse(m, batch), Number.NaN) as tf.Scalar;
      }
      return mse(m, batch);
    };
    await assert.rejects(
      train({
        model,
        batches: () => regressionBatches(3),
        loss: nanAtStep5,
        epochs: 3,
        progress: "none",
        checkpoint: {
          dir: "ckpt",
          save: () => {
            saves.push(calls);
            return Promise.resolve();
          },
        },
      }),
      (error: unknown) => {
        assert.ok(error instanceof NonFiniteLossError);
        assert.equal(error.step, 5);
        assert.match(
          error.message,
          /step 5 gave a non-finite loss or gradient \(NaN\); the update was not applied/,
        );
        assert.match(error.message, /last good checkpoint is kept in ckpt/);
        assert.equal(error.history.steps, 4);
        return true;
      },
    );
    assert.deepEqual(Array.from(model.getWeights()[0]!.dataSync()), weightsBeforeBadStep);
    assert.deepEqual(saves, [3], "only the first epoch's checkpoint was written");
    model.dispose();
  });

  it("stops after the current step when aborted, and at maxSteps", async () => {
    const model = linearModel();
    const controller = new AbortController();
    const aborted = await train({
      model,
      batches: () => regressionBatches(10),
      loss: mse,
      progress: "none",
      signal: controller.signal,
      onStep: (s) => {
        if (s.step === 3) controller.abort();
      },
    });
    assert.equal(aborted.stopReason, "aborted");
    assert.equal(aborted.steps, 3);
    const limited = await train({
      model,
      batches: () => regressionBatches(10),
      loss: mse,
      epochs: 5,
      maxSteps: 7,
      progress: "none",
    });
    assert.equal(limited.stopReason, "maxSteps");
    assert.equal(limited.steps, 7);
    model.dispose();
  });

  it("follows a learning-rate schedule and passes each epoch its own reproducible seed", async () => {
    const model = linearModel();
    const optimizer = tf.train.sgd(1);
    const rates: number[] = [];
    const seeds: number[][] = [[], []];
    for (const run of [0, 1]) {
      await train({
        model,
        batches: (_epoch, seed) => {
          seeds[run]!.push(seed);
          return regressionBatches(2);
        },
        loss: mse,
        epochs: 3,
        seed: 7,
        optimizer,
        learningRate: (step) => 0.1 / (step + 1),
        progress: "none",
        onStep: () => {
          rates.push((optimizer as unknown as { learningRate: number }).learningRate);
        },
      });
    }
    assert.deepEqual(rates.slice(0, 3), [0.1, 0.05, 0.1 / 3]);
    assert.deepEqual(seeds[0], seeds[1]);
    assert.equal(new Set(seeds[0]).size, 3);
    optimizer.dispose();
    model.dispose();
  });

  it("rejects invalid options by name", async () => {
    const model = linearModel();
    await assert.rejects(
      train({ model, batches: () => [], loss: mse, progress: "none" }),
      /train: argument 'options.batches' must be at least one batch in epoch 0/,
    );
    await assert.rejects(
      train({ model, batches: () => regressionBatches(1), loss: mse, epochs: 0 }),
      /argument 'options.epochs' must be a finite number >= 1, got 0/,
    );
    await assert.rejects(
      train({
        model,
        batches: () => regressionBatches(1),
        loss: mse,
        progress: "none",
        earlyStopping: { metric: "auc", mode: "max" },
      }),
      /argument 'options.earlyStopping.metric' must be 'loss' or one of the validation metrics \(none: pass options.validate\), got 'auc'/,
    );
    await assert.rejects(
      train({ model: {} as tf.LayersModel, batches: () => [], loss: mse }),
      /argument 'options.model' must be a tf.LayersModel/,
    );
    model.dispose();
  });

  it("names a loss that is not a float32 scalar tensor or not computed from the weights, leaking nothing", async () => {
    const model = linearModel();
    const batch = regressionBatches(1);
    const losses: [string, BatchLoss<RegressionBatch>, RegExp][] = [
      [
        "a number",
        () => 3 as unknown as tf.Scalar,
        /one returning the number 3 \(wrap it: tf\.scalar\(\.\.\.\)\) at step 1$/,
      ],
      ["nothing", () => undefined as unknown as tf.Scalar, /one returning undefined at step 1$/],
      [
        "a vector",
        (m, b) => tf.reshape(m.apply(tf.tensor2d(b.x)) as tf.Tensor, [-1]) as unknown as tf.Scalar,
        /one returning a tensor of shape \[4\] at step 1 \(reduce it with tf\.mean or tf\.sum\)$/,
      ],
      [
        "an int32 scalar",
        () => tf.scalar(1, "int32"),
        /one returning a int32 scalar at step 1 \(it has no gradient\)$/,
      ],
      [
        "a constant",
        (m, b) => {
          m.apply(tf.tensor2d(b.x));
          return tf.scalar(1);
        },
        /train: argument 'options.loss' must be a loss computed from the model's weights \(call the model on the batch inside the loss function\), got one with no path to any trainable weight of options.model at step 1$/,
      ],
    ];
    for (const [what, loss, message] of losses) {
      const before = tf.memory().numTensors;
      await assert.rejects(
        train({ model, batches: () => batch, loss, progress: "none" }),
        (error: Error) =>
          error.message.startsWith("train: argument 'options.loss' must be ") &&
          message.test(error.message),
        what,
      );
      assert.equal(tf.memory().numTensors, before, `tensors left by ${what}`);
      assert.equal(tf.engine().state.activeTape, null, `tape left by ${what}`);
    }
    model.dispose();
  });

  it("passes on an error the loss throws, leaving no tensor or gradient tape behind", async () => {
    const model = linearModel();
    const before = tf.memory().numTensors;
    await assert.rejects(
      train({
        model,
        batches: () => regressionBatches(2),
        loss: (m, batch) => {
          mse(m, batch);
          throw new RangeError("the batch is broken");
        },
        progress: "none",
      }),
      /^RangeError: the batch is broken$/,
    );
    assert.equal(tf.memory().numTensors, before);
    assert.equal(tf.engine().state.activeTape, null);
    model.dispose();
  });

  it("checks the checkpoint folder can be written before the first step", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-train-ckpt-"));
    try {
      const model = linearModel();
      const blocker = path.join(dir, "a-file");
      fs.writeFileSync(blocker, "not a folder");
      const run = (ckpt: string): Promise<unknown> => {
        let steps = 0;
        return train({
          model,
          batches: () => regressionBatches(2),
          loss: mse,
          progress: "none",
          onStep: () => {
            steps++;
            assert.fail(`a step ran (${steps}) before the checkpoint folder was checked`);
          },
          checkpoint: { dir: ckpt, save: () => Promise.resolve() },
        });
      };
      await assert.rejects(
        run(path.join(blocker, "ckpt")),
        /^Error: train: argument 'options.checkpoint.dir' must be a folder path that can be written, got '.*a-file\/ckpt', where writing fails \(E(EXIST|NOTDIR)/,
      );
      await assert.rejects(
        run(blocker),
        /train: argument 'options.checkpoint.dir' must be a folder path that can be written, got '.*a-file', which is a file/,
      );
      if (process.getuid?.() !== 0) {
        const locked = path.join(dir, "locked");
        fs.mkdirSync(locked, { mode: 0o500 });
        await assert.rejects(run(path.join(locked, "ckpt")), /where writing fails \(EACCES/);
      }
      await assert.rejects(
        train({
          model,
          batches: () => regressionBatches(1),
          loss: mse,
          progress: "none",
          checkpoint: { dir: path.join(dir, "ok"), save: "saveModel" as never },
        }),
        /argument 'options.checkpoint.save' must be a function \(model, dir\) => Promise, such as saveModel, got "saveModel"/,
      );
      assert.deepEqual(
        fs.readdirSync(dir).sort(),
        ["a-file", ...(process.getuid?.() !== 0 ? ["locked"] : [])].sort(),
        "no probe is left",
      );
      model.dispose();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
