import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { pairwiseDistances, type DistanceMetric } from "../../src/similarity";
import * as ref from "../support/reference";
import { assertAllClose, assertNoLeak, finiteGradient, randomMatrix } from "../support/tensors";

const metrics: DistanceMetric[] = ["euclidean", "squaredEuclidean", "cosine"];

describe("pairwiseDistances", () => {
  it("gives hand-computed distances (3-4-5 triangle)", () => {
    const x = [
      [0, 0],
      [3, 4],
    ];
    const expected: Record<DistanceMetric, number[]> = {
      euclidean: [0, 5, 5, 0],
      squaredEuclidean: [0, 25, 25, 0],
      cosine: [0, 1, 1, 0],
    };
    for (const metric of metrics) {
      const d = pairwiseDistances(x, { metric });
      assertAllClose(d.dataSync(), expected[metric]);
      d.dispose();
    }
  });

  it("matches the reference for every metric on random inputs (3 seeds)", () => {
    for (const seed of [21, 22, 23]) {
      const x = randomMatrix(seed, 8, 5);
      for (const metric of metrics) {
        const d = pairwiseDistances(tf.tensor2d(x), { metric });
        assertAllClose(
          d.dataSync(),
          x.flatMap((a) => x.map((b) => ref.distance(a, b, metric))),
          1e-4,
        );
        d.dispose();
      }
    }
  });

  it("has a zero diagonal and finite gradients even for identical rows (distance 0)", () => {
    const x = [
      [1, 2],
      [1, 2],
      [0, 1],
    ];
    for (const metric of metrics) {
      const d = pairwiseDistances(x, { metric });
      const values = d.arraySync();
      d.dispose();
      for (let i = 0; i < 3; i++) assert.equal(values[i]![i], 0);
      finiteGradient((t) => tf.sum(pairwiseDistances(t, { metric })) as tf.Scalar, x);
    }
  });

  it("leaks nothing and rejects an unknown metric", () => {
    const x = tf.tensor2d(randomMatrix(2, 4, 3));
    for (const metric of metrics) assertNoLeak(() => pairwiseDistances(x, { metric }));
    x.dispose();
    assert.throws(
      () => pairwiseDistances([[1]], { metric: "manhattan" as DistanceMetric }),
      /pairwiseDistances: argument 'options.metric' must be one of 'euclidean', 'squaredEuclidean', 'cosine', got "manhattan"/,
    );
  });
});
