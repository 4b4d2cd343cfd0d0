import { strict as assert } from "node:assert";
import {
  batchAllTripletLoss,
  batchTripletLoss,
  contrastiveLoss,
  tripletLoss,
} from "../../src/losses";
import { mineTriplets } from "../../src/mining";
import { DEFAULT_MARGINS } from "../../src/similarity";
import { scalarValue } from "../support/tensors";

describe("DEFAULT_MARGINS", () => {
  it("holds the course's, the distance losses' and the contrastive loss's margins", () => {
    assert.deepEqual(DEFAULT_MARGINS, { similarity: 0.25, distance: 0.2, contrastive: 1 });
  });

  it("is what every loss and the miner use when no margin is given", () => {
    const line = [[0], [1], [1.1], [4]];
    const labels = [0, 0, 1, 1];
    assert.equal(
      scalarValue(batchAllTripletLoss(line, labels)),
      scalarValue(batchAllTripletLoss(line, labels, { margin: DEFAULT_MARGINS.distance })),
    );
    assert.equal(
      scalarValue(tripletLoss([[0]], [[1]], [[1.1]])),
      scalarValue(tripletLoss([[0]], [[1]], [[1.1]], { margin: DEFAULT_MARGINS.distance })),
    );
    assert.deepEqual(
      mineTriplets(line, labels, { kind: "semiHard" }),
      mineTriplets(line, labels, { kind: "semiHard", margin: DEFAULT_MARGINS.distance }),
    );
    const v1 = [
      [1, 0],
      [0, 1],
    ];
    const v2 = [
      [0.8, 0.6],
      [0.6, 0.8],
    ];
    assert.equal(
      scalarValue(batchTripletLoss(v1, v2)),
      scalarValue(batchTripletLoss(v1, v2, { margin: DEFAULT_MARGINS.similarity })),
    );
    assert.equal(
      scalarValue(contrastiveLoss([0.5, 0.2], [1, 0])),
      scalarValue(contrastiveLoss([0.5, 0.2], [1, 0], { margin: DEFAULT_MARGINS.contrastive })),
    );
  });
});
