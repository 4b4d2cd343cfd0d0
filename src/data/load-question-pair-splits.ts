import type { SkippedRow } from "./question-pair";
import {
  QuestionPairSplitter,
  type QuestionPairSplits,
  type SplitQuestionPairsOptions,
} from "./question-pair-splitter";
import {
  checkReadOptions,
  questionPairBatches,
  type QuestionPairsReadOptions,
} from "./read-question-pairs";

/** Options of {@link loadQuestionPairSplits}: how to read the file and how to split it. */
export interface LoadQuestionPairSplitsOptions
  extends QuestionPairsReadOptions, SplitQuestionPairsOptions {}

/** What {@link loadQuestionPairSplits} read and made. */
export interface LoadedQuestionPairSplits extends QuestionPairSplits {
  /** The file that was read. */
  readonly file: string;
  /** The rows lenient mode left out, with line and reason (always empty in strict mode). */
  readonly skipped: SkippedRow[];
}

/**
 * Reads a Quora-format file (such as `quora_duplicate_questions.tsv`) and splits it into
 * train, validation and test by group, with no question in two splits — what
 * {@link splitQuestionPairs} does, without holding the file's pair objects: the rows stream
 * through and only each question's text and a few integers per pair are kept until the
 * splits are built.
 *
 * @param file - path of the file (TSV or CSV, see {@link loadQuestionPairs}).
 * @param options - strict (default `true`; the Quora release needs `false`), delimiter
 *   (default `"auto"`), fractions (default 0.8 / 0.1 / 0.1) and seed (default 1).
 * @returns the splits (see {@link QuestionPairSplits}) with `file` and the `skipped` rows.
 * @throws Error `loadQuestionPairSplits: argument ...` for a bad argument, an Error when the
 *   file cannot be read, and a {@link QuestionPairsFormatError} for a bad header or (strict)
 *   a bad row.
 * @example
 * ```ts
 * const splits = await loadQuestionPairSplits("quora_duplicate_questions.tsv", {
 *   strict: false,
 *   fractions: { train: 0.8, validation: 0.1, test: 0.1 },
 *   seed: 1,
 * });
 * console.log(splits.train.groups.length, splits.test.pairs.length, splits.droppedPairs);
 * ```
 */
export async function loadQuestionPairSplits(
  file: string,
  options: LoadQuestionPairSplitsOptions = {},
): Promise<LoadedQuestionPairSplits> {
  const fn = "loadQuestionPairSplits";
  const settings = checkReadOptions(fn, file, options);
  const splitter = new QuestionPairSplitter(
    {
      ...(options.fractions === undefined ? {} : { fractions: options.fractions }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
    fn,
  );
  const skipped: SkippedRow[] = [];
  for await (const batch of questionPairBatches(fn, file, {
    ...settings,
    onSkip: (row) => skipped.push(row),
  })) {
    for (const pair of batch) splitter.add(pair);
  }
  return { ...splitter.finish(), file, skipped };
}
