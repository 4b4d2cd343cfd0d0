import * as fs from "node:fs";
import { describeValue, invalidArgument } from "../validate";
import { claimStagingPath, releaseStagingPath, removeStaleStaging } from "./staging-entries";
import { writeError } from "./write-error";

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the data goes to a temporary file in the same folder, which is then renamed over the target
 * (a rename within one file system is atomic). The temporary file is removed on failure; one
 * left by a process killed mid-write is removed by the next write of the same file.
 *
 * @param file - the path to write; its folder must exist.
 * @param data - the content (strings are written as UTF-8).
 * @param fn - the public function writing, named in errors (default `"writeFileAtomic"`).
 * @returns a promise that resolves once the file is in place.
 * @throws Error when `file` is not a path or is a directory, or
 *   `fn: cannot write <file>: <reason>` (with the file-system error's `code`) when the write or
 *   rename fails.
 * @example
 * ```ts
 * await writeFileAtomic("vocabulary.json", JSON.stringify(vocabulary));
 * ```
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  fn = "writeFileAtomic",
): Promise<void> {
  if (typeof file !== "string" || file.length === 0) {
    throw invalidArgument(fn, "file", "a non-empty path", describeValue(file));
  }
  const existing = await fs.promises.stat(file).catch(() => undefined);
  if (existing?.isDirectory() === true) {
    throw invalidArgument(fn, "file", "a file path", `'${file}', which is a directory`);
  }
  removeStaleStaging(file);
  const temporary = claimStagingPath(file, "file");
  try {
    const handle = await fs.promises.open(temporary, "w");
    try {
      await handle.writeFile(data);
      // Flush before the rename, so a power cut cannot leave the new name on empty contents.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temporary, file);
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw writeError(fn, file, error);
  } finally {
    releaseStagingPath(temporary);
  }
}
