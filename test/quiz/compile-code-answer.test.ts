import * as tf from "@tensorflow/tfjs";
import { strict as assert } from "node:assert";
import { compileCodeAnswer } from "../../src/quiz/compile-code-answer";

function compile(source: string, name = "f", timeoutMs?: number): (...args: unknown[]) => unknown {
  const parsed = compileCodeAnswer(source, name, timeoutMs === undefined ? {} : { timeoutMs });
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.message);
  return parsed.value;
}

function reason(source: string, name = "f"): string {
  const parsed = compileCodeAnswer(source, name);
  assert.ok(!parsed.ok);
  return parsed.message;
}

describe("compileCodeAnswer", () => {
  it("compiles function expressions and named declarations", () => {
    assert.equal(compile("(a, b) => a + b")(2, 3), 5);
    assert.equal(compile("function (x) { return x * 2; }")(4), 8);
    assert.equal(compile("function f(x) { return x - 1; }")(4), 3);
    assert.equal(compile("const helper = (x) => x * x;\nconst f = (x) => helper(x) + 1;")(3), 10);
    assert.equal(compile("export function f(x) { return -x; }")(3), -3);
    assert.deepEqual(compile("export default (xs) => xs.map((x) => x + 1)")([1, 2]), [2, 3]);
  });

  it("gives the code tf", () => {
    const fn = compile("(xs) => tf.tidy(() => tf.tensor1d(xs).mul(2).arraySync())");
    assert.deepEqual(fn([1, 2]), [2, 4]);
    assert.ok(tf.memory().numTensors >= 0);
  });

  it("explains code that gives no function", () => {
    assert.match(reason(""), /no code given/);
    assert.match(reason("function ("), /does not compile: SyntaxError/);
    assert.match(
      reason("42"),
      /defines no function: write a function expression or a function named f/,
    );
    assert.match(reason("const g = () => 1;"), /defines no function/);
    assert.match(reason("throw new Error('boom')"), /failed while loading: Error: boom/);
  });

  it("refuses an async function, whose body would run out of reach of the time limit", () => {
    const parsed = compileCodeAnswer("async (a) => { await 0; for (;;) {} }", "f");
    assert.ok(!parsed.ok);
    assert.match(
      parsed.message,
      /f must be a plain function that returns its result, got an async function/,
    );
  });

  it("stops endless loops with the time limit", () => {
    const fn = compile("(n) => { while (true) {} }", "f", 100);
    assert.throws(() => fn(1), /timed out/);
    const parsed = compileCodeAnswer("for (;;) {}\nfunction f() {}", "f", { timeoutMs: 100 });
    assert.ok(!parsed.ok);
    assert.match(parsed.message, /timed out/);
  });
});
