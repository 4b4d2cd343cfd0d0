import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import {
  SparseMatrixBuilder,
  sparseTimesDense,
  sparseTransposeTimesDense,
} from "../../src/embeddings/sparse-matrix";
import { assertAllClose } from "../support/tensors";

/** A random sparse matrix, built both ways: with the builder and as plain nested arrays. */
function randomSparse(seed: number, rows: number, columns: number) {
  const random = createRandom(seed);
  const dense = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  const builder = new SparseMatrixBuilder();
  for (let n = 0; n < rows * columns * 0.3; n++) {
    const r = random.int(rows);
    const c = random.int(columns);
    const v = random.normal();
    dense[r]![c]! += v;
    builder.add(r, c, v);
  }
  return { dense, sparse: builder.build(rows, columns) };
}

describe("SparseMatrixBuilder and sparse products", () => {
  it("adds up repeated entries and sorts columns", () => {
    const builder = new SparseMatrixBuilder();
    builder.add(1, 3, 2);
    builder.add(1, 0, 1);
    builder.add(1, 3, 0.5);
    const m = builder.build(3, 4);
    assert.deepEqual(Array.from(m.rowStart), [0, 0, 2, 2]);
    assert.deepEqual(Array.from(m.columnIndex), [0, 3]);
    assert.deepEqual(Array.from(m.values), [1, 2.5]);
  });

  it("A X and Aᵀ Y match plain triple loops", () => {
    const { dense, sparse } = randomSparse(3, 7, 5);
    const random = createRandom(4);
    const k = 3;
    const x = Float64Array.from({ length: 5 * k }, () => random.normal());
    const y = Float64Array.from({ length: 7 * k }, () => random.normal());
    const ax: number[] = [];
    for (let r = 0; r < 7; r++)
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let c = 0; c < 5; c++) s += dense[r]![c]! * x[c * k + j]!;
        ax.push(s);
      }
    const aty: number[] = [];
    for (let c = 0; c < 5; c++)
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let r = 0; r < 7; r++) s += dense[r]![c]! * y[r * k + j]!;
        aty.push(s);
      }
    assertAllClose(sparseTimesDense(sparse, x, k), ax, 1e-12);
    assertAllClose(sparseTransposeTimesDense(sparse, y, k), aty, 1e-12);
  });
});
