import { strict as assert } from "node:assert";
import { describeTolerance, withinTolerance } from "../../src/quiz/tolerance";

describe("withinTolerance / describeTolerance", () => {
  it("accepts within the absolute or the relative tolerance, boundaries included", () => {
    assert.ok(withinTolerance(0.705, 0.7071, { absolute: 0.01 }));
    assert.ok(!withinTolerance(0.69, 0.7071, { absolute: 0.01 }));
    assert.ok(withinTolerance(0.75, 0.5, { absolute: 0.25 }));
    assert.ok(withinTolerance(101, 100, { relative: 0.01 }));
    assert.ok(!withinTolerance(102, 100, { relative: 0.01 }));
    assert.ok(withinTolerance(102, 100, { absolute: 5, relative: 0.001 }));
    assert.ok(!withinTolerance(Number.NaN, 1, { absolute: 1 }));
  });

  it("says the tolerance in words", () => {
    assert.equal(describeTolerance({ absolute: 0.001 }), "within 0.001");
    assert.equal(describeTolerance({ relative: 0.01 }), "within 1% of the answer");
    assert.equal(
      describeTolerance({ absolute: 0.5, relative: 0.1 }),
      "within 0.5 or within 10% of the answer",
    );
  });
});
