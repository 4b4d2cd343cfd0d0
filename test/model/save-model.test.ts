import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as tf from "@tensorflow/tfjs";
import { createSiameseModel, createTextEncoder, loadModel, saveModel } from "../../src/model";
import { ids, SMALL } from "../support/model-fixtures";
import { maxAbsDiff } from "../support/on-backend";

describe("saveModel", () => {
  let workDir: string;
  beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-save-"));
  });
  afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it("round-trips a text encoder: model.json + weights.bin, identical outputs", async () => {
    const encoder = createTextEncoder({ ...SMALL, seed: 1 });
    const dir = path.join(workDir, "models", "encoder");
    await saveModel(encoder, dir);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["model.json", "weights.bin"]);
    const loaded = await loadModel(dir);
    assert.equal(
      maxAbsDiff(encoder.predict(ids()) as tf.Tensor, loaded.predict(ids()) as tf.Tensor),
      0,
    );
    assert.equal(loaded.getLayer("lstm").getClassName(), "FastLSTM");
  });

  it("round-trips a Siamese model (stock LSTM too) and replaces an existing save", async () => {
    for (const lstm of ["fast", "stock"] as const) {
      const dir = path.join(workDir, `siamese-${lstm}`);
      await saveModel(createSiameseModel(createTextEncoder({ ...SMALL, seed: 2, lstm })), dir);
      const siamese = createSiameseModel(createTextEncoder({ ...SMALL, seed: 3, lstm }));
      await saveModel(siamese, dir);
      const loaded = await loadModel(dir);
      const expected = siamese.predict([ids(), ids()]) as tf.Tensor[];
      const actual = loaded.predict([ids(), ids()]) as tf.Tensor[];
      expected.forEach((e, i) => assert.equal(maxAbsDiff(e, actual[i]!), 0));
      assert.deepEqual(
        fs.readdirSync(workDir).filter((e) => e.startsWith(".")),
        [],
      );
    }
  });

  it("keeps the previous model loadable when a save fails midway, and leaves no temporary files", async () => {
    const dir = path.join(workDir, "encoder");
    const first = createTextEncoder({ ...SMALL, seed: 4 });
    await saveModel(first, dir);
    const expected = first.predict(ids()) as tf.Tensor;
    const open = fs.promises.open;
    let calls = 0;
    fs.promises.open = (async (...args: Parameters<typeof open>) => {
      calls += 1;
      if (calls === 2) throw new Error("disk full (simulated)");
      return open(...args);
    }) as typeof open;
    try {
      await assert.rejects(saveModel(createTextEncoder({ ...SMALL, seed: 5 }), dir), /disk full/);
    } finally {
      fs.promises.open = open;
    }
    assert.deepEqual(fs.readdirSync(workDir), ["encoder"]);
    const loaded = await loadModel(dir);
    assert.equal(maxAbsDiff(loaded.predict(ids()) as tf.Tensor, expected), 0);
  });

  it("rejects bad arguments by name", async () => {
    await assert.rejects(
      saveModel({} as tf.LayersModel, workDir),
      /saveModel: argument 'model' must be a tf.LayersModel/,
    );
    await assert.rejects(
      saveModel(createTextEncoder({ ...SMALL }), ""),
      /saveModel: argument 'dir' must be a non-empty directory path/,
    );
    await assert.rejects(
      loadModel(""),
      /loadModel: argument 'dir' must be a non-empty directory path/,
    );
  });
});
