import type { DistanceMetric } from "../similarity/distance-metric";
import { DISTANCE_METRICS } from "../similarity/distance-metric";
import { checkNumber, checkOneOf } from "../validate";

/** Options shared by the distance-based triplet losses. */
export interface DistanceLossOptions {
  /** The margin alpha: how much farther the negative must be than the positive. Default 0.2. */
  readonly margin?: number;
  /** The distance between embeddings. Default `'euclidean'`. */
  readonly metric?: DistanceMetric;
}

/** The default margin of the distance-based triplet losses (FaceNet used 0.2). */
export const DEFAULT_MARGIN = 0.2;

/** Validates and fills in {@link DistanceLossOptions}. */
export function readDistanceLossOptions(
  fn: string,
  options: DistanceLossOptions,
): { margin: number; metric: DistanceMetric } {
  return {
    margin: checkNumber(fn, "options.margin", options.margin ?? DEFAULT_MARGIN, { min: 0 }),
    metric: checkOneOf(fn, "options.metric", options.metric ?? "euclidean", DISTANCE_METRICS),
  };
}
