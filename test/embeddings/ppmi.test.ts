import { SparseMatrixBuilder } from "../../src/embeddings/sparse-matrix";
import { ppmi } from "../../src/embeddings";
import { assertAllClose } from "../support/tensors";

describe("ppmi", () => {
  it("matches the formula computed by hand on a 2 x 2 count table", () => {
    // counts: w0: c0 2, c1 1; w1: c1 1. Total 4. P(w0) = 3/4, P(w1) = 1/4.
    const builder = new SparseMatrixBuilder();
    builder.add(0, 0, 2);
    builder.add(0, 1, 1);
    builder.add(1, 1, 1);
    const counts = builder.build(2, 2);
    // Without smoothing (alpha 1): P(c0) = 2/4, P(c1) = 2/4.
    const plain = ppmi(counts, 1);
    const expected = [
      Math.max(0, Math.log(2 / 4 / ((3 / 4) * (2 / 4)))),
      Math.max(0, Math.log(1 / 4 / ((3 / 4) * (2 / 4)))),
      Math.max(0, Math.log(1 / 4 / ((1 / 4) * (2 / 4)))),
    ];
    assertAllClose(plain.values, expected, 1e-12);
    // With alpha 0.75 the context probabilities are n(c)^0.75 / sum: here still 1/2 each.
    assertAllClose(ppmi(counts, 0.75).values, expected, 1e-12);
  });

  it("smooths unequal context counts with n(c)^alpha", () => {
    const builder = new SparseMatrixBuilder();
    builder.add(0, 0, 3);
    builder.add(1, 1, 1);
    const values = ppmi(builder.build(2, 2), 0.75).values;
    const pc0 = 3 ** 0.75 / (3 ** 0.75 + 1);
    const pc1 = 1 / (3 ** 0.75 + 1);
    assertAllClose(
      values,
      [Math.log(3 / 4 / ((3 / 4) * pc0)), Math.log(1 / 4 / ((1 / 4) * pc1))],
      1e-12,
    );
  });
});
