import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import { randomInteger, randomMatrix, randomUnitRows } from "../../src/quiz/random-inputs";

describe("randomMatrix / randomUnitRows / randomInteger", () => {
  it("draws reproducible, rounded matrices", () => {
    const a = randomMatrix(createRandom(3), 2, 3);
    assert.deepEqual(a, randomMatrix(createRandom(3), 2, 3));
    assert.equal(a.length, 2);
    for (const row of a) {
      assert.equal(row.length, 3);
      for (const x of row) assert.equal(Math.round(x * 100) / 100, x);
    }
  });

  it("draws unit rows", () => {
    for (const row of randomUnitRows(createRandom(4), 10, 3)) {
      assert.ok(Math.abs(Math.hypot(...row) - 1) < 1e-12);
    }
  });

  it("draws integers in the closed range", () => {
    const random = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomInteger(random, 2, 5));
    assert.deepEqual([...seen].sort(), [2, 3, 4, 5]);
  });
});
