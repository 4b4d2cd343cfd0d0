import * as tf from "@tensorflow/tfjs";
import * as vm from "node:vm";
import { describeError } from "./describe-error";
import type { ParsedResponse } from "./parse-response";

/** A learner's function compiled from source; every call runs under a time limit. */
export type CompiledFunction = (...args: unknown[]) => unknown;

/** Options of {@link compileCodeAnswer}. */
export interface CompileCodeOptions {
  /** Time limit of the compilation and of each call, in milliseconds. Default 2000. */
  readonly timeoutMs?: number;
}

/**
 * Compiles a learner's JavaScript (from an answers file or the terminal) into a function.
 * The source is either a function expression (`(a, b) => ...`, `function (a) {...}`) or code
 * that declares a function called `functionName`; leading `export` keywords are ignored.
 * The code runs in a separate `vm` context that sees `tf` (TensorFlow.js) and `console`.
 *
 * A `vm` context keeps the learner's globals apart and stops endless loops with a timeout; it
 * is not a security boundary. Grade only files you would run yourself.
 *
 * @param source - the JavaScript text.
 * @param functionName - the name to look for when the source is not a single expression.
 * @param options - time limit.
 * @returns the function, or why the code gave none.
 * @example
 * ```ts
 * const parsed = compileCodeAnswer("(a, b) => a.map((_, i) => 0)", "cosine");
 * if (parsed.ok) parsed.value([[1, 0]], [[0, 1]]);
 * ```
 */
export function compileCodeAnswer(
  source: string,
  functionName: string,
  options: CompileCodeOptions = {},
): ParsedResponse<CompiledFunction> {
  const timeout = options.timeoutMs ?? 2000;
  if (source.trim() === "") return { ok: false, message: "no code given." };
  const code = source.replace(/^(\s*)export\s+(default\s+)?/gm, "$1");
  const context = vm.createContext({ tf, console });
  let found: unknown;
  try {
    found = vm.runInContext(`(${code}\n)`, context, { timeout });
  } catch (expressionError) {
    if (!isSyntaxError(expressionError)) {
      return {
        ok: false,
        message: `the code failed while loading: ${describeError(expressionError)}.`,
      };
    }
    try {
      found = vm.runInContext(
        `${code}\n;(typeof ${functionName} === "function" ? ${functionName} : undefined)`,
        context,
        { timeout },
      );
    } catch (scriptError) {
      return {
        ok: false,
        message: isSyntaxError(scriptError)
          ? `the code does not compile: ${describeError(scriptError)}.`
          : `the code failed while loading: ${describeError(scriptError)}.`,
      };
    }
  }
  if (typeof found !== "function") {
    return {
      ok: false,
      message: `the code defines no function: write a function expression or a function named ${functionName}.`,
    };
  }
  const problem = asyncFunctionProblem(found, functionName);
  if (problem !== undefined) return { ok: false, message: problem };
  context["__learnerFunction"] = found;
  const call: CompiledFunction = (...args) => {
    context["__learnerArguments"] = args;
    return vm.runInContext("__learnerFunction(...__learnerArguments)", context, { timeout });
  };
  return { ok: true, value: call };
}

/**
 * Why an async function (or generator) cannot be a code answer, or `undefined` for a plain
 * function. Its body runs after the grader has moved on (a Promise's continuation), out of
 * reach of the time limit, so it is refused before it is ever called.
 *
 * @param fn - the learner's function.
 * @param functionName - the exercise's function name, for the message.
 * @returns the message, or `undefined`.
 * @example
 * ```ts
 * asyncFunctionProblem(async () => 1, "cosine"); // "cosine must be a plain function: ..."
 * ```
 */
export function asyncFunctionProblem(fn: unknown, functionName: string): string | undefined {
  const tag = Object.prototype.toString.call(fn);
  if (!/^\[object Async(Generator)?Function\]$/.test(tag) && tag !== "[object GeneratorFunction]") {
    return undefined;
  }
  return `${functionName} must be a plain function that returns its result, got ${tag === "[object GeneratorFunction]" ? "a generator function" : "an async function (it returns a Promise)"}; remove 'async' and read tensors with arraySync() or dataSync().`;
}

function isSyntaxError(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "SyntaxError"
  );
}
