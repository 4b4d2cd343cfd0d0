import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { backendInfo, initBackend } from "../../src/backend";
import { onBackend } from "../support/on-backend";

const root = path.resolve(__dirname, "../..");

/** Runs a small script in a fresh Node process (tsx), so the backend choice starts from zero. */
function runScript(
  code: string,
  env: Record<string, string> = {},
): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", code], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("initBackend", () => {
  it("picks wasm here (tfjs-node is not installed), says why, and prints no banner", () => {
    const result = runScript(
      `const { initBackend } = require("./src/backend");
       initBackend().then((info) => { console.log(JSON.stringify(info)); });`,
      { SIAMESE_BACKEND: "" },
    );
    assert.equal(result.status, 0, result.stderr);
    const info = JSON.parse(result.stdout.trim()) as {
      name: string;
      reason: string;
      attempts: { name: string; ok: boolean }[];
    };
    assert.equal(info.name, "wasm");
    assert.deepEqual(
      info.attempts.map((a) => a.name),
      ["tensorflow", "wasm"],
    );
    assert.match(info.reason, /tensorflow unavailable/);
    assert.equal(result.stderr, "", "nothing may reach stderr");
  });

  it("honours SIAMESE_BACKEND=cpu without printing the tfjs banner", () => {
    const result = runScript(
      `const tf = require("@tensorflow/tfjs");
       const { initBackend } = require("./src/backend");
       initBackend().then((info) => { tf.tensor([1, 2]).square().dataSync(); console.log(info.name, tf.getBackend()); });`,
      { SIAMESE_BACKEND: "cpu" },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "cpu cpu");
    assert.doesNotMatch(result.stderr + result.stdout, /Hi, looks like/);
  });

  it("prints no banner when tensors are used synchronously before initBackend()", () => {
    const result = runScript(
      `const tf = require("@tensorflow/tfjs");
       require("./src");
       console.log(tf.tensor([1, 2]).square().dataSync().join(","), tf.getBackend());`,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), "1,4 cpu");
    assert.equal(result.stderr, "");
  });

  it("rejects an unknown SIAMESE_BACKEND value with a clear message", () => {
    const result = runScript(
      `require("./src/backend").initBackend().catch((e) => { console.log(e.message); });`,
      { SIAMESE_BACKEND: "gpu" },
    );
    assert.match(result.stdout, /SIAMESE_BACKEND is 'gpu', expected one of tensorflow, wasm, cpu/);
  });

  it("fails clearly when a forced backend is missing", () => {
    const result = runScript(
      `require("./src/backend").initBackend().catch((e) => { console.log(e.message); });`,
      { SIAMESE_BACKEND: "tensorflow" },
    );
    assert.match(
      result.stdout,
      /SIAMESE_BACKEND=tensorflow was requested but that backend could not be loaded/,
    );
  });

  it("reports the active backend after initialisation", async () => {
    const info = await initBackend();
    assert.equal(backendInfo(), info);
    assert.equal(tf.getBackend(), info.name);
  });
});

describe("wasm kernels added by siamese-lab", () => {
  it("UnsortedSegmentSum on wasm matches a hand-computed sum and drops out-of-range ids", async () => {
    await onBackend("wasm", () => {
      const x = tf.tensor2d([
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
      ]);
      const ids = tf.tensor1d([0, 2, 0, 5], "int32");
      const out = tf.unsortedSegmentSum(x, ids, 3);
      assert.deepEqual(out.shape, [3, 2]);
      assert.deepEqual(Array.from(out.dataSync()), [6, 8, 0, 0, 3, 4]);
      tf.dispose([x, ids, out]);
    });
  });
});
