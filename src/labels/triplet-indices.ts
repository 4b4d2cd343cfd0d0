/**
 * Triplets of one batch as row indices, in three parallel arrays: triplet t is
 * `(anchor[t], positive[t], negative[t])`, where `positive[t]` is another row with the anchor's
 * label and `negative[t]` a row with another label. `mineTriplets` returns them and
 * `tripletLoss(embeddings, triplets)` takes them: mining chooses the triplets, the loss scores
 * them.
 */
export interface TripletIndices {
  /** Row index of each anchor. */
  readonly anchor: readonly number[];
  /** Row index of each positive (same label as its anchor, another row). */
  readonly positive: readonly number[];
  /** Row index of each negative (another label). */
  readonly negative: readonly number[];
}
