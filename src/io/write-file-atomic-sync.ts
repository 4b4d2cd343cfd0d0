import * as fs from "node:fs";
import * as path from "node:path";
import { describeValue, invalidArgument } from "../validate/validation-error";
import { claimStagingPath, releaseStagingPath, removeStaleStaging } from "./staging-entries";
import { writeError } from "./write-error";

/** Options of {@link writeFileAtomicSync}. */
export interface WriteFileAtomicSyncOptions {
  /** The public function writing, named in errors. */
  readonly fn?: string;
  /** The new file's permission bits (default `0o644`, reduced by the umask). */
  readonly mode?: number;
  /** The permission bits of folders this call creates (default `0o777` less the umask). */
  readonly folderMode?: number;
}

/**
 * Writes a file synchronously so that readers see either the old content or the new one,
 * never a mix (the synchronous sibling of `writeFileAtomic` in `src/io`; quiz answers are
 * graded synchronously and their progress must be on disk before the feedback is shown):
 * the data goes to a temporary file in the same folder (`.<name>.<pid>.<n>.tmp`), is flushed
 * to disk, and then renamed over the target. If writing fails the temporary file is removed
 * and the target is untouched; if the process dies mid-write only the temporary file is left,
 * and the next write of the same file removes it (see `removeStaleStaging`). Missing folders
 * are created.
 *
 * @param file - the target path.
 * @param data - the content, written as UTF-8.
 * @param options - the public function writing, named in errors (default
 *   `"writeFileAtomicSync"`), or `{ fn, mode, folderMode }`: `mode` is the new file's permission
 *   bits (default `0o644`, reduced by the umask; `0o600` keeps it private to its owner);
 *   `folderMode` the permission bits of folders this call creates (default `0o777` reduced by
 *   the umask; existing folders keep theirs).
 * @throws Error `fn: argument 'file' must be a file path, got '<dir>', which is a directory`,
 *   or `fn: cannot write <file>: <reason>` (with the file-system error's `code`) when writing
 *   fails; the target keeps its previous content.
 * @example
 * ```ts
 * writeFileAtomicSync("progress/study-questions.json", JSON.stringify(progress));
 * writeFileAtomicSync(privateFile, text, { mode: 0o600, folderMode: 0o700 });
 * ```
 */
export function writeFileAtomicSync(
  file: string,
  data: string,
  options: string | WriteFileAtomicSyncOptions = {},
): void {
  const settings: WriteFileAtomicSyncOptions =
    typeof options === "string" ? { fn: options } : options;
  const { fn = "writeFileAtomicSync", mode, folderMode } = settings;
  if (typeof file !== "string" || file.length === 0) {
    throw invalidArgument(fn, "file", "a non-empty path", describeValue(file));
  }
  let isDirectory = false;
  try {
    isDirectory = fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    // A file where a folder of the path should be: reported by the write below.
  }
  if (isDirectory) {
    throw invalidArgument(fn, "file", "a file path", `'${file}', which is a directory`);
  }
  try {
    fs.mkdirSync(path.dirname(file), {
      recursive: true,
      ...(folderMode === undefined ? {} : { mode: folderMode }),
    });
  } catch (error) {
    throw writeError(fn, file, error);
  }
  removeStaleStaging(file);
  const temp = claimStagingPath(file, "file");
  const bytes = Buffer.from(data, "utf8");
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, "w", mode ?? 0o644);
    let written = 0;
    while (written < bytes.length) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing: report the first error.
      }
    }
    fs.rmSync(temp, { force: true });
    throw writeError(fn, file, error);
  } finally {
    releaseStagingPath(temp);
  }
}
