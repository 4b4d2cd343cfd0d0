import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { copiesSliceRuns } from "../../../src/backend/wasm/slice-copying-runs";
import { createRandom } from "../../../src/random";
import { onBackend } from "../../support/on-backend";

/** The slow reference: element by element, through the flat index of every output position. */
function sliceByHand(
  values: readonly number[],
  shape: readonly number[],
  begin: readonly number[],
  size: readonly number[],
): number[] {
  const total = size.reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let flat = 0; flat < total; flat++) {
    let rest = flat;
    let source = 0;
    let stride = 1;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      const position = (rest % size[axis]!) + begin[axis]!;
      rest = Math.floor(rest / size[axis]!);
      source += position * stride;
      stride *= shape[axis]!;
    }
    out.push(values[source]!);
  }
  return out;
}

describe("WASM Slice that copies contiguous runs", () => {
  it("is registered on wasm and matches an element-by-element slice for 200 random cases", async () => {
    const random = createRandom(21);
    const cases = Array.from({ length: 200 }, () => {
      const rank = 1 + random.int(4);
      const shape = Array.from({ length: rank }, () => 1 + random.int(5));
      const begin = shape.map((n) => random.int(n));
      const size = shape.map((n, i) => 1 + random.int(n - begin[i]!));
      const dtype = random.int(2) === 0 ? ("float32" as const) : ("int32" as const);
      return { shape, begin, size, dtype };
    });
    const results = await onBackend("wasm", () => {
      assert.ok(copiesSliceRuns(tf.getKernel(tf.Slice, "wasm")!));
      return cases.map(({ shape, begin, size, dtype }) =>
        tf.tidy(() => {
          const count = shape.reduce((a, b) => a * b, 1);
          const x = tf.reshape(tf.range(0, count, 1, dtype), shape);
          const sliced = tf.slice(x, begin, size);
          assert.deepEqual(sliced.shape, size);
          assert.equal(sliced.dtype, dtype);
          return Array.from(sliced.dataSync());
        }),
      );
    });
    cases.forEach(({ shape, begin, size }, i) => {
      const count = shape.reduce((a, b) => a * b, 1);
      const values = Array.from({ length: count }, (_, k) => k);
      assert.deepEqual(
        results[i],
        sliceByHand(values, shape, begin, size),
        JSON.stringify(cases[i]),
      );
    });
  });

  it("takes -1 sizes to the end, returns empty slices and leaves bool tensors to the original", async () => {
    await onBackend("wasm", () =>
      tf.tidy(() => {
        const x = tf.reshape(tf.range(0, 12), [3, 4]);
        assert.deepEqual(Array.from(tf.slice(x, [1, 1], [-1, 2]).dataSync()), [5, 6, 9, 10]);
        assert.deepEqual(tf.slice(x, [1, 0], [0, 4]).shape, [0, 4]);
        const flags = tf.tensor1d([true, false, true], "bool");
        assert.deepEqual(Array.from(tf.slice(flags, [1], [2]).dataSync()), [0, 1]);
      }),
    );
  });
});
