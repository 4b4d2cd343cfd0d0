import * as fs from "node:fs";
import * as path from "node:path";
import { claimStagingPath, releaseStagingPath, removeStaleStaging } from "./staging-entries";

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
 * @throws the underlying file-system error (the target keeps its previous content).
 * @example
 * ```ts
 * writeFileAtomicSync("progress/study-questions.json", JSON.stringify(progress));
 * ```
 */
export function writeFileAtomicSync(file: string, data: string): void {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true });
  removeStaleStaging(file);
  const temp = claimStagingPath(file, "file");
  const bytes = Buffer.from(data, "utf8");
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, "w", 0o644);
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
  } finally {
    releaseStagingPath(temp);
  }
}
