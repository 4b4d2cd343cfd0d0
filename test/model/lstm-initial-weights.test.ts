import { strict as assert } from "node:assert";
import { lstmInitialWeights, orthogonalRows } from "../../src/model/lstm-initial-weights";
import { createRandom } from "../../src/random";

function gram(m: Float32Array, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: rows }, (_, j) => {
      let dot = 0;
      for (let k = 0; k < cols; k++) dot += m[i * cols + k]! * m[j * cols + k]!;
      return dot;
    }),
  );
}

describe("lstmInitialWeights", () => {
  it("draws Glorot-uniform W, orthogonal U and a forget-gate bias of 1", () => {
    const w = lstmInitialWeights(6, 4, createRandom(1), true);
    const limit = Math.sqrt(6 / (6 + 16));
    assert.equal(w.kernel.length, 6 * 16);
    assert.ok(w.kernel.every((v) => Math.abs(v) <= limit));
    assert.deepEqual(Array.from(w.bias), [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    gram(w.recurrentKernel, 4, 16).forEach((row, i) =>
      row.forEach((v, j) => assert.ok(Math.abs(v - (i === j ? 1 : 0)) < 1e-5)),
    );
    assert.ok(lstmInitialWeights(6, 4, createRandom(1), false).bias.every((v) => v === 0));
  });

  it("is reproducible from the seed", () => {
    assert.deepEqual(
      lstmInitialWeights(3, 2, createRandom(9), true),
      lstmInitialWeights(3, 2, createRandom(9), true),
    );
  });
});

describe("orthogonalRows", () => {
  it("gives orthonormal columns when rows > cols", () => {
    const m = orthogonalRows(5, 3, createRandom(2));
    const t = new Float32Array(15);
    for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) t[c * 5 + r] = m[r * 3 + c]!;
    gram(t, 3, 5).forEach((row, i) =>
      row.forEach((v, j) => assert.ok(Math.abs(v - (i === j ? 1 : 0)) < 1e-5)),
    );
  });
});
