import { strict as assert } from "node:assert";
import { isSplit, SPLITS } from "../../src/data";

describe("isSplit", () => {
  it("accepts the five split names only", () => {
    assert.deepEqual(SPLITS, ["train", "validation", "test", "oneshot", "unseen-topics"]);
    assert.ok(SPLITS.every(isSplit));
    assert.ok(!isSplit("dev") && !isSplit(undefined) && !isSplit("Train"));
  });
});
