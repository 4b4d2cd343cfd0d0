import { describeValue, invalidArgument } from "../validate";
import type { QuestionPair, SkippedRow } from "./question-pair";
import {
  checkReadOptions,
  questionPairBatches,
  type QuestionPairsReadOptions,
} from "./read-question-pairs";

/** Options of {@link loadQuestionPairs}. */
export interface LoadQuestionPairsOptions extends QuestionPairsReadOptions {
  /** Keep only the pairs this returns `true` for (the others are never held in memory). */
  readonly filter?: (pair: QuestionPair) => boolean;
}

/** What {@link loadQuestionPairs} read. */
export interface QuestionPairsLoadResult {
  /** The file that was read. */
  readonly file: string;
  /** The good rows, in file order (after `filter`). */
  readonly pairs: QuestionPair[];
  /** The rows lenient mode left out, with line and reason (always empty in strict mode). */
  readonly skipped: SkippedRow[];
}

/**
 * Loads a question-pairs file in the Quora format: a header naming the columns
 * `id, qid1, qid2, question1, question2, is_duplicate` (any order, extra columns allowed; a
 * `split` column is read into {@link QuestionPair.split}), then one pair per row.
 *
 * Reads TSV or CSV (the delimiter is taken from the header line), including the real Quora
 * release (`quora_duplicate_questions.tsv` or the Kaggle `train.csv`): RFC 4180 quoted fields
 * with embedded tabs, commas, line breaks and doubled quotes, a byte-order mark, CRLF line
 * ends. A row is bad when it has the wrong number of fields, a non-integer id, an empty or
 * missing question, a label other than 0/1, or broken quoting. The file streams through in
 * 1 MiB chunks: memory holds the kept pairs, never the whole text.
 *
 * The Quora release has a few rows with an empty question: load it with `{ strict: false }`.
 *
 * @param file - path of the file.
 * @param options - strict (default `true`: the first bad row throws), delimiter (default
 *   `"auto"`), filter.
 * @returns `{ file, pairs, skipped }`; `skipped` lists `{ line, reason }` for each row left out.
 * @throws Error when an argument is invalid or the file cannot be read;
 *   {@link QuestionPairsFormatError} (`loadQuestionPairs: <file> line <n>: <problem>`) for a bad
 *   header, or for the first bad row in strict mode.
 * @example
 * ```ts
 * const { pairs, skipped } = await loadQuestionPairs("train.csv", { strict: false });
 * console.log(pairs.length, skipped.length, skipped[0]); // e.g. { line: 105782, reason: "question2 is empty" }
 * ```
 */
export async function loadQuestionPairs(
  file: string,
  options: LoadQuestionPairsOptions = {},
): Promise<QuestionPairsLoadResult> {
  const fn = "loadQuestionPairs";
  const settings = checkReadOptions(fn, file, options);
  const filter = options.filter;
  if (filter !== undefined && typeof filter !== "function") {
    throw invalidArgument(fn, "options.filter", "a function", describeValue(filter));
  }
  const pairs: QuestionPair[] = [];
  const skipped: SkippedRow[] = [];
  const batches = questionPairBatches(fn, file, {
    ...settings,
    onSkip: (row) => skipped.push(row),
  });
  for await (const batch of batches) {
    for (const pair of batch) if (filter === undefined || filter(pair)) pairs.push(pair);
  }
  return { file, pairs, skipped };
}
