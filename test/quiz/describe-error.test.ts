import { strict as assert } from "node:assert";
import * as vm from "node:vm";
import { describeError } from "../../src/quiz/describe-error";

describe("describeError", () => {
  it("says name and message, also for errors from a vm context", () => {
    assert.equal(describeError(new RangeError("too big")), "RangeError: too big");
    let foreign: unknown;
    try {
      vm.runInNewContext("null.x");
    } catch (error) {
      foreign = error;
    }
    assert.ok(!(foreign instanceof Error));
    assert.match(describeError(foreign), /^TypeError: Cannot read properties of null/);
    assert.equal(describeError("plain"), "plain");
    assert.equal(describeError(42), "42");
  });
});
