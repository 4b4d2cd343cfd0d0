import { strict as assert } from "node:assert";
import {
  Op,
  signedLeb,
  Simd,
  unsignedLeb,
  ValueType,
  writeModule,
} from "../../../src/backend/wasm/wasm-module-writer";
import { webAssembly } from "../../../src/backend/wasm/webassembly-api";

describe("wasm module writer", () => {
  it("encodes LEB128 like the specification's examples", () => {
    assert.deepEqual(unsignedLeb(0), [0]);
    assert.deepEqual(unsignedLeb(624485), [0xe5, 0x8e, 0x26]);
    assert.deepEqual(signedLeb(-123456), [0xc0, 0xbb, 0x78]);
    assert.deepEqual(signedLeb(64), [0xc0, 0x00]);
  });

  for (const shared of [false, true]) {
    it(`writes a module that runs on a ${shared ? "shared" : "plain"} memory: out[i] = a[i] * b[i] for four floats with SIMD`, () => {
      const { i32 } = ValueType;
      const bytes = writeModule(
        [
          {
            name: "mul4",
            params: [i32, i32, i32],
            locals: [],
            body: [
              ...Op.localGet(2),
              ...Op.localGet(0),
              ...Simd.load(),
              ...Op.localGet(1),
              ...Simd.load(),
              ...Simd.f32x4Mul,
              ...Simd.store(),
            ],
          },
        ],
        shared,
      );
      // A shared memory (the multi-threaded backend's heap) needs a maximum; the import must say
      // it is shared, and then links to any shared memory.
      const memory = new webAssembly.Memory({
        initial: 1,
        ...(shared ? { maximum: 16, shared } : {}),
      });
      assert.equal(memory.buffer instanceof SharedArrayBuffer, shared);
      const instance = new webAssembly.Instance(new webAssembly.Module(bytes), { env: { memory } });
      const heap = new Float32Array(memory.buffer);
      heap.set([1, 2, 3, 4, 10, 20, 30, 40]);
      (instance.exports["mul4"] as (a: number, b: number, out: number) => void)(0, 16, 32);
      assert.deepEqual(Array.from(heap.slice(8, 12)), [10, 40, 90, 160]);
      const other = new webAssembly.Memory({
        initial: 1,
        ...(shared ? {} : { maximum: 16, shared: true }),
      });
      assert.throws(
        () => new webAssembly.Instance(new webAssembly.Module(bytes), { env: { memory: other } }),
      );
    });
  }
});
