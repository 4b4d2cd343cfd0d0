import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { createRandom } from "../../src/random";
import { pca2d } from "../../src/viz";
import { dot } from "../support/reference";
import { assertAllClose, assertClose } from "../support/tensors";

/**
 * Slow reference: covariance by plain loops, then the top two eigenvectors by power iteration
 * with deflation — a different algorithm from the Jacobi rotations under test.
 */
function referencePca(rows: number[][]): {
  components: number[][];
  variances: number[];
  points: number[][];
} {
  const n = rows.length;
  const d = rows[0]!.length;
  const mean: number[] = [];
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += rows[i]![j]!;
    mean.push(s / n);
  }
  const centred = rows.map((row) => row.map((v, j) => v - mean[j]!));
  const cov: number[][] = [];
  for (let a = 0; a < d; a++) {
    cov.push([]);
    for (let b = 0; b < d; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += centred[i]![a]! * centred[i]![b]!;
      cov[a]!.push(s / (n - 1));
    }
  }
  const components: number[][] = [];
  const variances: number[] = [];
  for (let k = 0; k < 2; k++) {
    let v = Array.from({ length: d }, (_, j) => 1 + j / d);
    let value = 0;
    for (let iteration = 0; iteration < 5000; iteration++) {
      const next = cov.map((row) => dot(row, v));
      const length = Math.sqrt(dot(next, next));
      value = length;
      v = next.map((x) => x / length);
    }
    // Deflate: remove the found direction so the next power iteration finds the following one.
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) cov[a]![b]! -= value * v[a]! * v[b]!;
    let largest = 0;
    for (let j = 1; j < d; j++) if (Math.abs(v[j]!) > Math.abs(v[largest]!)) largest = j;
    components.push(v[largest]! < 0 ? v.map((x) => -x) : v);
    variances.push(value);
  }
  return {
    components,
    variances,
    points: centred.map((row) => components.map((c) => dot(row, c))),
  };
}

/** Random rows with well separated variances along random orthogonal directions. */
function spreadRows(seed: number, n: number, d: number): number[][] {
  const rng = createRandom(seed);
  const basis: number[][] = [];
  while (basis.length < d) {
    let v = Array.from({ length: d }, () => rng.normal());
    for (const b of basis) {
      const p = dot(v, b);
      v = v.map((x, j) => x - p * b[j]!);
    }
    const length = Math.sqrt(dot(v, v));
    basis.push(v.map((x) => x / length));
  }
  const scales = basis.map((_, k) => 6 / (k + 1) ** 1.5);
  return Array.from({ length: n }, () => {
    const z = scales.map((s) => rng.normal() * s);
    return Array.from(
      { length: d },
      (_, j) => 3 + z.reduce((sum, zk, k) => sum + zk * basis[k]![j]!, 0),
    );
  });
}

describe("pca2d", () => {
  it("finds the line the points lie on (hand-computed)", () => {
    const result = pca2d([
      [0, 0],
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    assertAllClose(result.components[0], [1 / Math.sqrt(5), 2 / Math.sqrt(5)], 1e-12);
    assertAllClose(result.mean, [1.5, 3]);
    // Centred points (-1.5, -3) ... (1.5, 3) project to -1.5 sqrt(5) ... 1.5 sqrt(5).
    const s5 = Math.sqrt(5);
    assertAllClose(
      result.points.map((p) => p[0]!),
      [-1.5 * s5, -0.5 * s5, 0.5 * s5, 1.5 * s5],
      1e-12,
    );
    assertAllClose(
      result.points.map((p) => Math.abs(p[1]!)),
      [0, 0, 0, 0],
      1e-12,
    );
    assertAllClose(result.explainedVarianceRatio, [1, 0], 1e-12);
    assertClose(result.variances[0], (2 * (2.25 + 0.25) * 5) / 3, 1e-12);
  });

  for (const [n, d, path] of [
    [40, 6, "covariance"],
    [7, 12, "Gram matrix"],
  ] as const) {
    it(`matches power iteration on random data, ${n} rows of ${d} (${path}), 3 seeds`, () => {
      for (const seed of [5, 6, 7]) {
        const rows = spreadRows(seed, n, d);
        const result = pca2d(rows);
        const expected = referencePca(rows);
        assertAllClose(result.components[0], expected.components[0]!, 1e-6);
        assertAllClose(result.components[1], expected.components[1]!, 1e-6);
        assertAllClose(result.variances, expected.variances, 1e-6);
        result.points.forEach((p, i) => assertAllClose(p, expected.points[i]!, 1e-6));
        assertClose(dot(result.components[0], result.components[1]), 0, 1e-9, "orthogonal");
        let total = 0;
        for (const row of rows)
          for (let j = 0; j < d; j++) total += (row[j]! - result.mean[j]!) ** 2;
        assertClose(
          result.explainedVarianceRatio[0],
          expected.variances[0]! / (total / (n - 1)),
          1e-6,
        );
      }
    });
  }

  it("orients each component so its largest entry is positive (the same picture for the same data)", () => {
    const rows = spreadRows(9, 30, 5);
    const first = pca2d(rows);
    const negated = pca2d(rows.map((row) => row.map((v) => -v)));
    for (const component of [...first.components, ...negated.components]) {
      const largest = component.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
      assert.ok(largest > 0, `largest entry ${largest}`);
    }
    assertAllClose(negated.components[0], first.components[0], 1e-9);
    assertAllClose(
      negated.points.map((p) => p[0]!),
      first.points.map((p) => -p[0]!),
      1e-9,
    );
  });

  it("handles rank below 2: equal points, and two points in many dimensions", () => {
    const equal = pca2d([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    assert.deepEqual(equal.explainedVarianceRatio, [0, 0]);
    assert.deepEqual(equal.points, [
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    const two = pca2d([
      [0, 0, 0, 0, 0],
      [3, 4, 0, 0, 0],
    ]);
    assertAllClose(two.components[0], [0.6, 0.8, 0, 0, 0], 1e-12);
    assertClose(Math.sqrt(dot(two.components[1], two.components[1])), 1, 1e-12, "unit length");
    assertClose(dot(two.components[0], two.components[1]), 0, 1e-12, "orthogonal");
    assertAllClose(two.explainedVarianceRatio, [1, 0], 1e-12);
  });

  it("reads a tensor without disposing it or leaking", () => {
    const x = tf.tensor2d(spreadRows(3, 10, 4));
    const before = tf.memory().numTensors;
    const result = pca2d(x);
    assert.equal(tf.memory().numTensors, before);
    assert.equal(x.isDisposed, false);
    assert.equal(result.points.length, 10);
    x.dispose();
  });

  it("rejects fewer than 2 rows or columns and values that are not finite", () => {
    assert.throws(
      () => pca2d([[1, 2]]),
      /pca2d: argument 'embeddings' must be shape \[n, d\] with n >= 2 and d >= 2, got 1 rows of 2/,
    );
    assert.throws(() => pca2d([[1], [2]]), /got 2 rows of 1/);
    assert.throws(
      () =>
        pca2d([
          [1, NaN],
          [2, 3],
        ]),
      /'embeddings' must be finite numbers, got NaN at \[0, 1\]/,
    );
  });
});
