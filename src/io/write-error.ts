/**
 * The error of a failed write, naming the public function and the file:
 * `fn: cannot write <file>: <reason>`. The file-system error's `code` (`ENOSPC`, `EACCES`, ...)
 * is kept on it, and the error itself is its `cause`.
 *
 * @param fn - the public function that was writing.
 * @param file - the file it was writing.
 * @param error - what the file system threw.
 * @returns the error to throw (an error that already names `fn` is returned as it is).
 * @example
 * ```ts
 * throw writeError("Vocabulary.save", file, error); // Vocabulary.save: cannot write v.json: ENOSPC ...
 * ```
 */
export function writeError(fn: string, file: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith(`${fn}: `)) return error as Error;
  const wrapped = new Error(`${fn}: cannot write ${file}: ${message}`, { cause: error });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === undefined ? wrapped : Object.assign(wrapped, { code });
}
