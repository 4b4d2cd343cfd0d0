import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { lstmSequence, type RecurrentActivation } from "../../src/model";
import { createRandom } from "../../src/random";
import { maxAbsDiff, onBackend } from "../support/on-backend";

/** The LSTM written out with plain loops in double precision: the independent reference. */
function slowLstm(
  x: number[][][],
  kernel: number[][],
  recurrent: number[][],
  bias: number[],
  mask: number[][] | null,
  activation: RecurrentActivation,
): number[][][] {
  const units = recurrent.length;
  const sigma = (z: number): number =>
    activation === "sigmoid" ? 1 / (1 + Math.exp(-z)) : Math.min(1, Math.max(0, 0.2 * z + 0.5));
  return x.map((sequence, b) => {
    let h = new Array<number>(units).fill(0);
    let c = new Array<number>(units).fill(0);
    return sequence.map((input, t) => {
      if (mask !== null && mask[b]![t] === 0) return h.slice();
      const z = bias.map((bj, j) => {
        let sum = bj;
        input.forEach((xi, i) => (sum += xi * kernel[i]![j]!));
        h.forEach((hk, k) => (sum += hk * recurrent[k]![j]!));
        return sum;
      });
      const nextC = c.map(
        (ck, j) => sigma(z[units + j]!) * ck + sigma(z[j]!) * Math.tanh(z[2 * units + j]!),
      );
      h = nextC.map((cj, j) => sigma(z[3 * units + j]!) * Math.tanh(cj));
      c = nextC;
      return h.slice();
    });
  });
}

function randomMatrix(rows: number, cols: number, seed: number, scale = 1): number[][] {
  const rng = createRandom(seed);
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => rng.normal() * scale),
  );
}

for (const backend of ["wasm", "cpu"] as const) {
  describe(`lstmSequence on ${backend}`, () => {
    for (const activation of ["sigmoid", "hardSigmoid"] as const) {
      it(`matches a plain-loop LSTM (${activation}, with padding) for several seeds`, async () => {
        await onBackend(backend, () => {
          for (const seed of [1, 2, 3]) {
            const [batch, steps, inputDim, units] = [3, 4, 5, 4];
            const x = Array.from({ length: batch }, (_, b) =>
              randomMatrix(steps, inputDim, seed * 10 + b),
            );
            const kernel = randomMatrix(inputDim, 4 * units, seed + 100, 0.5);
            const recurrent = randomMatrix(units, 4 * units, seed + 200, 0.5);
            const bias = randomMatrix(1, 4 * units, seed + 300)[0]!;
            const mask = [
              [1, 1, 0, 0],
              [0, 1, 1, 1],
              [1, 1, 1, 1],
            ];
            const expected = slowLstm(x, kernel, recurrent, bias, mask, activation);
            const h = lstmSequence(
              tf.tensor3d(x),
              tf.tensor2d(kernel),
              tf.tensor2d(recurrent),
              tf.tensor1d(bias),
              tf.tensor2d(mask),
              { recurrentActivation: activation },
            );
            assert.deepEqual(h.shape, [batch, steps, units]);
            assert.ok(maxAbsDiff(h, expected.flat(2)) < 1e-5);
          }
        });
      });
    }

    it("handles a single time step and defaults to sigmoid", async () => {
      await onBackend(backend, () => {
        const x = randomMatrix(1, 3, 7);
        const kernel = randomMatrix(3, 8, 8);
        const recurrent = randomMatrix(2, 8, 9);
        const bias = [0, 0, 1, 1, 0, 0, 0, 0];
        const h = lstmSequence(
          tf.tensor3d([x]),
          tf.tensor2d(kernel),
          tf.tensor2d(recurrent),
          tf.tensor1d(bias),
        );
        const expected = slowLstm([x], kernel, recurrent, bias, null, "sigmoid");
        assert.ok(maxAbsDiff(h, expected.flat(2)) < 1e-5);
      });
    });
  });
}

describe("lstmSequence", () => {
  it("gives the same values and gradients with the WASM kernels as with public ops", async () => {
    // On wasm the fused kernels run; on cpu the public-op fallback runs: compare the two.
    const run = (): tf.Tensor[] =>
      tf.tidy(() => {
        const x = tf.tensor3d([randomMatrix(6, 5, 1), randomMatrix(6, 5, 2)]);
        const kernel = tf.tensor2d(randomMatrix(5, 32, 3, 0.4));
        const recurrent = tf.tensor2d(randomMatrix(8, 32, 4, 0.4));
        const bias = tf.tensor1d(randomMatrix(1, 32, 5)[0]!);
        const mask = tf.tensor2d([
          [1, 1, 1, 1, 0, 0],
          [0, 1, 1, 0, 1, 1],
        ]);
        const probe = tf.tensor3d([randomMatrix(6, 8, 6), randomMatrix(6, 8, 7)]);
        const f = (a: tf.Tensor, k: tf.Tensor, u: tf.Tensor, b: tf.Tensor): tf.Scalar =>
          tf.sum(
            tf.mul(
              lstmSequence(
                a as tf.Tensor3D,
                k as tf.Tensor2D,
                u as tf.Tensor2D,
                b as tf.Tensor1D,
                mask,
              ),
              probe,
            ),
          );
        const h = lstmSequence(x, kernel, recurrent, bias, mask);
        return [h, ...tf.grads(f)([x, kernel, recurrent, bias])].map((t) => tf.keep(tf.clone(t)));
      });
    const wasm = await onBackend("wasm", () => run().map((t) => t.arraySync()));
    const cpu = await onBackend("cpu", () => run().map((t) => t.arraySync()));
    wasm.forEach((w, i) =>
      assert.ok(
        maxAbsDiff(
          (w as number[][]).flat(2) as number[],
          (cpu[i] as number[][]).flat(2) as number[],
        ) < 1e-5,
        `output ${i}`,
      ),
    );
  });

  it("rejects mismatched shapes with messages naming the argument", () => {
    const x = tf.zeros([2, 3, 4]) as tf.Tensor3D;
    const k = tf.zeros([4, 8]) as tf.Tensor2D;
    const u = tf.zeros([2, 8]) as tf.Tensor2D;
    const b = tf.zeros([8]) as tf.Tensor1D;
    assert.throws(
      () => lstmSequence(x, tf.zeros([5, 8]) as tf.Tensor2D, u, b),
      /lstmSequence: argument 'kernel' must be shape \[4, 8\], got shape \[5, 8\]/,
    );
    assert.throws(
      () => lstmSequence(x, k, tf.zeros([2, 6]) as tf.Tensor2D, b),
      /lstmSequence: argument 'recurrentKernel' must be shape \[units, 4 units\]/,
    );
    assert.throws(() => lstmSequence(x, k, u, tf.zeros([4]) as tf.Tensor1D), /argument 'bias'/);
    assert.throws(
      () => lstmSequence(x, k, u, b, tf.ones([2, 2])),
      /argument 'mask' must be shape \[2, 3\]/,
    );
    assert.throws(
      () => lstmSequence(tf.zeros([2, 3]) as unknown as tf.Tensor3D, k, u, b),
      /lstmSequence: argument 'x' must be shape \[\*, \*, \*\]/,
    );
  });
});
