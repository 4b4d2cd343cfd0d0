import * as tf from "@tensorflow/tfjs";
import { strict as assert } from "node:assert";
import { codeExercise } from "../../src/quiz/define-quiz";
import { exerciseCases, gradeCode } from "../../src/quiz/grade-code";
import type { CodeExercise } from "../../src/quiz/quiz-types";
import { demoQuiz } from "../support/demo-quiz";

const double = demoQuiz.questions[3] as CodeExercise;

describe("gradeCode", () => {
  it("passes a correct function on every case, plain or tensor output, without leaking tensors", () => {
    const before = tf.memory().numTensors;
    const plain = gradeCode(double, (xs: number[]) => xs.map((x) => 2 * x));
    assert.deepEqual(plain, { passed: true, casesRun: 6, casesTotal: 6 });
    const viaTensors = gradeCode(double, (xs: number[]) => tf.tensor1d(xs).add(tf.tensor1d(xs)));
    assert.equal(viaTensors.passed, true);
    assert.equal(tf.memory().numTensors, before);
  });

  it("describes the first failing case in plain words", () => {
    const grade = gradeCode(double, (xs: number[]) => xs.map((x) => 3 * x));
    assert.equal(grade.passed, false);
    assert.equal(grade.casesRun, 1);
    assert.equal(
      grade.failure,
      [
        "Case 1 of 6 failed (a hand-picked case).",
        "Inputs: xs = [1, 2]",
        "Expected: [2, 4]",
        "Your function returned: [3, 6]",
        "Difference: item [0] is 3, expected 2 (off by 1; allowed: within 0.0001 or within 0.01% of the answer).",
      ].join("\n"),
    );
  });

  it("reports a random case, a thrown error, a Promise and a wrong shape", () => {
    const onlyPairs = gradeCode(double, (xs: number[]) =>
      xs.length === 2 ? xs.map((x) => 2 * x) : xs,
    );
    assert.equal(onlyPairs.passed, false);
    assert.match(onlyPairs.failure ?? "", /^Case \d of 6 failed\.\n/);
    const throws = gradeCode(double, () => {
      throw new TypeError("xs.map is not a function");
    });
    assert.match(
      throws.failure ?? "",
      /Your function threw TypeError: xs.map is not a function\.$/,
    );
    const promise = gradeCode(double, (xs: number[]) => Promise.resolve(xs));
    assert.match(
      promise.failure ?? "",
      /Your function returned a Promise; return the value itself/,
    );
    const scalar = gradeCode(double, () => 4);
    assert.match(
      scalar.failure ?? "",
      /Difference: the result is a number, expected an array of 2\.$/,
    );
  });

  it("gives the learner and the reference separate copies of the arguments", () => {
    const grade = gradeCode(double, (xs: number[]) => {
      const out = xs.map((x) => 2 * x);
      xs.length = 0;
      return out;
    });
    assert.equal(grade.passed, true);
  });

  it("draws the same cases for every learner", () => {
    assert.deepEqual(exerciseCases(double), exerciseCases(double));
    assert.deepEqual(exerciseCases(double)[0], [[1, 2]]);
    assert.equal(exerciseCases(double).length, 6);
  });

  it("uses a custom check when the exercise has one", () => {
    const exercise = codeExercise<[number]>({
      stem: "any number above x",
      functionName: "above",
      signature: "above(x: number): number",
      argumentNames: ["x"],
      fixedCases: [[1]],
      randomCases: 0,
      makeCase: () => [0],
      reference: (x) => x,
      check: ([x], actual) =>
        typeof actual === "number" && actual > x
          ? undefined
          : `${String(actual)} is not above ${x}`,
      explanation: "",
    });
    assert.equal(gradeCode(exercise, (x: number) => x + 5).passed, true);
    assert.match(
      gradeCode(exercise, (x: number) => x).failure ?? "",
      /Difference: 1 is not above 1\./,
    );
  });

  it("blames the exercise, not the learner, when the reference fails", () => {
    const broken = {
      ...double,
      reference: () => {
        throw new Error("bug");
      },
    };
    assert.throws(
      () => gradeCode(broken, () => 1),
      /the reference of "double" failed on case 1: threw Error: bug/,
    );
  });

  it("stops a function that never returns, fails its case, and leaves the engine usable", () => {
    const before = tf.memory().numTensors;
    const loops = gradeCode(
      double,
      () => {
        for (;;) {
          // An endless loop, as a learner might write by mistake.
        }
      },
      { timeoutMs: 100 },
    );
    assert.equal(loops.passed, false);
    assert.equal(loops.casesRun, 1);
    assert.match(
      loops.failure ?? "",
      /Your function did not return within 100 ms \(an endless loop\?\) and was stopped\.$/,
    );
    // Stopped inside tf.tidy and in the middle of a gradient: scopes, tape and tensors are repaired.
    const insideTidy = gradeCode(
      double,
      (xs: number[]) =>
        tf.tidy(() => {
          tf.tensor1d(xs);
          for (;;) {
            // never returns
          }
        }),
      { timeoutMs: 100 },
    );
    assert.match(insideTidy.failure ?? "", /did not return within 100 ms/);
    const insideGradient = gradeCode(
      double,
      (xs: number[]) =>
        tf.grad((x: tf.Tensor) => {
          tf.square(x);
          for (;;) {
            // never returns
          }
        })(tf.tensor1d(xs)),
      { timeoutMs: 100 },
    );
    assert.match(insideGradient.failure ?? "", /did not return within 100 ms/);
    assert.equal(tf.memory().numTensors, before, "no tensor of a stopped call is left");
    const engine = tf.engine().state;
    assert.equal(engine.gradientDepth, 0);
    assert.equal(engine.kernelDepth, 0);
    assert.equal(engine.activeTape, null);
    assert.deepEqual(
      gradeCode(double, (xs: number[]) => tf.mul(tf.tensor1d(xs), 2)),
      {
        passed: true,
        casesRun: 6,
        casesTotal: 6,
      },
    );
    const g = tf.grad((x: tf.Tensor) => tf.sum(tf.square(x)))(tf.tensor1d([3]));
    assert.deepEqual(Array.from(g.dataSync()), [6], "gradients still work");
    g.dispose();
  });

  it("stops a returned value whose reading never ends (a looping getter)", () => {
    const hostile = gradeCode(
      double,
      () => ({
        get length(): number {
          for (;;) {
            // never returns
          }
        },
      }),
      { timeoutMs: 100 },
    );
    assert.match(hostile.failure ?? "", /did not return within 100 ms/);
    const hostileError = gradeCode(
      double,
      () => {
        // A learner may throw anything, even an object whose message never comes.
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw {
          get message(): string {
            for (;;) {
              // never returns
            }
          },
        };
      },
      { timeoutMs: 100 },
    );
    assert.match(hostileError.failure ?? "", /did not return within 100 ms/);
  });

  it("rejects a time limit that is not a positive integer", () => {
    assert.throws(
      () => gradeCode(double, (xs: number[]) => xs, { timeoutMs: 0 }),
      /gradeCode: argument 'options.timeoutMs' must be a finite number >= 1, got 0/,
    );
  });
});
