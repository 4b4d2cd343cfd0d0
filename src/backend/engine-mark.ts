import * as tf from "@tensorflow/tfjs";

/** Where the TensorFlow.js engine stood at one moment: see {@link markEngine}. */
export interface EngineMark {
  /** Open `tidy` / `startScope` scopes. */
  readonly scopes: number;
  /** Nested gradient computations (`tf.grad`, `variableGrads`). */
  readonly gradientDepth: number;
  /** Nested kernel calls. */
  readonly kernelDepth: number;
  /** Entries of the data-move stack (one per running kernel). */
  readonly dataMoves: number;
  /** Whether a gradient tape was being recorded. */
  readonly tapeActive: boolean;
}

/**
 * Notes where the TensorFlow.js engine stands (open scopes, gradient and kernel depth), so
 * that {@link restoreEngine} can put it back after code that was cut off half-way.
 *
 * @returns the mark.
 * @example
 * ```ts
 * const mark = markEngine();
 * try { runUnderTimeLimit(learnerCode); } catch (error) { restoreEngine(mark); throw error; }
 * ```
 */
export function markEngine(): EngineMark {
  const state = tf.engine().state;
  return {
    scopes: state.scopeStack.length,
    gradientDepth: state.gradientDepth,
    kernelDepth: state.kernelDepth,
    dataMoves: state.numDataMovesStack.length,
    tapeActive: state.activeTape != null,
  };
}

/**
 * Puts the engine back where {@link markEngine} found it after code that did not finish
 * normally: stopped by a time limit (a stopped script runs no `finally` block, so a `tf.tidy`
 * it was inside never closes), or a gradient computation that threw. Scopes opened since are
 * closed (freeing their tensors), the gradient and kernel depth are reset, and a gradient tape
 * begun since is dropped with the tensors it saved for the backward pass (tfjs keeps those
 * alive until the backward pass, which never comes).
 *
 * @param mark - from {@link markEngine}, taken before the code ran.
 * @example
 * ```ts
 * restoreEngine(mark); // tf.memory().numTensors is back to what the code had not returned
 * ```
 */
export function restoreEngine(mark: EngineMark): void {
  const engine = tf.engine();
  const state = engine.state;
  while (state.scopeStack.length > mark.scopes) engine.endScope();
  state.kernelDepth = mark.kernelDepth;
  state.numDataMovesStack.length = Math.min(state.numDataMovesStack.length, mark.dataMoves);
  state.gradientDepth = mark.gradientDepth;
  if (!mark.tapeActive && state.activeTape != null) {
    for (const node of state.activeTape) {
      for (const saved of node.saved ?? []) saved.dispose();
    }
    (state as { activeTape: unknown }).activeTape = null;
  }
}
