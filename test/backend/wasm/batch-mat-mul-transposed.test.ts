import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { materialisesTransposes } from "../../../src/backend/wasm/batch-mat-mul-transposed";
import { createRandom } from "../../../src/random";
import { maxAbsDiff, onBackend } from "../../support/on-backend";

describe("WASM BatchMatMul that materialises transposed operands", () => {
  it("is registered on wasm and gives the cpu backend's results for every transpose combination", async () => {
    const shapes: [number[], number[], boolean, boolean][] = [
      [[3, 4], [4, 5], false, false],
      [[4, 3], [4, 5], true, false],
      [[3, 4], [5, 4], false, true],
      [[4, 3], [5, 4], true, true],
      [[2, 4, 3], [2, 5, 4], true, true],
    ];
    const randomValues = (shape: number[], seed: number): number[] => {
      const rng = createRandom(seed);
      return Array.from({ length: shape.reduce((x, y) => x * y, 1) }, () => rng.normal());
    };
    const compute = (): number[][] =>
      shapes.map(([a, b, ta, tb], i) => {
        const product = tf.tidy(() =>
          tf.matMul(
            tf.tensor(randomValues(a, i), a),
            tf.tensor(randomValues(b, i + 10), b),
            ta,
            tb,
          ),
        );
        const values = Array.from(product.dataSync());
        product.dispose();
        return values;
      });
    const wasm = await onBackend("wasm", () => {
      assert.ok(materialisesTransposes(tf.getKernel(tf.BatchMatMul, "wasm")!));
      const before = tf.memory().numTensors;
      const out = compute();
      assert.equal(tf.memory().numTensors, before);
      return out;
    });
    const cpu = await onBackend("cpu", compute);
    wasm.forEach((w, i) => assert.ok(maxAbsDiff(w, cpu[i]!) < 1e-5, `case ${i}`));
  });
});
