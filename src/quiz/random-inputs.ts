import type { Random } from "../random";

/**
 * A matrix of standard-normal values rounded to `decimals` places (short numbers keep the
 * description of a failing case readable). For the random cases of code exercises.
 *
 * @param random - the seeded generator.
 * @param rows - number of rows.
 * @param cols - number of columns.
 * @param decimals - decimal places kept, default 2.
 * @returns `number[rows][cols]`.
 * @example
 * ```ts
 * randomMatrix(createRandom(1), 2, 3); // e.g. [[0.41, -1.2, 0.07], [1.93, -0.35, 0.6]]
 * ```
 */
export function randomMatrix(random: Random, rows: number, cols: number, decimals = 2): number[][] {
  const scale = 10 ** decimals;
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => Math.round(random.normal() * scale) / scale),
  );
}

/**
 * A matrix whose rows are random unit vectors (normal draws divided by their length), as
 * the encoder outputs them. For the random cases of code exercises.
 *
 * @param random - the seeded generator.
 * @param rows - number of rows.
 * @param cols - number of columns, at least 1.
 * @returns `number[rows][cols]` with every row of length 1.
 * @example
 * ```ts
 * randomUnitRows(createRandom(1), 3, 2); // three points on the unit circle
 * ```
 */
export function randomUnitRows(random: Random, rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => {
    for (;;) {
      const row = Array.from({ length: cols }, () => random.normal());
      const norm = Math.hypot(...row);
      if (norm > 1e-3) return row.map((x) => x / norm);
    }
  });
}

/**
 * An integer drawn uniformly from `[min, max]`.
 *
 * @param random - the seeded generator.
 * @param min - smallest value.
 * @param max - largest value.
 * @returns the integer.
 * @example
 * ```ts
 * randomInteger(createRandom(1), 2, 5); // 2, 3, 4 or 5
 * ```
 */
export function randomInteger(random: Random, min: number, max: number): number {
  return min + random.int(max - min + 1);
}
