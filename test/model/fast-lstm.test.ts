import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { FastLSTM, type RecurrentActivation } from "../../src/model";
import { maxAbsDiff, onBackend } from "../support/on-backend";

const TOLERANCE = 1e-4;

interface Comparison {
  readonly output: number;
  readonly inputGradient: number;
  readonly weightGradients: readonly number[];
}

/**
 * Builds a FastLSTM and a stock tf.layers.lstm with the same weights and recurrent activation,
 * and compares outputs and the gradients of a random linear function of the outputs with respect
 * to the inputs and every weight.
 */
function compareWithStock(
  units: number,
  activation: RecurrentActivation,
  mask: number[][] | null,
  seed: number,
): Comparison {
  const [batch, steps, inputDim] = [mask?.length ?? 3, mask?.[0]?.length ?? 5, 6];
  return tf.tidy(() => {
    const x = tf.randomNormal([batch, steps, inputDim], 0, 1, "float32", seed) as tf.Tensor3D;
    const probe = tf.randomNormal([batch, steps, units], 0, 1, "float32", seed + 1);
    const maskTensor = mask === null ? undefined : tf.tensor2d(mask, undefined, "bool");
    const kwargs = maskTensor === undefined ? {} : { mask: maskTensor };
    const fast = new FastLSTM({ units, recurrentActivation: activation, seed });
    const stock = tf.layers.lstm({
      units,
      returnSequences: true,
      recurrentActivation: activation,
      recurrentInitializer: "zeros",
    });
    fast.apply(x);
    stock.apply(x);
    // A bias far from zero exercises every gate; copy all weights into the stock layer.
    const [kernel, recurrent] = fast.getWeights();
    const bias = tf.randomNormal([4 * units], 0, 1, "float32", seed + 2);
    fast.setWeights([kernel!, recurrent!, bias]);
    stock.setWeights([kernel!, recurrent!, bias]);
    const objective = (layer: tf.layers.Layer) => (input: tf.Tensor) =>
      tf.sum(tf.mul(layer.apply(input, kwargs) as tf.Tensor, probe)) as tf.Scalar;
    const output = maxAbsDiff(
      fast.apply(x, kwargs) as tf.Tensor,
      stock.apply(x, kwargs) as tf.Tensor,
    );
    const inputGradient = maxAbsDiff(tf.grad(objective(fast))(x), tf.grad(objective(stock))(x));
    const weightsOf = (layer: tf.layers.Layer): tf.Variable[] =>
      layer.trainableWeights.map((w) => w.read() as tf.Variable);
    const fastGrads = tf.variableGrads(() => objective(fast)(x), weightsOf(fast)).grads;
    const stockGrads = tf.variableGrads(() => objective(stock)(x), weightsOf(stock)).grads;
    const weightGradients = weightsOf(fast).map((v, i) =>
      maxAbsDiff(fastGrads[v.name]!, stockGrads[weightsOf(stock)[i]!.name]!),
    );
    return { output, inputGradient, weightGradients };
  });
}

const MASK = [
  [1, 1, 1, 0, 0],
  [1, 1, 1, 1, 1],
  [0, 0, 1, 1, 0],
  [0, 0, 0, 0, 0],
];

