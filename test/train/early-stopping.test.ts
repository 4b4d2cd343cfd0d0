import { strict as assert } from "node:assert";
import { MetricMonitor } from "../../src/train";

describe("MetricMonitor", () => {
  it("tracks the best value and stops after `patience` epochs without improvement", () => {
    const monitor = new MetricMonitor({ metric: "auc", mode: "max", patience: 2, minDelta: 0.01 });
    assert.equal(monitor.observe(0, 0.5), true);
    assert.equal(monitor.observe(1, 0.505), false, "below minDelta is no improvement");
    assert.equal(monitor.shouldStop, false);
    assert.equal(monitor.observe(2, 0.6), true);
    assert.equal(monitor.observe(3, 0.59), false);
    assert.equal(monitor.observe(4, 0.58), false);
    assert.equal(monitor.shouldStop, true);
    assert.equal(monitor.best, 0.6);
    assert.equal(monitor.bestEpoch, 2);
  });

  it("minimises in 'min' mode, and patience 0 stops at the first miss", () => {
    const monitor = new MetricMonitor({ metric: "loss", mode: "min", patience: 0 });
    monitor.observe(0, 1);
    assert.equal(monitor.shouldStop, false);
    monitor.observe(1, 0.5);
    assert.equal(monitor.shouldStop, false);
    monitor.observe(2, 0.7);
    assert.equal(monitor.shouldStop, true);
  });

  it("rejects a bad mode or patience by name", () => {
    assert.throws(
      () => new MetricMonitor({ metric: "auc", mode: "up" as "max" }),
      /train: argument 'options.earlyStopping.mode'/,
    );
    assert.throws(
      () => new MetricMonitor({ metric: "auc", mode: "max", patience: -1 }),
      /options.earlyStopping.patience/,
    );
  });
});
