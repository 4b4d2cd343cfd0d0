import * as fs from "node:fs";
import { INVALID_UTF8_MARK, MarkingUtf8Decoder } from "../io/utf8-decoder";

/** The field separators the question-pair files use: comma (CSV) or tab (TSV). */
export type Delimiter = "," | "\t";

/** One record of a delimited file, as the parser found it. */
export interface DelimitedRecord {
  /** The 1-based line of the file where the record starts (the header is line 1). */
  readonly line: number;
  /** The fields, unquoted (`""` inside a quoted field read as one `"`). */
  readonly fields: string[];
  /**
   * Set when the record is malformed (a stray character after a closing quote, an unclosed
   * quote, bytes that are not valid UTF-8).
   */
  readonly problem?: string;
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/**
 * A streaming parser for CSV and TSV as written by spreadsheet tools, pandas and the Quora
 * release: RFC 4180 quoting (a field that starts with `"` runs to the next lone `"`, may hold
 * delimiters and line breaks, and `""` inside it is one quote), CRLF, LF or CR line ends, and a
 * byte-order mark. A `"` inside an unquoted field is an ordinary character, so TSV files that
 * never quote still read as written. Blank lines are skipped.
 *
 * It keeps only the current record in memory, so files of any size stream through it.
 */
export class DelimitedParser {
  private readonly delimiter: number;
  private fields: string[] = [];
  private field = "";
  private quoted = false;
  /** Inside a quoted field, the previous character was a quote (closing, or half of `""`). */
  private quoteSeen = false;
  private fieldStarted = false;
  private problem: string | undefined;
  private line = 1;
  private recordLine = 1;
  private skipLineFeed = false;
  private atFileStart = true;
  private quotedCarriageReturn = false;

