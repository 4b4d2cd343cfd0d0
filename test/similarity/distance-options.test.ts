import { strict as assert } from "node:assert";
import { DEFAULT_MARGINS, DISTANCES, type DistanceMetric } from "../../src/similarity";
import { readDistanceMarginOptions } from "../../src/similarity/distance-options";

describe("readDistanceMarginOptions", () => {
  it("fills in the distance margin and the Euclidean distance", () => {
    const { margin, distance } = readDistanceMarginOptions("fn", {});
    assert.equal(margin, DEFAULT_MARGINS.distance);
    assert.equal(distance, DISTANCES.euclidean);
    const given = readDistanceMarginOptions("fn", { margin: 0.5, metric: "cosine" });
    assert.equal(given.margin, 0.5);
    assert.equal(given.distance, DISTANCES.cosine);
  });

  it("rejects a negative margin and an unknown metric by name", () => {
    assert.throws(
      () => readDistanceMarginOptions("fn", { margin: -1 }),
      /fn: argument 'options.margin' must be a finite number >= 0, got -1/,
    );
    assert.throws(
      () => readDistanceMarginOptions("fn", { metric: "manhattan" as DistanceMetric }),
      /fn: argument 'options.metric' must be one of 'euclidean', 'squaredEuclidean', 'cosine'/,
    );
  });
});
