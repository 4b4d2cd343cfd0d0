import { createRandom } from "../random";
import { checkInteger, checkNumber, describeValue, invalidArgument } from "../validate";
import { checkGroups, checkOptionsObject } from "./check-groups";
import type { GroupLike } from "./question-group";

/** One batch of {@link pkBatches}: `p` groups times `k` questions, group by group. */
export interface PkBatch {
  /** The questions, `[p * k]`: rows `i * k` to `i * k + k - 1` come from the batch's `i`-th group. */
  readonly texts: string[];
  /** The class label of each row, `[p * k]`: the index of its group in the `groups` argument. */
  readonly labels: number[];
  /** The group id of each row, `[p * k]`. */
  readonly groupIds: string[];
}

/** Options of {@link pkBatches}. */
export interface PkBatchesOptions {
  /** Groups per batch: at least 2, at most the number of groups. */
  readonly p: number;
  /** Questions per group: at least 2, at most the size of the smallest group. */
  readonly k: number;
  /** Seed of the shuffles; equal seeds give equal batches. */
  readonly seed: number;
  /** How many passes over the groups (default 1); each epoch is shuffled anew. */
  readonly epochs?: number;
}

/**
 * P x K batches for the batch-hard, semi-hard and batch-all triplet losses (Hermans, Beyer &
 * Leibe, "In Defense of the Triplet Loss for Person Re-Identification", 2017): each batch holds
 * `p` different groups and `k` different questions of each, with numeric labels, so every row
 * has `k - 1` positives and `(p - 1) * k` negatives inside the batch.
 *
 * One epoch shuffles the groups and cuts them into `floor(groups / p)` batches, so each group
 * appears at most once per epoch; the `groups mod p` groups left over sit that epoch out (the
 * next epoch's shuffle picks others). The `k` questions of a group are drawn at random
 * without repetition.
 *
 * @param groups - groups of questions that ask the same thing; each needs at least `k` questions.
 * @param options - p, k, seed, epochs (default 1).
 * @returns an iterable of batches of `p * k` rows (each iteration restarts from the seed).
 * @throws Error when `groups` is malformed or an option is out of range (`p` above the number
 *   of groups, `k` above the size of a group).
 * @example
 * ```ts
 * const train = await loadSplit("train");
 * for (const batch of pkBatches(train.groups, { p: 16, k: 3, seed: 7 })) {
 *   // embed batch.texts, then batchHardTripletLoss(embeddings, batch.labels)
 * }
 * ```
 */
export function pkBatches(
  groups: readonly GroupLike[],
  options: PkBatchesOptions,
): Iterable<PkBatch> {
  const fn = "pkBatches";
  checkGroups(fn, groups);
  checkOptionsObject(fn, options);
  if (groups.length < 2) {
    throw invalidArgument(fn, "groups", "at least 2 groups", `${groups.length}`);
  }
  const p = checkInteger(fn, "options.p", options.p, { min: 2 });
  if (p > groups.length) {
    throw invalidArgument(
      fn,
      "options.p",
      `at most ${groups.length} (the number of groups)`,
      String(p),
    );
  }
  const k = checkInteger(fn, "options.k", options.k, { min: 2 });
  const smallest = groups.reduce((a, b) => (b.questions.length < a.questions.length ? b : a));
  if (k > smallest.questions.length) {
    throw invalidArgument(
      fn,
      "options.k",
      `at most ${smallest.questions.length} (the size of the smallest group, ` +
        `${describeValue(smallest.id)})`,
      String(k),
    );
  }
  const seed = checkNumber(fn, "options.seed", options.seed);
  const epochs = checkInteger(fn, "options.epochs", options.epochs ?? 1, { min: 1 });
  return {
    *[Symbol.iterator]() {
      const random = createRandom(seed);
      for (let epoch = 0; epoch < epochs; epoch++) {
        const order = random.shuffle(groups.map((_, index) => index));
        for (let start = 0; start + p <= order.length; start += p) {
          const texts: string[] = [];
          const labels: number[] = [];
          const groupIds: string[] = [];
          for (const label of order.slice(start, start + p)) {
            const group = groups[label] as GroupLike;
            for (const text of random.sample(group.questions, k)) {
              texts.push(text);
              labels.push(label);
              groupIds.push(group.id);
            }
          }
          yield { texts, labels, groupIds };
        }
      }
    },
  };
}
