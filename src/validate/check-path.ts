import * as fs from "node:fs";
import { describeValue, invalidArgument } from "./validation-error";

/** What a path is on disk, for an error message: `'x', which is a directory`. */
function describePath(value: string, stat: fs.Stats | undefined): string {
  const shown = describeValue(value).replace(/^"|"$/g, "'");
  if (stat === undefined) return `${shown}, which does not exist`;
  if (stat.isDirectory()) return `${shown}, which is a directory`;
  if (stat.isFile()) return `${shown}, which is a file`;
  return `${shown}, which is neither a file nor a directory`;
}

/**
 * Checks that an argument names an existing regular file (links are followed), so that a
 * folder or a typo is reported by name before any reading starts (instead of a bare `EISDIR`
 * or `ENOENT` from deep inside).
 *
 * @param fn - the public function, for the message.
 * @param argument - the argument's name.
 * @param file - the value given.
 * @returns the path.
 * @throws Error `fn: argument 'file' must be an existing file, got 'data', which is a directory`.
 * @example
 * ```ts
 * checkExistingFile("loadQuestionPairs", "file", file);
 * ```
 */
export function checkExistingFile(fn: string, argument: string, file: unknown): string {
  if (typeof file !== "string" || file.length === 0) {
    throw invalidArgument(fn, argument, "a non-empty path", describeValue(file));
  }
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile()) {
    throw invalidArgument(fn, argument, "an existing file", describePath(file, stat));
  }
  return file;
}

/**
 * Checks that an argument names an existing directory (links are followed).
 *
 * @param fn - the public function, for the message.
 * @param argument - the argument's name.
 * @param dir - the value given.
 * @returns the path.
 * @throws Error `fn: argument 'dir' must be an existing folder, got 'x.tsv', which is a file`.
 * @example
 * ```ts
 * checkExistingDirectory("loadQuestionGroups", "options.directory", directory);
 * ```
 */
export function checkExistingDirectory(fn: string, argument: string, dir: unknown): string {
  if (typeof dir !== "string" || dir.length === 0) {
    throw invalidArgument(fn, argument, "a non-empty path", describeValue(dir));
  }
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isDirectory()) {
    throw invalidArgument(fn, argument, "an existing folder", describePath(dir, stat));
  }
  return dir;
}
