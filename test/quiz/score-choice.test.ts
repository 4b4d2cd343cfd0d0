import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";
import { scoreChoice } from "../../src/quiz/score-choice";

/** The rule in words, as a slow loop: start at 0, +1/k per right choice, -1/k per wrong one. */
function slowPartial(correct: readonly string[], chosen: readonly string[]): number {
  let total = 0;
  for (const letter of chosen) total += (correct.includes(letter) ? 1 : -1) / correct.length;
  return total < 0 ? 0 : total;
}

describe("scoreChoice", () => {
  it("all-or-nothing gives 1 only for the exact set", () => {
    assert.equal(scoreChoice(["A", "D"], ["A", "D"], "all-or-nothing").fraction, 1);
    assert.equal(scoreChoice(["A", "D"], ["A"], "all-or-nothing").fraction, 0);
    assert.equal(scoreChoice(["A", "D"], ["A", "B", "D"], "all-or-nothing").fraction, 0);
  });

  it("partial credit follows the hand-computed examples", () => {
    assert.equal(scoreChoice(["A", "B", "C"], ["A"], "partial").fraction, 1 / 3);
    assert.equal(scoreChoice(["A", "B", "C"], ["A", "B", "D"], "partial").fraction, 1 / 3);
    assert.equal(scoreChoice(["A", "B", "C"], ["A", "D"], "partial").fraction, 0);
    assert.equal(scoreChoice(["A", "B", "C"], ["D"], "partial").fraction, 0);
    assert.equal(scoreChoice(["A"], ["A"], "partial").fraction, 1);
    const detail = scoreChoice(["A", "B", "C"], ["A", "D"], "partial");
    assert.deepEqual([detail.right, detail.wrong, detail.missed], [["A"], ["D"], 2]);
  });

  it("partial credit agrees with a slow loop on random keys and answers", () => {
    const random = createRandom(11);
    const letters = ["A", "B", "C", "D", "E"];
    for (let trial = 0; trial < 500; trial++) {
      const correct = random.sample(letters, 1 + random.int(5));
      const chosen = random.sample(letters, 1 + random.int(5));
      const got = scoreChoice(correct, chosen, "partial").fraction;
      assert.ok(Math.abs(got - slowPartial(correct, chosen)) < 1e-12);
      assert.ok(got >= 0 && got <= 1);
    }
  });
});
