import { strict as assert } from "node:assert";
import { processIsRunning } from "../../src/io/process-is-running";
import { deadPid } from "../support/dead-pid";

describe("processIsRunning", () => {
  it("is true for this process and its parent, false for one that exited", () => {
    assert.equal(processIsRunning(process.pid), true);
    assert.equal(processIsRunning(process.ppid), true);
    assert.equal(processIsRunning(deadPid()), false);
  });

  it("is false for ids no process can have", () => {
    for (const pid of [0, -1, 1.5, NaN, Number.MAX_VALUE])
      assert.equal(processIsRunning(pid), false);
  });
});
