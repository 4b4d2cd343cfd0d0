/**
 * A stable 32-bit hash of a token (FNV-1a over its UTF-16 code units), the same on every
 * machine and run. Used to give words outside the vocabulary a consistent bucket id.
 *
 * @param token - any string.
 * @returns an unsigned 32-bit integer.
 * @example
 * ```ts
 * hashToken("tomatoes") % 500; // the same bucket every time
 * ```
 */
export function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
