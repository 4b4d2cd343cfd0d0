/**
 * How far apart two embeddings are:
 * - `euclidean`: `||a - b||`;
 * - `squaredEuclidean`: `||a - b||^2` (FaceNet's choice);
 * - `cosine`: `1 - cos(a, b)`, in [0, 2].
 */
export type DistanceMetric = "euclidean" | "squaredEuclidean" | "cosine";

/** Every {@link DistanceMetric}, for validation and menus. */
export const DISTANCE_METRICS: readonly DistanceMetric[] = [
  "euclidean",
  "squaredEuclidean",
  "cosine",
];
