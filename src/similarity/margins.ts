/**
 * The default margins of siamese-lab, explained in one place. A margin is measured in the units
 * of the score it is added to, so each kind of score has its own:
 *
 * - `similarity: 0.25` — losses on cosine similarities in [-1, 1] (the course's
 *   `batchTripletLoss`): a positive must beat each negative by a quarter of a unit of cosine,
 *   the course's value.
 * - `distance: 0.2` — triplet losses on distances (`tripletLoss`, batch-hard, semi-hard,
 *   batch-all) and triplet mining, which must use the loss's margin to tell semi-hard from easy:
 *   FaceNet's 0.2 (Schroff et al. 2015), chosen for unit-length embeddings, whose Euclidean
 *   distances lie in [0, 2].
 * - `contrastive: 1` — `contrastiveLoss` (Hadsell, Chopra & LeCun 2006): the distance beyond
 *   which a dissimilar pair is left alone; 1 is the paper's value and the usual default.
 *
 * @example
 * ```ts
 * tripletLoss(a, p, n); // margin DEFAULT_MARGINS.distance
 * tripletLoss(a, p, n, { margin: 2 * DEFAULT_MARGINS.distance });
 * ```
 */
export const DEFAULT_MARGINS = {
  /** On cosine similarities: the course's `batchTripletLoss`. */
  similarity: 0.25,
  /** On distances: `tripletLoss`, the label-based triplet losses and `mineTriplets`. */
  distance: 0.2,
  /** The distance beyond which `contrastiveLoss` leaves a dissimilar pair alone. */
  contrastive: 1,
} as const;
