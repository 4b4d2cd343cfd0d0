import { isUtf8 } from "node:buffer";

/**
 * What {@link MarkingUtf8Decoder} puts where the bytes are not valid UTF-8: a lone low
 * surrogate, which decoding valid UTF-8 can never produce (UTF-8 has no encoding of
 * surrogates), so it cannot be mistaken for text of the file. A lenient decoder (`TextDecoder`,
 * Node's `'utf8'` streams) writes U+FFFD instead, which a valid file may also hold.
 */
export const INVALID_UTF8_MARK = "\udfff";

/**
 * Decodes UTF-8 that arrives in chunks (a sequence may be split between two) and marks every
 * invalid byte sequence with {@link INVALID_UTF8_MARK}, one mark where the WHATWG Encoding
 * standard's decoder writes one U+FFFD (each maximal invalid subpart), so that a reader can
 * say which line holds bytes that are not UTF-8 instead of silently changing the text.
 * Valid chunks take a fast path (Node's native check and decoder).
 *
 * @example
 * ```ts
 * const decoder = new MarkingUtf8Decoder();
 * decoder.decode(Buffer.from([0x61, 0xff, 0x62]), true); // "a\udfffb"
 * decoder.sawInvalid; // true
 * ```
 */
export class MarkingUtf8Decoder {
  private pending: Uint8Array = new Uint8Array(0);
  private invalid = false;

  /** Whether any invalid byte sequence was marked so far. */
  get sawInvalid(): boolean {
    return this.invalid;
  }

  /**
   * Decodes the next chunk.
   *
   * @param chunk - the next bytes.
   * @param final - `true` for the last chunk: an incomplete sequence at its end is invalid
   *   (otherwise it waits for the next chunk).
   * @returns the text of the complete sequences, with invalid ones marked.
   */
  decode(chunk: Uint8Array, final = false): string {
    const bytes = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    const held = final ? 0 : incompleteTail(bytes);
    const body = held === 0 ? bytes : bytes.subarray(0, bytes.length - held);
    this.pending = held === 0 ? new Uint8Array(0) : bytes.slice(bytes.length - held);
    if (isUtf8(body))
      return Buffer.from(body.buffer, body.byteOffset, body.length).toString("utf8");
    this.invalid = true;
    return decodeMarking(body);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** Continuation bytes a sequence with this lead byte needs (0: ASCII or not a lead byte), and the range of its first continuation byte. */
function leadInfo(lead: number): { need: number; lower: number; upper: number } {
  if (lead >= 0xc2 && lead <= 0xdf) return { need: 1, lower: 0x80, upper: 0xbf };
  if (lead >= 0xe0 && lead <= 0xef) {
    return { need: 2, lower: lead === 0xe0 ? 0xa0 : 0x80, upper: lead === 0xed ? 0x9f : 0xbf };
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    return { need: 3, lower: lead === 0xf0 ? 0x90 : 0x80, upper: lead === 0xf4 ? 0x8f : 0xbf };
  }
  return { need: 0, lower: 0, upper: 0 };
}

/** How many bytes at the end begin a sequence that is valid so far but not complete (0 to 3). */
function incompleteTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let start = n - 1; start >= Math.max(0, n - 3); start--) {
    const b = bytes[start] as number;
    if (b >= 0x80 && b <= 0xbf) continue;
    const { need, lower, upper } = leadInfo(b);
    if (need === 0 || n - start > need) return 0;
    for (let j = start + 1; j < n; j++) {
      const c = bytes[j] as number;
      if (j === start + 1 ? c < lower || c > upper : c < 0x80 || c > 0xbf) return 0;
    }
    return n - start;
  }
  return 0;
}

/** The WHATWG UTF-8 decoder, writing {@link INVALID_UTF8_MARK} for each error and decoding valid runs natively. */
function decodeMarking(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const parts: string[] = [];
  let runStart = 0;
  const error = (start: number, next: number): number => {
    if (start > runStart) parts.push(buffer.toString("utf8", runStart, start));
    parts.push(INVALID_UTF8_MARK);
    runStart = next;
    return next;
  };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const { need, lower, upper } = leadInfo(lead);
    if (need === 0) {
      i = error(i, i + 1);
      continue;
    }
    let j = i + 1;
    let valid = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? (bytes[j] as number) : -1;
      const low = k === 0 ? lower : 0x80;
      const high = k === 0 ? upper : 0xbf;
      if (c < low || c > high) {
        // The bytes so far are the maximal invalid subpart; the offending byte starts afresh.
        i = error(i, j);
        valid = false;
        break;
      }
    }
    if (valid) i = j;
  }
  if (runStart < n) parts.push(buffer.toString("utf8", runStart, n));
  return parts.join("");
}
