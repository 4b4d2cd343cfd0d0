import { strict as assert } from "node:assert";
import { quantile, round4, summariseOverlap } from "../../../scripts/corpus/corpus-stats";
import { subSeed } from "../../../scripts/corpus/source-corpus";

describe("corpus statistics helpers", () => {
  it("interpolates quantiles like numpy and summarises overlaps", () => {
    assert.equal(quantile([0, 10], 0.5), 5);
    assert.equal(quantile([1, 2, 3, 4], 0.1), 1.3);
    assert.equal(quantile([], 0.5), 0);
    assert.deepEqual(summariseOverlap([0, 0.5, 1, 0.25]), {
      pairs: 4,
      mean: 0.4375,
      p10: 0.075,
      median: 0.375,
      p90: 0.85,
      atLeastHalf: 0.5,
    });
    assert.equal(round4(1 / 3), 0.3333);
  });

  it("derives distinct, stable sub-seeds", () => {
    assert.equal(subSeed(1, "split", "travel"), subSeed(1, "split", "travel"));
    assert.notEqual(subSeed(1, "split", "travel"), subSeed(1, "split", "pets"));
    assert.notEqual(subSeed(1, "split", "travel"), subSeed(2, "split", "travel"));
  });
});
