/**
 * Names and attributes of the LSTM recurrence kernels siamese-lab defines. A backend may register
 * them (the WASM backend does, see `wasm/lstm-recurrence-kernels.ts`); where none is registered
 * the fast LSTM runs the same math with public TensorFlow.js ops.
 *
 * `LSTM_RECURRENCE` — inputs `xp` [batch, T, 4 units] (x W + b, gates i, f, g, o),
 * `recurrentKernel` U [units, 4 units], `mask` [batch, T] float (1 = real step, 0 = padding);
 * outputs h [batch, T, units] and, when `keepIntermediates`, c, tanh(c) [batch, T, units] and
 * the activated gates [batch, T, 4 units].
 *
 * `LSTM_RECURRENCE_GRAD` — inputs `dh` [batch, T, units], `c`, `tanhC`, `gates` (from the
 * forward kernel), `recurrentKernelT` Uᵀ [4 units, units], `mask`; output dz = ∂loss/∂xp
 * [batch, T, 4 units] (backpropagation through time).
 */
export const LSTM_RECURRENCE = "SiameseLabLstmRecurrence";

/** See {@link LSTM_RECURRENCE}. */
export const LSTM_RECURRENCE_GRAD = "SiameseLabLstmRecurrenceGrad";

/** The recurrent activation σ of the input, forget and output gates. */
export type RecurrentActivation = "sigmoid" | "hardSigmoid";

/** Attributes of {@link LSTM_RECURRENCE}. */
export interface LstmRecurrenceAttrs {
  readonly recurrentActivation: RecurrentActivation;
  /** Also output c, tanh(c) and the gates, which the backward pass needs. */
  readonly keepIntermediates: boolean;
}

/** Attributes of {@link LSTM_RECURRENCE_GRAD}. */
export interface LstmRecurrenceGradAttrs {
  readonly recurrentActivation: RecurrentActivation;
}
