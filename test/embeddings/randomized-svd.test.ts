import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import {
  orthonormalizeColumns,
  randomizedSvd,
  symmetricEigen,
} from "../../src/embeddings/randomized-svd";
import { SparseMatrixBuilder, sparseTransposeTimesDense } from "../../src/embeddings/sparse-matrix";
import { assertClose } from "../support/tensors";

describe("randomizedSvd", () => {
  // An exactly rank-3 matrix: A = Σ_k s_k x_k y_kᵀ with random x, y.
  const rows = 40;
  const columns = 30;
  const random = createRandom(7);
  const dense = Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  for (const scale of [10, 5, 1]) {
    const x = Array.from({ length: rows }, () => random.normal());
    const y = Array.from({ length: columns }, () => random.normal());
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) dense[r]![c]! += scale * x[r]! * y[c]!;
  }
  const builder = new SparseMatrixBuilder();
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) builder.add(r, c, dense[r]![c]!);
  const a = builder.build(rows, columns);

  it("finds orthonormal U with ‖Aᵀ u_j‖ = s_j that spans A's columns", () => {
    const { u, s, rank } = randomizedSvd(a, { rank: 3, seed: 1 });
    assert.equal(rank, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let dot = 0;
        for (let r = 0; r < rows; r++) dot += u[r * 3 + i]! * u[r * 3 + j]!;
        assertClose(dot, i === j ? 1 : 0, 1e-9, `uᵢ·uⱼ (${i}, ${j})`);
      }
    }
    const atu = sparseTransposeTimesDense(a, u, 3);
    for (let j = 0; j < 3; j++) {
      let norm = 0;
      for (let c = 0; c < columns; c++) norm += atu[c * 3 + j]! ** 2;
      assertClose(Math.sqrt(norm), s[j]!, 1e-8, `s${j}`);
    }
    assert.ok(s[0]! >= s[1]! && s[1]! >= s[2]!);
    // A is rank 3, so projecting its columns on U loses nothing.
    for (let c = 0; c < columns; c++) {
      for (let r = 0; r < rows; r++) {
        let projected = 0;
        for (let j = 0; j < 3; j++) {
          let coefficient = 0;
          for (let q = 0; q < rows; q++) coefficient += u[q * 3 + j]! * dense[q]![c]!;
          projected += u[r * 3 + j]! * coefficient;
        }
        assertClose(projected, dense[r]![c]!, 1e-7, `A[${r}, ${c}]`);
      }
    }
  });

  it("gives the same numbers for the same seed", () => {
    const first = randomizedSvd(a, { rank: 2, seed: 5 });
    const second = randomizedSvd(a, { rank: 2, seed: 5 });
    assert.deepEqual(Array.from(first.u), Array.from(second.u));
    assert.deepEqual(Array.from(first.s), Array.from(second.s));
  });

  it("symmetricEigen: A v = λ v, values descending", () => {
    const m = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]);
    const { values, vectors } = symmetricEigen(m, 3);
    assert.ok(values[0]! >= values[1]! && values[1]! >= values[2]!);
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 3; i++) {
        let av = 0;
        for (let j = 0; j < 3; j++) av += m[i * 3 + j]! * vectors[j * 3 + k]!;
        assertClose(av, values[k]! * vectors[i * 3 + k]!, 1e-10, `(A v)${i} for λ${k}`);
      }
    }
  });

  it("orthonormalizeColumns leaves orthonormal columns", () => {
    const y = Float64Array.from({ length: 20 * 4 }, () => random.normal());
    orthonormalizeColumns(y, 20, 4);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        let dot = 0;
        for (let r = 0; r < 20; r++) dot += y[r * 4 + i]! * y[r * 4 + j]!;
        assertClose(dot, i === j ? 1 : 0, 1e-12);
      }
  });
});
