import { strict as assert } from "node:assert";
import { createRandom } from "../../src/random";

describe("createRandom", () => {
  it("gives the same stream for the same seed and different streams for different seeds", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const sa = Array.from({ length: 20 }, () => a.next());
    const sb = Array.from({ length: 20 }, () => b.next());
    const sc = Array.from({ length: 20 }, () => c.next());
    assert.deepEqual(sa, sb);
    assert.notDeepEqual(sa, sc);
    for (const x of sa) assert.ok(x >= 0 && x < 1);
  });

  it("draws roughly uniform integers and standard normals", () => {
    const rng = createRandom(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40000; i++) counts[rng.int(4)]!++;
    for (const count of counts) assert.ok(Math.abs(count - 10000) < 500, `count ${count}`);
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < 40000; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    assert.ok(Math.abs(sum / 40000) < 0.03);
    assert.ok(Math.abs(sumSq / 40000 - 1) < 0.05);
  });

  it("shuffles into a permutation and samples distinct items", () => {
    const rng = createRandom(3);
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    assert.deepEqual(
      [...shuffled].sort((x, y) => x - y),
      items,
    );
    assert.notDeepEqual(shuffled, items);
    const sample = rng.sample(items, 10);
    assert.equal(new Set(sample).size, 10);
  });

  it("rejects bad arguments by name", () => {
    assert.throws(() => createRandom(Number.NaN), /createRandom: argument 'seed'/);
    assert.throws(() => createRandom(1).int(0), /Random.int: argument 'n'/);
    assert.throws(() => createRandom(1).pick([]), /Random.pick/);
    assert.throws(() => createRandom(1).sample([1], 2), /Random.sample: argument 'k'/);
  });
});
