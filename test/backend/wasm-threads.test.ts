import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { loadModel } from "../../src/model";
import { spawnTs } from "../support/ts-child";

interface TrainingRun {
  readonly threads?: number;
  readonly historyThreads?: number;
  readonly losses?: number[];
  readonly weights?: string[];
  readonly error?: { name: string; message: string };
  readonly tensorsBefore: number;
  readonly tensorsAfter: number;
}

/**
 * Runs test/support/threaded-training.ts with a thread count and waits for it to end by itself
 * within the limit: a compute thread still running would keep it alive past it.
 */
async function trainInChild(threads: string, args: readonly string[] = []): Promise<TrainingRun> {
  const child = spawnTs("threaded-training.ts", args, { SIAMESE_WASM_THREADS: threads });
  const timer = setTimeout(() => child.process.kill("SIGKILL"), 100_000);
  try {
    const line = await child.nextLine();
    const { code, signal } = await child.exited;
    assert.equal(signal, null, "the child did not exit by itself (killed after 100 s)");
    assert.equal(code, 0);
    return JSON.parse(line) as TrainingRun;
  } finally {
    clearTimeout(timer);
  }
}

describe("the WASM backend on several threads", function () {
  this.timeout(240_000);

  it("trains to the same losses and weights, bit for bit, on 1 and 2 threads", async () => {
    const one = await trainInChild("1");
    const two = await trainInChild("2");
    assert.equal(one.threads, 1);
    assert.equal(two.threads, 2);
    assert.equal(two.historyThreads, 2, "train() reports the thread count in its history");
    assert.equal(one.losses?.length, 18);
    assert.deepEqual(two.losses, one.losses);
    assert.deepEqual(two.weights, one.weights);
    for (const run of [one, two]) assert.equal(run.tensorsAfter, run.tensorsBefore);
  });

  it("stops training with a clear error when a compute thread dies, keeping the checkpoint", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-thread-stop-"));
    const checkpoint = path.join(dir, "best");
    try {
      // 6 steps an epoch: epoch 1 saves a checkpoint, the thread ends after step 8 (epoch 2).
      const run = await trainInChild("2", ["--stop-thread-at", "8", "--checkpoint", checkpoint]);
      assert.equal(run.error?.name, "ComputeThreadError");
      assert.match(
        run.error.message,
        /compute thread of the WASM backend stopped .* before step 9/,
      );
      assert.match(run.error.message, /SIAMESE_WASM_THREADS=1/);
      assert.ok(run.error.message.includes(`checkpoint is kept in ${checkpoint}`));
      assert.equal(run.tensorsAfter, run.tensorsBefore, "no tensor leaked by the failed run");
      const model = await loadModel(checkpoint);
      const embedding = tf.tidy(() =>
        Array.from(
          (model.predict(tf.tensor2d([[1, 2, 3, 0]], undefined, "int32")) as tf.Tensor).dataSync(),
        ),
      );
      model.dispose();
      assert.equal(embedding.length, 64);
      assert.ok(embedding.every(Number.isFinite), "the checkpoint loads and embeds");
      assert.deepEqual(
        fs.readdirSync(dir).filter((name) => name !== "best"),
        [],
        "no staging folder is left next to the checkpoint",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
