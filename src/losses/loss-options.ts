import type { DistanceMarginOptions } from "../similarity/distance-options";

/** Options shared by the distance-based triplet losses: margin (default 0.2) and metric. */
export type DistanceLossOptions = DistanceMarginOptions;
