import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { toDataFrame } from "../../src/data";

describe("toDataFrame", () => {
  it("makes one column per key, JSON for arrays and null for missing keys", () => {
    const df = toDataFrame([
      { id: 0, question1: "a?", isDuplicate: true, qids: [1, 2] },
      { id: 1, question1: "b?", isDuplicate: false, split: "test" },
    ]);
    assert.deepEqual(df.shape, [2, 5]);
    assert.deepEqual(df.columns, ["id", "question1", "isDuplicate", "qids", "split"]);
    assert.deepEqual(df.values, [
      [0, "a?", true, "[1,2]", null],
      [1, "b?", false, null, "test"],
    ]);
    assert.deepEqual(toDataFrame([]).shape, [0, 0]);
  });

  it("rejects what is not an array of objects", () => {
    assert.throws(
      () => toDataFrame("x" as unknown as object[]),
      /toDataFrame: argument 'rows' must be an array of objects/,
    );
    assert.throws(() => toDataFrame([1] as unknown as object[]), /got 1 at index 0/);
  });

  it("loads danfojs-node only when called, and silently", function () {
    this.timeout(120_000);
    const root = path.resolve(__dirname, "../..");
    const script = [
      'require("./src/data");',
      'const loaded = () => Object.keys(require.cache).some((f) => f.includes("danfojs-node"));',
      'if (loaded()) throw new Error("danfojs-node loaded at import");',
      'require("./src/data").toDataFrame([{ a: 1 }]);',
      'if (!loaded()) throw new Error("danfojs-node not loaded");',
    ].join("\n");
    const result = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", script], {
      cwd: root,
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, "");
  });
});
