import { strict as assert } from "node:assert";
import { callWithTimeLimit, isTimeLimitError, TimeLimitError } from "../../src/quiz/time-limit";

describe("callWithTimeLimit", () => {
  it("returns what the action returns and passes on what it throws", () => {
    assert.equal(
      callWithTimeLimit(() => 6 * 7, 1000),
      42,
    );
    assert.throws(
      () =>
        callWithTimeLimit(() => {
          throw new RangeError("inside");
        }, 1000),
      /RangeError: inside/,
    );
  });

  it("stops a function made outside the time limit's context that never returns", () => {
    const endless = (): number => {
      for (;;) {
        // never returns
      }
    };
    assert.throws(
      () => callWithTimeLimit(endless, 50),
      (error: unknown) =>
        error instanceof TimeLimitError &&
        error.timeoutMs === 50 &&
        error.message === "did not return within 50 ms",
    );
    assert.equal(
      callWithTimeLimit(() => "still usable", 50),
      "still usable",
    );
  });

  it("recognises its own stop and a vm script's", () => {
    assert.equal(isTimeLimitError(new TimeLimitError(1)), true);
    assert.equal(isTimeLimitError({ code: "ERR_SCRIPT_EXECUTION_TIMEOUT" }), true);
    assert.equal(isTimeLimitError(new Error("other")), false);
    assert.equal(isTimeLimitError(null), false);
  });
});
