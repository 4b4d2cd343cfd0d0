import { describeValue, invalidArgument } from "../validate";
import type { QuestionPair } from "./question-pair";
import {
  QuestionPairSplitter,
  type QuestionPairSplits,
  type SplitQuestionPairsOptions,
} from "./question-pair-splitter";

/**
 * Splits Quora-format pairs into train, validation and test by group, so that no question is
 * in two splits: the groups are the connected components of the duplicate pairs (questions
 * that are duplicates of each other, directly or through others), dealt to the splits in a
 * seeded random order until each holds its share of the questions. A pair whose two questions
 * land in different splits is dropped and counted. See {@link QuestionPairSplitter} for the
 * details; {@link loadQuestionPairSplits} does the same straight from a file.
 *
 * @param pairs - the pairs, e.g. from {@link loadQuestionPairs} (any iterable).
 * @param options - fractions (default `{ train: 0.8, validation: 0.1, test: 0.1 }`) and seed
 *   (default 1); the same pairs and options always give the same splits.
 * @returns `{ train, validation, test, droppedPairs, pairs, questions, groups, fractions, seed }`,
 *   each split with its `groups` (two or more questions, for the batch samplers), `pairs` and
 *   number of `questions`.
 * @throws Error `splitQuestionPairs: argument '...' must be ..., got ...` when `pairs` is not
 *   iterable, a pair is malformed (naming `pairs[i]`), or the fractions or seed are invalid.
 * @example
 * ```ts
 * const { pairs } = await loadQuestionPairs("quora_duplicate_questions.tsv", { strict: false });
 * const { train, validation, test, droppedPairs } = splitQuestionPairs(pairs, { seed: 1 });
 * duplicatePairBatches(train.groups, { batchSize: 64, seed: 1 });
 * ```
 */
export function splitQuestionPairs(
  pairs: Iterable<QuestionPair>,
  options: SplitQuestionPairsOptions = {},
): QuestionPairSplits {
  const fn = "splitQuestionPairs";
  if (
    typeof pairs !== "object" ||
    pairs === null ||
    typeof (pairs as Partial<Iterable<QuestionPair>>)[Symbol.iterator] !== "function"
  ) {
    throw invalidArgument(fn, "pairs", "an iterable of question pairs", describeValue(pairs));
  }
  const splitter = new QuestionPairSplitter(options, fn);
  let index = 0;
  for (const pair of pairs) splitter.add(pair, `pairs[${index++}]`);
  return splitter.finish();
}
