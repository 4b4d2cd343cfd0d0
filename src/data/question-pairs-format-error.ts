/**
 * The error strict loading throws for a malformed row or header: the message names the
 * function, the file, the line and the problem, and the same facts are fields for code.
 *
 * @example
 * ```ts
 * // loadQuestionPairs: data/pairs.csv line 12: is_duplicate must be 0 or 1, got "2"
 * ```
 */
export class QuestionPairsFormatError extends Error {
  /** The file that was read. */
  readonly file: string;
  /** The 1-based line where the faulty row starts. */
  readonly line: number;
  /** The problem alone, without the file and line. */
  readonly reason: string;

  /**
   * @param fn - the function that was reading.
   * @param file - the file.
   * @param line - the 1-based line.
   * @param reason - what is wrong.
   */
  constructor(fn: string, file: string, line: number, reason: string) {
    super(`${fn}: ${file} line ${line}: ${reason}`);
    this.name = "QuestionPairsFormatError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
