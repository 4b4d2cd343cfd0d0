import * as tf from "@tensorflow/tfjs";
import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import { pad } from "../../src/text";

/** Slow reference: pad or cut each row with plain loops. */
function slowPad(sequences: number[][], length: number): number[][] {
  return sequences.map((sequence) => {
    const row: number[] = [];
    for (let i = 0; i < length; i++) row.push(i < sequence.length ? (sequence[i] as number) : 0);
    return row;
  });
}

describe("pad", () => {
  it("pads to the smallest power of two that fits the longest sequence", () => {
    const before = tf.memory().numTensors;
    const padded = pad([[5, 6, 7], [8]], { bucket: "powerOfTwo" });
    assert.equal(padded.dtype, "int32");
    assert.deepEqual(padded.shape, [2, 4]);
    assert.deepEqual(padded.arraySync(), [
      [5, 6, 7, 0],
      [8, 0, 0, 0],
    ]);
    padded.dispose();
    const exact = pad([[1, 2, 3, 4]], { bucket: "powerOfTwo" });
    assert.deepEqual(exact.shape, [1, 4]);
    exact.dispose();
    const five = pad([[1, 2, 3, 4, 5]], { bucket: "powerOfTwo" });
    assert.deepEqual(five.shape, [1, 8]);
    five.dispose();
    const empty = pad([[], []], { bucket: "powerOfTwo" });
    assert.deepEqual(empty.arraySync(), [[0], [0]]);
    empty.dispose();
    assert.equal(tf.memory().numTensors, before);
  });

  it("pads and truncates to a fixed length", () => {
    const padded = pad([[5, 6, 7], [8]], { length: 2 });
    assert.deepEqual(padded.arraySync(), [
      [5, 6],
      [8, 0],
    ]);
    padded.dispose();
  });

  it("agrees with a slow implementation on random sequences", () => {
    const random = createRandom(5);
    for (let trial = 0; trial < 30; trial++) {
      const sequences = Array.from({ length: 1 + random.int(5) }, () =>
        Array.from({ length: random.int(12) }, () => 2 + random.int(50)),
      );
      const longest = Math.max(...sequences.map((s) => s.length));
      const bucket = 2 ** Math.ceil(Math.log2(Math.max(longest, 1)));
      const fixed = 1 + random.int(10);
      const a = pad(sequences, { bucket: "powerOfTwo" });
      const b = pad(sequences, { length: fixed });
      assert.deepEqual(a.arraySync(), slowPad(sequences, bucket));
      assert.deepEqual(b.arraySync(), slowPad(sequences, fixed));
      tf.dispose([a, b]);
    }
  });

  it("rejects bad arguments by name", () => {
    assert.throws(
      () => pad([], { length: 4 }),
      /pad: argument 'sequences' must be a non-empty array/,
    );
    assert.throws(
      () => pad([[1, -2]], { length: 4 }),
      /pad: argument 'sequences' must be non-negative integer ids, got -2 at row 0, column 1/,
    );
    assert.throws(() => pad([[1.5]], { length: 4 }), /got 1.5 at row 0, column 0/);
    assert.throws(() => pad([[1]], { length: 0 }), /pad: argument 'options.length'/);
    assert.throws(
      () => pad([[1]], { bucket: "tens" } as unknown as { bucket: "powerOfTwo" }),
      /pad: argument 'options' must be \{ length \} or \{ bucket: 'powerOfTwo' \}/,
    );
  });
});
