import { checkExistingFile, describeValue, invalidArgument } from "../validate";
import { readDelimitedRecordBatches, type Delimiter } from "./delimited-records";
import type { QuestionPair, SkippedRow } from "./question-pair";
import { QuestionPairsFormatError } from "./question-pairs-format-error";
import { isSplit, SPLITS } from "./split";

/** Options shared by {@link readQuestionPairs} and {@link loadQuestionPairs}. */
export interface QuestionPairsReadOptions {
  /**
   * `true` (default): the first bad row throws a {@link QuestionPairsFormatError} naming the
   * file, line and problem. `false`: bad rows are skipped and reported.
   */
  readonly strict?: boolean;
  /** The field separator; `"auto"` (default) reads it from the header line (tab, else comma). */
  readonly delimiter?: Delimiter | "auto";
}

/** Options of {@link readQuestionPairs}. */
export interface ReadQuestionPairsOptions extends QuestionPairsReadOptions {
  /** Called for every row skipped in lenient mode. */
  readonly onSkip?: (row: SkippedRow) => void;
}

/** The columns every question-pairs file must name in its header. */
export const QUESTION_PAIR_COLUMNS = [
  "id",
  "qid1",
  "qid2",
  "question1",
  "question2",
  "is_duplicate",
] as const;

/**
 * Streams the pairs of a Quora-format file (TSV or CSV) one at a time, so a file of any size
 * reads in flat memory. See {@link loadQuestionPairs} for the formats and checks; this is the
 * same reader without collecting the rows.
 *
 * @param file - path of the file.
 * @param options - strict (default `true`), delimiter (default `"auto"`), onSkip.
 * @returns an async iterable of {@link QuestionPair}.
 * @throws Error at once when an argument is invalid; while iterating, an Error when the file
 *   cannot be read, and a {@link QuestionPairsFormatError} for a bad header (always) or a bad
 *   row (strict mode).
 * @example
 * ```ts
 * let duplicates = 0;
 * for await (const pair of readQuestionPairs("quora_duplicate_questions.tsv", { strict: false })) {
 *   if (pair.isDuplicate) duplicates++;
 * }
 * ```
 */
export function readQuestionPairs(
  file: string,
  options: ReadQuestionPairsOptions = {},
): AsyncIterable<QuestionPair> {
  const fn = "readQuestionPairs";
  const settings = checkReadOptions(fn, file, options);
  const onSkip = options.onSkip;
  if (onSkip !== undefined && typeof onSkip !== "function") {
    throw invalidArgument(fn, "options.onSkip", "a function", describeValue(onSkip));
  }
  return flatten(
    questionPairBatches(fn, file, { ...settings, onSkip: onSkip ?? (() => undefined) }),
  );
}

async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T, void, undefined> {
  for await (const batch of batches) yield* batch;
}

/**
 * Checks the arguments every question-pairs reader takes.
 *
 * @returns the options with their defaults filled in.
 * @throws Error naming `fn` and the argument at fault.
 */
export function checkReadOptions(
  fn: string,
  file: unknown,
  options: QuestionPairsReadOptions,
): { strict: boolean; delimiter: Delimiter | "auto" } {
  checkExistingFile(fn, "file", file);
  if (typeof options !== "object" || options === null) {
    throw invalidArgument(fn, "options", "an object", describeValue(options));
  }
  const strict = options.strict ?? true;
  if (typeof strict !== "boolean") {
    throw invalidArgument(fn, "options.strict", "a boolean", describeValue(strict));
  }
  const delimiter = options.delimiter ?? "auto";
  if (delimiter !== "auto" && delimiter !== "," && delimiter !== "\t") {
    throw invalidArgument(
      fn,
      "options.delimiter",
      `"auto", "," or "\\t"`,
      describeValue(delimiter),
    );
  }
  return { strict, delimiter };
}

/**
 * The reader behind {@link readQuestionPairs} and {@link loadQuestionPairs}, with checked
 * options; `fn` names the public function in error messages. Yields the good pairs of each
 * chunk of the file together.
 */