  /** @param delimiter - `","` or `"\t"`. */
  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Parses the next piece of the file.
   *
   * @param chunk - text that continues the previous chunk (records may span chunks).
   * @returns the records completed in this chunk.
   */
  push(chunk: string): DelimitedRecord[] {
    const records: DelimitedRecord[] = [];
    let text = chunk;
    if (this.atFileStart && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.atFileStart = false;
    }
    const delimiter = this.delimiter;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (this.quoted && !this.quoteSeen) {
        // Copy the run up to the next quote in one slice; count the line breaks it holds.
        const close = text.indexOf('"', i);
        const end = close === -1 ? n : close;
        const run = text.slice(i, end);
        this.field += run;
        this.line += countLineBreaks(run);
        // A CR counted at the end of the previous chunk and the LF that starts this one are
        // one line break.
        if (this.quotedCarriageReturn && run.charCodeAt(0) === LF) this.line--;
        this.quotedCarriageReturn = close === -1 && run.charCodeAt(run.length - 1) === CR;
        if (close === -1) break;
        this.quoteSeen = true;
        i = close + 1;
        continue;
      }
      if (this.quoted && this.quoteSeen) {
        if (c === QUOTE) {
          this.field += '"';
          this.quoteSeen = false;
          i++;
          continue;
        }
        this.quoted = false;
        this.quoteSeen = false;
        if (c !== delimiter && c !== LF && c !== CR) {
          this.problem ??= `unexpected character ${JSON.stringify(text[i])} after a closing quote`;
        }
        // Fall through: the character is read as if the field were unquoted.
      }
      if (c === delimiter) {
        this.fields.push(this.field);
        this.field = "";
        this.fieldStarted = true;
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        this.endRecord(records);
        this.line++;
        this.recordLine = this.line;
        this.skipLineFeed = c === CR;
        i++;
        continue;
      }
      if (c === QUOTE && this.field.length === 0) {
        // A quote opens a quoted field only as the field's first character.
        this.quoted = true;
        this.fieldStarted = true;
        i++;
        continue;
      }
      // Copy the run of ordinary characters up to the next delimiter, line end or quote.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === delimiter || d === LF || d === CR) break;
        j++;
      }
      this.field += text.slice(i, j);
      this.fieldStarted = true;
      i = j;
    }
    return records;
  }

  /**
   * Ends the file.
   *
   * @returns the last record, when the file does not end with a line break.
   */
  end(): DelimitedRecord[] {
    const records: DelimitedRecord[] = [];
    if (this.quoted && !this.quoteSeen) {
      this.problem ??= `a quoted field starting on line ${this.recordLine} is never closed`;
    }
    this.quoted = false;
    this.quoteSeen = false;
    this.endRecord(records);
    return records;
  }

  private endRecord(records: DelimitedRecord[]): void {
    const blank = this.fields.length === 0 && this.field.length === 0 && !this.fieldStarted;
    if (!blank) {
      this.fields.push(this.field);
      const record: DelimitedRecord =
        this.problem === undefined
          ? { line: this.recordLine, fields: this.fields }
          : { line: this.recordLine, fields: this.fields, problem: this.problem };
      records.push(record);
    }
    this.fields = [];
    this.field = "";
    this.fieldStarted = false;
    this.problem = undefined;
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * Guesses the delimiter from the header line: tab when it holds a tab, comma otherwise.
 *
 * @param headerLine - the first line of the file.
 * @returns `"\t"` or `","`.
 */
export function sniffDelimiter(headerLine: string): Delimiter {
  return headerLine.includes("\t") ? "\t" : ",";
}

/**
 * Streams the records of a CSV or TSV file in batches (one per chunk read), reading the file
 * in 1 MiB chunks so memory stays flat. Batches spare the per-record promise that a plain
 * async iteration costs.
 *
 * The file must be UTF-8. Bytes that are not are never silently replaced (by U+FFFD, as a
 * lenient decoder would): the record holding them gets the problem `"not valid UTF-8 ..."`,
 * so that strict readers can name its line and lenient ones skip it.
 *
 * @param file - path of the file.
 * @param delimiter - the separator, or `"auto"` to read it from the header line.
 * @returns an async iterable of non-empty arrays of {@link DelimitedRecord}, header included.
 * @throws Error (from the file system) when the file cannot be read.
 */
export async function* readDelimitedRecordBatches(
  file: string,
  delimiter: Delimiter | "auto" = "auto",
): AsyncGenerator<DelimitedRecord[], void, undefined> {
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const decoder = new MarkingUtf8Decoder();
  let parser: DelimitedParser | undefined;
  let pending = "";
  for await (const bytes of stream as AsyncIterable<Buffer>) {
    let text = decoder.decode(bytes);
    if (parser === undefined) {
      pending += text;
      const lineEnd = pending.search(/[\r\n]/);
      if (lineEnd === -1) continue;
      parser = new DelimitedParser(
        delimiter === "auto" ? sniffDelimiter(pending.slice(0, lineEnd)) : delimiter,
      );
      text = pending;
      pending = "";
    }
    const records = parser.push(text);
    if (records.length > 0) yield decoder.sawInvalid ? records.map(markInvalidUtf8) : records;
  }
  pending += decoder.decode(new Uint8Array(0), true);
  parser ??= new DelimitedParser(delimiter === "auto" ? sniffDelimiter(pending) : delimiter);
  const last = [...(pending.length > 0 ? parser.push(pending) : []), ...parser.end()];
  if (last.length > 0) yield decoder.sawInvalid ? last.map(markInvalidUtf8) : last;
}

/** The record, with a problem when a field holds bytes that were not valid UTF-8. */
function markInvalidUtf8(record: DelimitedRecord): DelimitedRecord {
  const field = record.fields.findIndex((f) => f.includes(INVALID_UTF8_MARK));
  if (field === -1 || record.problem !== undefined) return record;
  const text = record.fields[field] as string;
  const at = text.indexOf(INVALID_UTF8_MARK);
  const before = text.slice(Math.max(0, at - 20), at);
  return {
    ...record,
    problem:
      `not valid UTF-8: field ${field + 1} holds bytes that are not UTF-8 ` +
      `${before === "" ? "at its start" : `after ${JSON.stringify(before)}`} ` +
      "(save the file as UTF-8)",
  };
}

/**
 * Streams the records of a CSV or TSV file one by one (see {@link readDelimitedRecordBatches}).
 *
 * @param file - path of the file.
 * @param delimiter - the separator, or `"auto"` to read it from the header line.
 * @returns an async iterable of {@link DelimitedRecord}, header included.
 * @throws Error (from the file system) when the file cannot be read.
 */
export async function* readDelimitedRecords(
  file: string,
  delimiter: Delimiter | "auto" = "auto",
): AsyncGenerator<DelimitedRecord, void, undefined> {
  for await (const batch of readDelimitedRecordBatches(file, delimiter)) yield* batch;
}
