import type { DistanceMarginOptions } from "../similarity/distance-options";
import type { Reduction } from "./reduction";

/** Options shared by the distance-based triplet losses. */
export interface DistanceLossOptions extends DistanceMarginOptions {
  /**
   * How the per-item losses become one number (see {@link Reduction}). The default is each
   * loss's own: `'meanOfActive'` for batch-all, `'mean'` for the others.
   */
  readonly reduction?: Reduction;
}