for (const backend of ["wasm", "cpu"] as const) {
  describe(`FastLSTM vs tf.layers.lstm (copied weights) on ${backend}`, () => {
    const cases: [string, number, RecurrentActivation, number[][] | null][] = [
      ["sigmoid, no mask", 8, "sigmoid", null],
      ["sigmoid, masked (trailing, leading, all padding)", 8, "sigmoid", MASK],
      ["hardSigmoid, no mask", 8, "hardSigmoid", null],
      ["hardSigmoid, masked", 8, "hardSigmoid", MASK],
      ["units not a multiple of 4 (scalar path), masked", 6, "sigmoid", MASK],
    ];
    cases.forEach(([label, units, activation, mask], k) => {
      it(`${label}: outputs and gradients (input, kernel, recurrent kernel, bias) within ${TOLERANCE}`, async () => {
        await onBackend(backend, () => {
          for (const seed of [1, 2]) {
            const diff = compareWithStock(units, activation, mask, 10 * k + seed);
            assert.ok(diff.output < TOLERANCE, `output differs by ${diff.output}`);
            assert.ok(diff.inputGradient < TOLERANCE, `dx differs by ${diff.inputGradient}`);
            assert.equal(diff.weightGradients.length, 3);
            diff.weightGradients.forEach((d, i) =>
              assert.ok(d < TOLERANCE, `gradient of weight ${i} differs by ${d}`),
            );
          }
        });
      });
    });

    it("leaks no tensor in a forward and backward pass", async () => {
      await onBackend(backend, () => {
        const layer = new FastLSTM({ units: 8, seed: 4 });
        const x = tf.randomNormal([2, 4, 3]);
        const mask = tf.tensor2d(
          [
            [1, 1, 0, 0],
            [1, 1, 1, 1],
          ],
          undefined,
          "bool",
        );
        (layer.apply(x, { mask }) as tf.Tensor).dispose(); // builds the layer (creates its weights)
        const run = (): void => {
          const { value, grads } = tf.variableGrads(
            () => tf.sum(layer.apply(x, { mask }) as tf.Tensor) as tf.Scalar,
            layer.trainableWeights.map((w) => w.read() as tf.Variable),
          );
          tf.dispose([value, ...Object.values(grads)]);
          (layer.apply(x, { mask }) as tf.Tensor).dispose();
        };
        run();
        const before = tf.memory().numTensors;
        run();
        assert.equal(tf.memory().numTensors, before);
        tf.dispose([x, mask]);
        layer.dispose();
      });
    });
  });
}

describe("FastLSTM", () => {
  it("returns the whole sequence [batch, T, units] and passes the mask on", () => {
    const input = tf.input({ shape: [null, 3] });
    const layer = new FastLSTM({ units: 5 });
    const out = layer.apply(input) as tf.SymbolicTensor;
    assert.deepEqual(out.shape, [null, null, 5]);
    const mask = tf.tensor2d([[1, 0]], undefined, "bool");
    assert.equal(layer.computeMask(tf.zeros([1, 2, 3]), mask), mask);
    mask.dispose();
  });

  it("defaults to a sigmoid recurrent activation and a unit forget bias", () => {
    const layer = new FastLSTM({ units: 2 });
    assert.equal(layer.recurrentActivation, "sigmoid");
    layer.apply(tf.zeros([1, 1, 3]));
    const bias = Array.from(layer.getWeights()[2]!.dataSync());
    assert.deepEqual(bias, [0, 0, 1, 1, 0, 0, 0, 0]);
  });

  it("gives the same initial weights for the same seed and different ones otherwise", () => {
    const weights = (seed: number): Float32Array[] => {
      const layer = new FastLSTM({ units: 4, seed });
      layer.apply(tf.zeros([1, 1, 3]));
      return layer.getWeights().map((w) => w.dataSync() as Float32Array);
    };
    assert.deepEqual(weights(5), weights(5));
    assert.notDeepEqual(weights(5)[0], weights(6)[0]);
  });

  it("serialises its configuration", () => {
    const layer = new FastLSTM({ units: 3, recurrentActivation: "hardSigmoid", seed: 9 });
    const config = layer.getConfig();
    assert.equal(config["units"], 3);
    assert.equal(config["recurrentActivation"], "hardSigmoid");
    assert.equal(config["seed"], 9);
    assert.equal(config["unitForgetBias"], true);
  });

  it("rejects bad options by name", () => {
    assert.throws(() => new FastLSTM({ units: 0 }), /FastLSTM: argument 'units' must be/);
    assert.throws(
      () => new FastLSTM({ units: 2, recurrentActivation: "relu" as RecurrentActivation }),
      /FastLSTM: argument 'recurrentActivation' must be one of 'sigmoid', 'hardSigmoid'/,
    );
  });
});
