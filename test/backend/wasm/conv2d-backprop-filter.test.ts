import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { createRandom } from "../../../src/random";
import { onBackend } from "../../support/on-backend";
import { assertAllClose } from "../../support/tensors";

interface Case {
  readonly batch: number;
  readonly size: number;
  readonly inChannels: number;
  readonly outChannels: number;
  readonly kernel: number;
  readonly stride: number;
  readonly dilation: number;
  readonly pad: "valid" | "same";
}

/** dW by the definition, with plain loops: sum over b, oh, ow of x[...] * dy[b, oh, ow, co]. */
function filterGradientByLoops(
  x: number[][][][],
  dy: number[][][][],
  c: Case,
  top: number,
  left: number,
): number[] {
  const dw = new Array<number>(c.kernel * c.kernel * c.inChannels * c.outChannels).fill(0);
  for (let b = 0; b < c.batch; b++)
    for (let oh = 0; oh < dy[0]!.length; oh++)
      for (let ow = 0; ow < dy[0]![0]!.length; ow++)
        for (let kh = 0; kh < c.kernel; kh++)
          for (let kw = 0; kw < c.kernel; kw++) {
            const ih = oh * c.stride + kh * c.dilation - top;
            const iw = ow * c.stride + kw * c.dilation - left;
            if (ih < 0 || iw < 0 || ih >= c.size || iw >= c.size) continue;
            for (let ci = 0; ci < c.inChannels; ci++)
              for (let co = 0; co < c.outChannels; co++) {
                dw[((kh * c.kernel + kw) * c.inChannels + ci) * c.outChannels + co]! +=
                  x[b]![ih]![iw]![ci]! * dy[b]![oh]![ow]![co]!;
              }
          }
  return dw;
}

const cases: Case[] = [
  {
    batch: 2,
    size: 7,
    inChannels: 3,
    outChannels: 4,
    kernel: 3,
    stride: 1,
    dilation: 1,
    pad: "valid",
  },
  {
    batch: 2,
    size: 8,
    inChannels: 2,
    outChannels: 5,
    kernel: 3,
    stride: 2,
    dilation: 1,
    pad: "same",
  },
  {
    batch: 1,
    size: 9,
    inChannels: 1,
    outChannels: 3,
    kernel: 2,
    stride: 1,
    dilation: 1,
    pad: "same",
  },
];

describe("WASM Conv2DBackpropFilter added by siamese-lab", () => {
  it("matches a plain-loop reference and the cpu backend (strides, padding; tfjs has no gradient for dilated conv2d)", async () => {
    for (const [index, c] of cases.entries()) {
      const rng = createRandom(index + 1);
      const values = (n: number): number[] => Array.from({ length: n }, () => rng.normal());
      const xValues = values(c.batch * c.size * c.size * c.inChannels);
      const wValues = values(c.kernel * c.kernel * c.inChannels * c.outChannels);
      const gradient = (): { dw: number[]; dy: number[][][][]; x: number[][][][] } =>
        tf.tidy(() => {
          const x = tf.tensor4d(xValues, [c.batch, c.size, c.size, c.inChannels]);
          const w = tf.tensor4d(wValues, [c.kernel, c.kernel, c.inChannels, c.outChannels]);
          const conv = (filter: tf.Tensor4D): tf.Tensor4D =>
            tf.conv2d(x, filter, c.stride, c.pad, "NHWC", c.dilation);
          // A fixed upstream gradient dy (seeded), so dL/dW = Conv2DBackpropFilter(x, dy).
          const dyRng = createRandom(100 + index);
          const shape = conv(w).shape;
          const dy = tf.tensor4d(
            Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => dyRng.normal()),
            shape,
          );
          const dw = tf.grad((filter: tf.Tensor) =>
            tf.sum(tf.mul(conv(filter as tf.Tensor4D), dy)),
          )(w);
          return { dw: Array.from(dw.dataSync()), dy: dy.arraySync(), x: x.arraySync() };
        });
      const wasm = await onBackend("wasm", () => {
        assert.ok(tf.getKernel(tf.Conv2DBackpropFilter, "wasm") !== undefined);
        return gradient();
      });
      const cpu = await onBackend("cpu", gradient);
      const outSize = wasm.dy[0]!.length;
      const effective = (c.kernel - 1) * c.dilation + 1;
      const padTotal =
        c.pad === "valid" ? 0 : Math.max((outSize - 1) * c.stride + effective - c.size, 0);
      const top = Math.floor(padTotal / 2);
      assertAllClose(wasm.dw, filterGradientByLoops(wasm.x, wasm.dy, c, top, top), 1e-4);
      assertAllClose(wasm.dw, cpu.dw, 1e-4);
    }
  });

  it("lets a small conv2d model train on wasm without leaking tensors", async () => {
    await onBackend("wasm", async () => {
      const model = tf.sequential({
        layers: [
          tf.layers.conv2d({
            inputShape: [8, 8, 1],
            filters: 4,
            kernelSize: 3,
            activation: "relu",
            kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }),
          }),
          tf.layers.flatten(),
          tf.layers.dense({ units: 1, kernelInitializer: "zeros" }),
        ],
      });
      model.compile({ optimizer: tf.train.sgd(0.05), loss: "meanSquaredError" });
      const x = tf.tidy(() => tf.randomUniform([16, 8, 8, 1], 0, 1, "float32", 3));
      const y = tf.tidy(() => tf.mean(x.reshape([16, 64]), 1, true));
      const before = tf.memory().numTensors;
      const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
      const losses = history.history["loss"] as number[];
      assert.ok(losses[19]! < losses[0]! / 2, `loss fell: ${losses[0]} -> ${losses[19]}`);
      assert.ok(tf.memory().numTensors <= before + 2, "no growth while training");
      tf.dispose([x, y]);
      model.dispose();
    });
  });
});
