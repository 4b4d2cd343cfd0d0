import { strict as assert } from "node:assert";
import { labelMasks } from "../../src/labels/label-masks";
import { randomLabels } from "../support/tensors";

describe("labelMasks", () => {
  it("marks same-label pairs off the diagonal as positive and the others as negative", () => {
    const { positive, negative } = labelMasks([0, 0, 1]);
    assert.deepEqual(positive.arraySync(), [
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    assert.deepEqual(negative.arraySync(), [
      [0, 0, 1],
      [0, 0, 1],
      [1, 1, 0],
    ]);
    positive.dispose();
    negative.dispose();
  });

  it("matches a loop over every pair on random labels (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const labels = randomLabels(seed, 9, 3);
      const { positive, negative } = labelMasks(labels);
      const p = positive.arraySync();
      const n = negative.arraySync();
      labels.forEach((a, i) =>
        labels.forEach((b, j) => {
          assert.equal(p[i]![j], a === b && i !== j ? 1 : 0, `positive ${i}, ${j}`);
          assert.equal(n[i]![j], a !== b ? 1 : 0, `negative ${i}, ${j}`);
        }),
      );
      positive.dispose();
      negative.dispose();
    }
  });
});
