import { strict as assert } from "node:assert";
import * as tf from "@tensorflow/tfjs";
import { markEngine, restoreEngine } from "../../src/backend/engine-mark";

describe("markEngine / restoreEngine", () => {
  it("closes scopes opened since the mark, freeing their tensors", () => {
    const before = tf.memory().numTensors;
    const mark = markEngine();
    tf.engine().startScope();
    tf.engine().startScope();
    tf.ones([3]);
    restoreEngine(mark);
    assert.equal(tf.memory().numTensors, before);
    assert.equal(tf.engine().state.scopeStack.length, mark.scopes);
  });

  it("drops a gradient tape left behind by a gradient computation that threw, with what it saved", () => {
    const before = tf.memory().numTensors;
    const x = tf.tensor1d([1, 2, 3]);
    const mark = markEngine();
    assert.throws(
      () =>
        tf.grad((input: tf.Tensor) => {
          tf.sum(tf.square(tf.mul(input, 2)));
          throw new Error("loss failed");
        })(x),
      /loss failed/,
    );
    assert.notEqual(tf.engine().state.activeTape, null, "tfjs leaves the tape behind");
    restoreEngine(mark);
    assert.equal(tf.engine().state.activeTape, null);
    x.dispose();
    assert.equal(tf.memory().numTensors, before);
  });
});
