import { strict as assert } from "node:assert";
import { oneShotAccuracy } from "../../src/eval";
import { createRandom } from "../../src/random";
import { assertClose } from "../support/tensors";

/** Ten classes, four examples each, around well-separated centres (plus noise). */
function clusters(seed: number, noise: number): { x: number[][]; labels: number[] } {
  const rng = createRandom(seed);
  const centres = Array.from({ length: 10 }, () => Array.from({ length: 8 }, () => rng.normal()));
  const x: number[][] = [];
  const labels: number[] = [];
  centres.forEach((c, label) => {
    for (let k = 0; k < 4; k++) {
      x.push(c.map((v) => v + noise * rng.normal()));
      labels.push(label);
    }
  });
  return { x, labels };
}

describe("oneShotAccuracy", () => {
  it("is perfect on separated classes and at chance on random embeddings", () => {
    const tight = clusters(1, 0.01);
    const perfect = oneShotAccuracy(tight.x, tight.labels, { ways: 5, episodes: 300, seed: 1 });
    assert.equal(perfect.accuracy, 1);
    assert.equal(perfect.ci95, 0);
    assert.equal(perfect.chance, 0.2);

    const rng = createRandom(2);
    const noise = Array.from({ length: 400 }, () => Array.from({ length: 8 }, () => rng.normal()));
    const labels = noise.map((_, i) => i % 40);
    const chance = oneShotAccuracy(noise, labels, { ways: 5, episodes: 2000, seed: 3 });
    assert.ok(
      Math.abs(chance.accuracy - 0.2) < 3 * chance.ci95,
      `accuracy ${chance.accuracy} should be near 0.2`,
    );
  });

  it("matches the normal-approximation interval and is deterministic under a seed", () => {
    const { x, labels } = clusters(4, 1.2);
    const a = oneShotAccuracy(x, labels, { ways: 10, shots: 2, episodes: 400, seed: 9 });
    const b = oneShotAccuracy(x, labels, { ways: 10, shots: 2, episodes: 400, seed: 9 });
    assert.deepEqual(a, b);
    assertClose(a.ci95, 1.96 * Math.sqrt((a.accuracy * (1 - a.accuracy)) / 400));
    assert.ok(a.accuracy > 0.1 && a.accuracy < 1);
  });

  it("says when there are too few classes for the requested ways and shots", () => {
    const { x, labels } = clusters(5, 0.1);
    assert.throws(
      () => oneShotAccuracy(x, labels, { ways: 11 }),
      /oneShotAccuracy: argument 'labels' must be at least 11 classes with 2 or more examples each .* got 10 such classes/,
    );
    assert.throws(() => oneShotAccuracy(x, labels, { shots: 4 }), /got 0 such classes/);
    assert.throws(
      () => oneShotAccuracy(x, labels, { ways: 1 }),
      /argument 'options.ways' must be a finite number >= 2/,
    );
  });
});
