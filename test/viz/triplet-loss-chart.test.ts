import { strict as assert } from "node:assert";
import { tripletLossChart } from "../../src/viz";
import { assertAllClose } from "../support/tensors";

describe("tripletLossChart", () => {
  it("draws max(d(A,P) - d(A,N) + alpha, 0) for each alpha, checked point by point", () => {
    const figure = tripletLossChart({
      alphas: [0, 0.2],
      distancePositive: 0.6,
      distanceRange: [0, 1],
      points: 11,
    });
    assert.equal(figure.data.length, 2);
    figure.data.forEach((trace, k) => {
      if (trace.type !== "scatter") throw new Error("expected lines");
      const alpha = [0, 0.2][k]!;
      assertAllClose(trace.x, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
      const expected: number[] = [];
      for (const negative of trace.x)
        expected.push(0.6 - negative + alpha > 0 ? 0.6 - negative + alpha : 0);
      assertAllClose(trace.y, expected, 1e-12);
      assert.equal(trace.name, `alpha = ${alpha}`);
    });
    assert.equal(figure.layout.shapes?.[0]?.x0, 0.6);
    assert.deepEqual(figure.layout.title, {
      text: "Triplet loss against d(A, N), with d(A, P) = 0.6",
    });
    assert.deepEqual(figure.layout.xaxis?.title, { text: "d(A, N)" });
  });

  it("has four margins over [0, 2] by default", () => {
    const figure = tripletLossChart();
    assert.deepEqual(
      figure.data.map((t) => (t.type === "scatter" ? t.name : "")),
      ["alpha = 0", "alpha = 0.2", "alpha = 0.5", "alpha = 1"],
    );
    const first = figure.data[0];
    if (first?.type !== "scatter") throw new Error("expected lines");
    assert.equal(first.x.length, 201);
    assert.equal(first.x[200], 2);
  });

  it("rejects bad options", () => {
    assert.throws(
      () => tripletLossChart({ alphas: [-0.1] }),
      /tripletLossChart: argument 'options.alphas' must be at least one margin, all >= 0/,
    );
    assert.throws(
      () => tripletLossChart({ alphas: [] }),
      /'options.alphas' must be at least one margin/,
    );
    assert.throws(
      () => tripletLossChart({ distancePositive: -1 }),
      /'options.distancePositive' must be a finite number >= 0/,
    );
    assert.throws(
      () => tripletLossChart({ points: 1 }),
      /'options.points' must be a finite number in \[2, 100000\]/,
    );
  });
});