export async function* questionPairBatches(
  fn: string,
  file: string,
  options: {
    strict: boolean;
    delimiter: Delimiter | "auto";
    onSkip: (row: SkippedRow) => void;
  },
): AsyncGenerator<QuestionPair[], void, undefined> {
  let columns: ColumnIndex | undefined;
  for await (const records of readable(
    fn,
    file,
    readDelimitedRecordBatches(file, options.delimiter),
  )) {
    const pairs: QuestionPair[] = [];
    for (const record of records) {
      if (columns === undefined) {
        if (record.problem !== undefined) {
          throw new QuestionPairsFormatError(
            fn,
            file,
            record.line,
            `the header is ${record.problem}`,
          );
        }
        columns = readHeader(fn, file, record.line, record.fields);
        continue;
      }
      const row = record.problem ?? readRow(record.fields, columns);
      if (typeof row === "string") {
        if (options.strict) throw new QuestionPairsFormatError(fn, file, record.line, row);
        options.onSkip({ line: record.line, reason: row });
        continue;
      }
      pairs.push(row);
    }
    if (pairs.length > 0) yield pairs;
  }
  if (columns === undefined) {
    throw new QuestionPairsFormatError(fn, file, 1, "the file is empty (no header line)");
  }
}

/** Passes `batches` on, turning a file-system error into one that names the function and file. */
async function* readable<T>(
  fn: string,
  file: string,
  batches: AsyncIterable<T>,
): AsyncGenerator<T, void, undefined> {
  try {
    yield* batches;
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    throw new Error(`${fn}: cannot read ${file}: ${(error as Error).message}`);
  }
}

interface ColumnIndex {
  readonly count: number;
  readonly id: number;
  readonly qid1: number;
  readonly qid2: number;
  readonly question1: number;
  readonly question2: number;
  readonly isDuplicate: number;
  readonly split: number;
}

function readHeader(fn: string, file: string, line: number, fields: string[]): ColumnIndex {
  const names = fields.map((name) => name.trim().toLowerCase());
  const missing = QUESTION_PAIR_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new QuestionPairsFormatError(
      fn,
      file,
      line,
      `the header must name the columns ${QUESTION_PAIR_COLUMNS.join(", ")}; ` +
        `missing ${missing.join(", ")} (header read as ${JSON.stringify(fields)})`,
    );
  }
  return {
    count: names.length,
    id: names.indexOf("id"),
    qid1: names.indexOf("qid1"),
    qid2: names.indexOf("qid2"),
    question1: names.indexOf("question1"),
    question2: names.indexOf("question2"),
    isDuplicate: names.indexOf("is_duplicate"),
    split: names.indexOf("split"),
  };
}

/** Reads one row, or returns the reason it is bad. (Hot loop: no closures or arrays per row.) */
function readRow(fields: readonly string[], columns: ColumnIndex): QuestionPair | string {
  if (fields.length !== columns.count) {
    return `expected ${columns.count} fields, got ${fields.length}`;
  }
  const idText = fields[columns.id] ?? "";
  const id = parseId(idText);
  if (id < 0) return `id must be a non-negative integer, got ${describeValue(idText)}`;
  const qid1Text = fields[columns.qid1] ?? "";
  const qid1 = parseId(qid1Text);
  if (qid1 < 0) return `qid1 must be a non-negative integer, got ${describeValue(qid1Text)}`;
  const qid2Text = fields[columns.qid2] ?? "";
  const qid2 = parseId(qid2Text);
  if (qid2 < 0) return `qid2 must be a non-negative integer, got ${describeValue(qid2Text)}`;
  const question1 = fields[columns.question1] ?? "";
  const question2 = fields[columns.question2] ?? "";
  if (question1.trim().length === 0) return "question1 is empty";
  if (question2.trim().length === 0) return "question2 is empty";
  const labelText = fields[columns.isDuplicate] ?? "";
  const label = labelText.length === 1 ? labelText : labelText.trim();
  if (label !== "0" && label !== "1") {
    return `is_duplicate must be 0 or 1, got ${describeValue(labelText)}`;
  }
  const isDuplicate = label === "1";
  if (columns.split === -1) return { id, qid1, qid2, question1, question2, isDuplicate };
  const splitText = fields[columns.split] ?? "";
  const split = splitText.trim();
  if (!isSplit(split)) {
    return `split must be one of ${SPLITS.join(", ")}, got ${describeValue(splitText)}`;
  }
  return { id, qid1, qid2, question1, question2, isDuplicate, split };
}

/** A non-negative integer written in decimal (spaces around allowed), or -1. */
function parseId(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (start === end || end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
