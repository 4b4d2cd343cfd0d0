import { strict as assert } from "node:assert";
import { isSplit, SPLITS } from "../../src/data";

describe("isSplit", () => {
  it("accepts the four split names only", () => {
    assert.deepEqual(SPLITS, ["train", "validation", "test", "oneshot"]);
    assert.ok(SPLITS.every(isSplit));
    assert.ok(!isSplit("dev") && !isSplit(undefined) && !isSplit("Train"));
  });
});
