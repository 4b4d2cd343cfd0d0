import * as tf from "@tensorflow/tfjs";
import { markEngine, restoreEngine } from "../backend/engine-mark";
import { createRandom } from "../random";
import { checkInteger } from "../validate";
import { compareOutput, toPlainValue } from "./compare-output";
import { describeError } from "./describe-error";
import { formatValue } from "./format-value";
import type { CodeExercise } from "./quiz-types";
import { callWithTimeLimit, isTimeLimitError } from "./time-limit";

/** The outcome of running a learner's function on an exercise's cases. */
export interface CodeGrade {
  /** Whether every case matched the reference. */
  readonly passed: boolean;
  /** Cases run, up to and including the first failing one. */
  readonly casesRun: number;
  /** Hand-picked plus random cases of the exercise. */
  readonly casesTotal: number;
  /** The first failing case in plain words, when one failed. */
  readonly failure?: string;
}

/** Options of {@link gradeCode}. */
export interface GradeCodeOptions {
  /**
   * Time limit of each call of the learner's function, in ms (reading what it returned
   * included). Default 2000. A call that runs longer is stopped and fails its case.
   */
  readonly timeoutMs?: number;
}

/**
 * The arguments of every case of an exercise: the hand-picked cases first, then
 * `randomCases` drawn from `createRandom(seed)`, so every learner gets the same cases.
 *
 * @param exercise - the exercise.
 * @returns one argument list per case.
 * @example
 * ```ts
 * exerciseCases(exercise).length; // fixedCases.length + randomCases
 * ```
 */
export function exerciseCases(exercise: CodeExercise): (readonly unknown[])[] {
  const random = createRandom(exercise.seed);
  const drawn = Array.from({ length: exercise.randomCases }, (_, i) =>
    exercise.makeCase(random, i),
  );
  return [...exercise.fixedCases, ...drawn];
}

/**
 * Grades a learner's function: calls it and the library's reference on every case (each gets
 * its own copy of the arguments), compares the outputs (tensors are read as arrays) and stops
 * at the first case that differs, describing it in words: the inputs, what was expected, what
 * came back and where they differ. Tensors the learner's function creates are freed.
 *
 * Every call of the learner's function runs under a time limit (see `callWithTimeLimit`), so
 * an endless loop fails its case ("did not return within 2000 ms") instead of hanging the
 * notebook kernel; the TensorFlow.js engine is repaired after such a stop.
 *
 * @param exercise - the exercise.
 * @param learnerFunction - the learner's function; it must return its value directly (not a
 *   Promise).
 * @param options - the time limit per call.
 * @returns whether every case passed and, if not, the first failure.
 * @throws Error when the reference itself fails on a case (a broken exercise, not the
 *   learner's fault), or `options.timeoutMs` is not a positive integer.
 * @example
 * ```ts
 * const grade = gradeCode(exercise, (a, b) => a.map(() => 0));
 * grade.failure; // "Case 1 of 21 failed. ..."
 * ```
 */
export function gradeCode(
  exercise: CodeExercise,
  learnerFunction: (...args: never[]) => unknown,
  options: GradeCodeOptions = {},
): CodeGrade {
  const timeoutMs = checkInteger("gradeCode", "options.timeoutMs", options.timeoutMs ?? 2000, {
    min: 1,
  });
  const cases = exerciseCases(exercise);
  const call = learnerFunction as (...args: unknown[]) => unknown;
  for (let index = 0; index < cases.length; index++) {
    const args = cases[index] as readonly unknown[];
    const expected = runInScope(() => exercise.reference(structuredClone(args) as unknown[]));
    if (!expected.ok) {
      throw new Error(
        `gradeCode: the reference of "${exercise.functionName}" failed on case ${index + 1}: ${expected.message}`,
      );
    }
    const actual = runInScope(() => call(...(structuredClone(args) as unknown[])), timeoutMs);
    const header = `Case ${index + 1} of ${cases.length} failed${index < exercise.fixedCases.length ? " (a hand-picked case)" : ""}.`;
    const inputs = `Inputs: ${exercise.argumentNames
      .map((name, i) => `${name} = ${formatValue(args[i])}`)
      .join(", ")}`;
    if (!actual.ok) {
      return fail(index, cases.length, [header, inputs, `Your function ${actual.message}.`]);
    }
    const difference = exercise.check
      ? exercise.check(args, actual.value, expected.value)
      : compareOutput(actual.value, expected.value, exercise.tolerance);
    if (difference !== undefined) {
      // A custom check says what is expected in its own sentence; the reference's raw output
      // (say, a threshold and its accuracy for a "return a threshold" task) would mislead.
      return fail(index, cases.length, [
        header,
        inputs,
        ...(exercise.check ? [] : [`Expected: ${formatValue(expected.value)}`]),
        `Your function returned: ${formatValue(actual.value)}`,
        `Difference: ${difference}.`,
      ]);
    }
  }
  return { passed: true, casesRun: cases.length, casesTotal: cases.length };
}

function fail(index: number, total: number, lines: readonly string[]): CodeGrade {
  return { passed: false, casesRun: index + 1, casesTotal: total, failure: lines.join("\n") };
}

type Run = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Calls `fn` inside a TensorFlow.js scope, reads its result as plain data, frees its tensors.
 * With a time limit, everything that runs the learner's code (the call, reading what it
 * returned or threw: a hostile getter may loop too) is stopped after `timeoutMs`, and the
 * engine is put back as it was.
 */
function runInScope(fn: () => unknown, timeoutMs?: number): Run {
  const mark = markEngine();
  tf.engine().startScope();
  const read = (): Run => {
    try {
      const result = fn();
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => undefined);
        return {
          ok: false,
          message:
            "returned a Promise; return the value itself (read tensors with arraySync() or dataSync(), not await data())",
        };
      }
      return { ok: true, value: toPlainValue(result) };
    } catch (error) {
      if (isTimeLimitError(error)) throw error;
      return { ok: false, message: `threw ${describeError(error)}` };
    }
  };
  try {
    return timeoutMs === undefined ? read() : callWithTimeLimit(read, timeoutMs);
  } catch (error) {
    if (!isTimeLimitError(error) || timeoutMs === undefined) throw error;
    restoreEngine({ ...mark, scopes: mark.scopes + 1 });
    return {
      ok: false,
      message: `did not return within ${timeoutMs} ms (an endless loop?) and was stopped`,
    };
  } finally {
    tf.engine().endScope();
  }
}

function isThenable(value: unknown): boolean {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
