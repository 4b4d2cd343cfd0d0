import * as fs from "node:fs";
import * as path from "node:path";

let counter = 0;

/**
 * Writes a file synchronously so that readers see either the old content or the new one,
 * never a mix (the synchronous sibling of `writeFileAtomic` in `src/io`; quiz answers are
 * graded synchronously and their progress must be on disk before the feedback is shown):
 * the data goes to a temporary file in the same folder (`.<name>.<pid>.<n>.tmp`), is flushed
 * to disk, and then renamed over the target. If writing fails the temporary file is removed
 * and the target is untouched; if the process dies mid-write only the temporary file is left.
 * Missing folders are created.
 *
 * @param file - the target path.
 * @param data - the content, written as UTF-8.
 * @param options - `mode`: the new file's permission bits (default `0o644`, reduced by the
 *   umask; `0o600` keeps it private to its owner); `folderMode`: the permission bits of
 *   folders this call creates (default `0o777` reduced by the umask; existing folders keep
 *   theirs).
 * @throws the underlying file-system error (the target keeps its previous content).
 * @example
 * ```ts
 * writeFileAtomicSync("progress/study-questions.json", JSON.stringify(progress));
 * writeFileAtomicSync(privateFile, text, { mode: 0o600, folderMode: 0o700 });
 * ```
 */
export function writeFileAtomicSync(
  file: string,
  data: string,
  options: { readonly mode?: number; readonly folderMode?: number } = {},
): void {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, {
    recursive: true,
    ...(options.folderMode === undefined ? {} : { mode: options.folderMode }),
  });
  counter += 1;
  const temp = path.join(folder, `.${path.basename(file)}.${process.pid}.${counter}.tmp`);
  const bytes = Buffer.from(data, "utf8");
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, "w", options.mode ?? 0o644);
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
    throw error;
  }
}
