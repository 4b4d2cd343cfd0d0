import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type * as tf from "@tensorflow/tfjs";
import { createTextEncoder, loadModel, saveModel } from "../../src/model";
import { ids, SMALL } from "../support/model-fixtures";
import { maxAbsDiff } from "../support/on-backend";

const root = path.resolve(__dirname, "../..");

describe("loadModel", () => {
  let workDir: string;
  beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "siamese-lab-load-"));
  });
  afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it("still finds the previous model when a save dies between its two renames", async () => {
    const dir = path.join(workDir, "encoder");
    const first = createTextEncoder({ ...SMALL, seed: 6 });
    await saveModel(first, dir);
    const child = spawnSync(
      process.execPath,
      [
        "--require",
        "tsx/cjs",
        "-e",
        `const fs = require("node:fs");
         const { createTextEncoder, saveModel } = require("./src/model");
         const rename = fs.promises.rename;
         let calls = 0;
         fs.promises.rename = async (...args) => {
           calls += 1;
           if (calls === 2) process.exit(3); // the process dies after moving the old model aside
           return rename(...args);
         };
         saveModel(createTextEncoder(${JSON.stringify({ ...SMALL, seed: 7 })}), ${JSON.stringify(dir)});`,
      ],
      { cwd: root, encoding: "utf8", timeout: 120_000 },
    );
    assert.equal(child.status, 3, child.stderr);
    assert.equal(fs.existsSync(dir), false);
    assert.ok(
      fs.readdirSync(workDir).some((entry) => entry.startsWith(".saving-encoder-")),
      "the killed save left its staging folder",
    );
    const loaded = await loadModel(dir);
    assert.equal(
      maxAbsDiff(loaded.predict(ids()) as tf.Tensor, first.predict(ids()) as tf.Tensor),
      0,
    );
    assert.deepEqual(fs.readdirSync(workDir), ["encoder"], "loading removed what the save left");
  });

  it("fails clearly for a missing directory, a file, bad JSON and missing or truncated weights", async () => {
    await assert.rejects(
      loadModel(path.join(workDir, "nothing")),
      /loadModel: argument 'dir' must be a model directory \(with model.json\), got '.*nothing', which does not exist/,
    );
    const file = path.join(workDir, "file");
    fs.writeFileSync(file, "x");
    await assert.rejects(loadModel(file), /which is a file/);

    const dir = path.join(workDir, "encoder");
    await saveModel(createTextEncoder({ ...SMALL, seed: 8 }), dir);
    const weights = fs.readFileSync(path.join(dir, "weights.bin"));
    fs.writeFileSync(path.join(dir, "weights.bin"), weights.subarray(0, 100));
    await assert.rejects(
      loadModel(dir),
      /loadModel: the weights in '.*' are 100 bytes but model.json describes \d+ bytes/,
    );
    fs.rmSync(path.join(dir, "weights.bin"));
    await assert.rejects(
      loadModel(dir),
      /loadModel: weights file '.*weights.bin' listed in model.json cannot be read/,
    );
    fs.writeFileSync(path.join(dir, "model.json"), "{ not json");
    await assert.rejects(loadModel(dir), /loadModel: '.*model.json' is not valid JSON/);
    fs.rmSync(path.join(dir, "model.json"));
    await assert.rejects(loadModel(dir), /loadModel: cannot read '.*model.json'/);
  });

  it("rejects a bad argument by name", async () => {
    await assert.rejects(
      loadModel(""),
      /loadModel: argument 'dir' must be a non-empty directory path/,
    );
  });
});
