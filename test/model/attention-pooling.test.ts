import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { AttentionPooling } from "../../src/model";
import { createRandom } from "../../src/random";
import { maxAbsDiff } from "../support/on-backend";

/** Slow reference: scores u·tanh(W h + b) over real steps, softmax, weighted sum. */
function slowAttention(
  x: number[][][],
  mask: number[][],
  kernel: number[][],
  bias: number[],
  context: number[],
): number[][] {
  return x.map((steps, b) => {
    const scores = steps.map((h) =>
      context.reduce((sum, u, a) => {
        let z = bias[a]!;
        for (let k = 0; k < h.length; k++) z += h[k]! * kernel[k]![a]!;
        return sum + u * Math.tanh(z);
      }, 0),
    );
    const real = scores.map((_, t) => mask[b]![t] === 1);
    const top = Math.max(...scores.filter((_, t) => real[t]));
    const exp = scores.map((s, t) => (real[t] ? Math.exp(s - top) : 0));
    const total = exp.reduce((a, e) => a + e, 0);
    return steps[0]!.map((_, k) =>
      total === 0 ? 0 : steps.reduce((sum, h, t) => sum + (exp[t]! / total) * h[k]!, 0),
    );
  });
}

describe("AttentionPooling", () => {
  const random = createRandom(3);
  const x = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => random.normal())),
  );
  const mask = [
    [1, 1, 1, 0],
    [1, 0, 0, 0],
    [0, 0, 0, 0],
  ];

  it("matches a plain loop over steps, ignoring padding; all-padding rows give zeros", () => {
    const layer = new AttentionPooling({ attentionUnits: 3, seed: 2 });
    const input = tf.tensor3d(x);
    const maskTensor = tf.tensor2d(mask, undefined, "bool");
    layer.apply(input, { mask: maskTensor });
    // Give u a value so the weights are not uniform.
    const [kernel, bias] = layer.getWeights().map((w) => w.arraySync());
    layer.setWeights([
      tf.tensor2d(kernel as number[][]),
      tf.tensor1d(bias as number[]),
      tf.tensor1d([0.5, -1, 2]),
    ]);
    const y = layer.apply(input, { mask: maskTensor }) as tf.Tensor;
    const expected = slowAttention(x, mask, kernel as number[][], bias as number[], [0.5, -1, 2]);
    assert.deepEqual(y.shape, [3, 5]);
    assert.ok(maxAbsDiff(y, expected.flat()) < 1e-5);
  });

  it("starts as the plain mean (u = 0) and learns: the gradient reaches every weight", () => {
    const layer = new AttentionPooling({ attentionUnits: 3, seed: 2 });
    const input = tf.tensor3d(x);
    const maskTensor = tf.tensor2d(mask, undefined, "bool");
    const y = layer.apply(input, { mask: maskTensor }) as tf.Tensor;
    const mean = x[0]![0]!.map((_, k) => (x[0]![0]![k]! + x[0]![1]![k]! + x[0]![2]![k]!) / 3);
    assert.ok(maxAbsDiff(y.slice([0, 0], [1, 5]), mean) < 1e-5);
    const { grads } = tf.variableGrads(
      () => tf.sum(tf.square(layer.apply(input, { mask: maskTensor }) as tf.Tensor)) as tf.Scalar,
      layer.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val),
    );
    const context = Object.entries(grads).find(([name]) => name.includes("context"));
    assert.ok(context !== undefined && tf.any(tf.notEqual(context[1], 0)).dataSync()[0] === 1);
  });
});
