/**
 * The letter shown for option `index` (0 -> "A").
 *
 * @param index - option position, 0-based, below 26.
 * @returns the upper-case letter.
 * @example
 * ```ts
 * optionLetter(3); // "D"
 * ```
 */
export function optionLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 26) {
    throw new Error(`optionLetter: argument 'index' must be an integer in [0, 25], got ${index}`);
  }
  return String.fromCharCode(65 + index);
}

/**
 * The letters of the first `count` options: `optionLetters(4)` is `["A", "B", "C", "D"]`.
 *
 * @param count - number of options, 0 to 26.
 * @returns the letters in order.
 * @example
 * ```ts
 * optionLetters(2); // ["A", "B"]
 * ```
 */
export function optionLetters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => optionLetter(i));
}
