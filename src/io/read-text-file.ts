import * as fs from "node:fs";
import { INVALID_UTF8_MARK, MarkingUtf8Decoder } from "./utf8-decoder";

/**
 * Reads a UTF-8 text file (a JSON file of the library: a vocabulary, a detector's settings, an
 * answers file) and decodes it strictly: bytes that are not UTF-8 are an error naming the line,
 * never silently replaced by U+FFFD. A byte-order mark is dropped. File-system errors name the
 * function and the file.
 *
 * @param fn - the public function reading, for messages.
 * @param file - the path.
 * @returns the text.
 * @throws Error `fn: cannot read <file>: <reason>`, or `fn: <file> is not valid UTF-8 ...`.
 * @example
 * ```ts
 * const json = JSON.parse(readTextFileSync("Vocabulary.load", file));
 * ```
 */
export function readTextFileSync(fn: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new Error(`${fn}: cannot read ${file}: ${(error as Error).message}`);
  }
  return decodeStrict(fn, file, bytes);
}

/**
 * The asynchronous {@link readTextFileSync}.
 *
 * @param fn - the public function reading, for messages.
 * @param file - the path.
 * @returns the text.
 * @throws Error `fn: cannot read <file>: <reason>`, or `fn: <file> is not valid UTF-8 ...`.
 * @example
 * ```ts
 * const json = JSON.parse(await readTextFile("DuplicateDetector.load", file));
 * ```
 */
export async function readTextFile(fn: string, file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    throw new Error(`${fn}: cannot read ${file}: ${(error as Error).message}`);
  }
  return decodeStrict(fn, file, bytes);
}

function decodeStrict(fn: string, file: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8Strictly(bytes);
  if (decoded.ok) return decoded.text;
  throw new Error(
    `${fn}: ${file} is not valid UTF-8: line ${decoded.line}, column ${decoded.column} holds bytes that are not UTF-8 (save the file as UTF-8)`,
  );
}

/**
 * Decodes a whole file's bytes as UTF-8, strictly: the text (without a byte-order mark), or
 * where the first bytes that are not UTF-8 are (never a U+FFFD in their place).
 *
 * @param bytes - the file's content.
 * @returns `{ ok: true, text }`, or `{ ok: false, line, column }` (from 1, column in characters).
 * @example
 * ```ts
 * decodeUtf8Strictly(Buffer.from([0x61, 0x0a, 0xff])); // { ok: false, line: 2, column: 1 }
 * ```
 */
export function decodeUtf8Strictly(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; line: number; column: number } {
  const decoder = new MarkingUtf8Decoder();
  const text = decoder.decode(bytes, true);
  if (decoder.sawInvalid) {
    const at = text.indexOf(INVALID_UTF8_MARK);
    const before = text.slice(0, at);
    return { ok: false, line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
  }
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
