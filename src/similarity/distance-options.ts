import { checkNumber, checkOneOf } from "../validate";
import { DISTANCES, type Distance } from "./distance";
import { DISTANCE_METRICS, type DistanceMetric } from "./distance-metric";
import { DEFAULT_MARGINS } from "./margins";

/** The options every distance-based triplet loss and the triplet miner take. */
export interface DistanceMarginOptions {
  /**
   * The margin alpha: how much farther than the positive the negative must be. Default 0.2
   * (`DEFAULT_MARGINS.distance`).
   */
  readonly margin?: number;
  /** The distance between embeddings. Default `'euclidean'`. */
  readonly metric?: DistanceMetric;
}

/**
 * Validates and fills in {@link DistanceMarginOptions}: the margin, and the {@link Distance}
 * record the metric names.
 *
 * @param fn - the calling function, for error messages.
 * @param options - the caller's options.
 */
export function readDistanceMarginOptions(
  fn: string,
  options: DistanceMarginOptions,
): { margin: number; distance: Distance } {
  const margin = checkNumber(fn, "options.margin", options.margin ?? DEFAULT_MARGINS.distance, {
    min: 0,
  });
  const metric = checkOneOf(fn, "options.metric", options.metric ?? "euclidean", DISTANCE_METRICS);
  return { margin, distance: DISTANCES[metric] };
}
