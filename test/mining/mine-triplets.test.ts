import { strict as assert } from "node:assert";
import { mineTriplets } from "../../src/mining";
import type { DistanceMetric } from "../../src/similarity";
import * as ref from "../support/reference";
import { randomLabels, randomMatrix } from "../support/tensors";

describe("mineTriplets", () => {
  const line = [[0], [1], [1.5], [4]];
  const labels = [0, 0, 1, 1];

  it("lists hand-checked triplets of each kind", () => {
    const all = mineTriplets(line, labels, { margin: 1 });
    assert.equal(all.anchor.length, 8, "4 ordered positive pairs x 2 negatives");
    // (1, 0, 2): dAP 1, dAN 0.5 -> hard; (2, 3, 1): dAP 2.5, dAN 0.5 -> hard; (2, 3, 0): 2.5 vs 1.5 -> hard.
    assert.deepEqual(mineTriplets(line, labels, { kind: "hard", margin: 1 }), {
      anchor: [1, 2, 2],
      positive: [0, 3, 3],
      negative: [2, 0, 1],
    });
    // (0, 1, 2): 1 vs 1.5 -> semi-hard; (3, 2, 1): 2.5 vs 3 -> semi-hard.
    assert.deepEqual(mineTriplets(line, labels, { kind: "semiHard", margin: 1 }), {
      anchor: [0, 3],
      positive: [1, 2],
      negative: [2, 1],
    });
    const easy = mineTriplets(line, labels, { kind: "easy", margin: 1 });
    assert.equal(easy.anchor.length, 3);
  });

  it("partitions all triplets into the three kinds and matches a reference loop (3 seeds)", () => {
    for (const seed of [1, 2, 3]) {
      const x = randomMatrix(seed, 9, 3);
      const y = randomLabels(seed, 9, 3);
      for (const metric of ["euclidean", "cosine"] as DistanceMetric[]) {
        const margin = 0.5;
        const kinds = { hard: 0, semiHard: 0, easy: 0 };
        let total = 0;
        for (let a = 0; a < 9; a++)
          for (let p = 0; p < 9; p++)
            for (let n = 0; n < 9; n++) {
              if (a === p || y[a] !== y[p] || y[n] === y[a]) continue;
              total++;
              const dAP = ref.distance(x[a]!, x[p]!, metric);
              const dAN = ref.distance(x[a]!, x[n]!, metric);
              if (dAN < dAP) kinds.hard++;
              else if (dAN < dAP + margin) kinds.semiHard++;
              else kinds.easy++;
            }
        assert.equal(mineTriplets(x, y, { metric, margin }).anchor.length, total);
        for (const kind of ["hard", "semiHard", "easy"] as const) {
          assert.equal(
            mineTriplets(x, y, { kind, metric, margin }).anchor.length,
            kinds[kind],
            `${kind} ${metric}`,
          );
        }
      }
    }
  });

  it("returns no triplets for one label or a batch of one", () => {
    assert.deepEqual(mineTriplets([[1], [2]], [0, 0]), { anchor: [], positive: [], negative: [] });
    assert.deepEqual(mineTriplets([[1]], [0]), { anchor: [], positive: [], negative: [] });
  });

  it("rejects an unknown kind by name", () => {
    assert.throws(
      () => mineTriplets(line, labels, { kind: "medium" as "hard" }),
      /mineTriplets: argument 'options.kind' must be one of/,
    );
  });
});
