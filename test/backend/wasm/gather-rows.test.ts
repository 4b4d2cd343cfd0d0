import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { copiesGatheredRows } from "../../../src/backend/wasm/gather-rows";
import { onBackend } from "../../support/on-backend";

describe("WASM GatherV2 that copies whole rows", () => {
  it("is registered on wasm and gathers rows of float32 and int32 tables like the cpu backend", async () => {
    const compute = (): number[][] =>
      tf.tidy(() => {
        const table = tf.tensor2d([
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ]);
        const ids = tf.tensor2d(
          [
            [2, 0],
            [1, 1],
          ],
          undefined,
          "int32",
        );
        const floats = tf.gather(table, ids);
        assert.deepEqual(floats.shape, [2, 2, 3]);
        const ints = tf.gather(tf.cast(table, "int32"), tf.tensor1d([1], "int32"));
        const columns = tf.gather(table, tf.tensor1d([2, 0], "int32"), 1);
        // Rows of 8 floats (32 bytes) take the SIMD copy; rows of 3 the per-row copyWithin.
        const wide = tf.gather(
          tf.reshape(tf.range(0, 40), [5, 8]),
          tf.tensor1d([4, 1, 4], "int32"),
        );
        return [floats, ints, columns, wide].map((t) => Array.from(t.dataSync()));
      });
    const wasm = await onBackend("wasm", () => {
      assert.ok(copiesGatheredRows(tf.getKernel(tf.GatherV2, "wasm")!));
      return compute();
    });
    assert.deepEqual(wasm[0], [7, 8, 9, 1, 2, 3, 4, 5, 6, 4, 5, 6]);
    assert.deepEqual(wasm[3]!.slice(0, 10), [32, 33, 34, 35, 36, 37, 38, 39, 8, 9]);
    assert.deepEqual(wasm, await onBackend("cpu", compute));
  });

  it("rejects an out-of-range index like the original kernel", async () => {
    await onBackend("wasm", () => {
      const table = tf.zeros([3, 2]);
      const ids = tf.tensor1d([0, 3], "int32");
      assert.throws(() => tf.gather(table, ids), /GatherV2: the index value 3 is not in \[0, 2\]/);
      tf.dispose([table, ids]);
    });
  });
});
