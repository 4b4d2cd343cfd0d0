import { strict as assert } from "node:assert";
import { defineFunction, get, set } from "../../../src/backend/wasm/wasm-code";
import { Op, ValueType } from "../../../src/backend/wasm/wasm-module-writer";

describe("defineFunction", () => {
  it("numbers the parameters first, then the locals in their key order", () => {
    const seen: Record<string, number> = {};
    const fn = defineFunction("f", ["a", "b"], { x: ValueType.f32, y: ValueType.v128 }, (at) => {
      Object.assign(seen, { a: at.a, b: at.b, x: at.x, y: at.y });
      return set(at.x, get(at.a));
    });
    assert.deepEqual(seen, { a: 0, b: 1, x: 2, y: 3 });
    assert.deepEqual(fn.params, [ValueType.i32, ValueType.i32]);
    assert.deepEqual(fn.locals, [ValueType.f32, ValueType.v128]);
    assert.deepEqual(fn.body, [...Op.localGet(0), ...Op.localSet(2)]);
  });

  it("throws on a name that is neither a parameter nor a local", () => {
    assert.throws(
      () =>
        defineFunction("f", ["a"], {}, (at) => get((at as Record<string, number>)["typo"] ?? -1)),
      /wasm-code: unknown local 'typo'/,
    );
  });
});
