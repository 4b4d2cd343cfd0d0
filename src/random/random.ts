/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers siamese-lab needs.
 * Every random choice in the library takes a seed and draws from one of these, so the same
 * seed gives the same numbers on every machine.
 */
export interface Random {
  /**
   * The next number of the stream.
   *
   * @returns a float in [0, 1), uniform.
   */
  next(): number;
  /**
   * An integer chosen uniformly.
   *
   * @param n - how many values there are: a positive integer.
   * @returns an integer in [0, n).
   * @throws Error when `n` is not a positive integer.
   */
  int(n: number): number;
  /**
   * A standard normal sample (Box-Muller).
   *
   * @returns a float drawn from N(0, 1).
   */
  normal(): number;
  /**
   * The items in random order (Fisher-Yates); `items` itself is left as it is.
   *
   * @param items - the items.
   * @returns a new array holding the same items, shuffled.
   */
  shuffle<T>(items: readonly T[]): T[];
  /**
   * One item chosen uniformly.
   *
   * @param items - a non-empty array.
   * @returns one of its items.
   * @throws Error when `items` is empty.
   */
  pick<T>(items: readonly T[]): T;
  /**
   * `k` distinct items (distinct positions of `items`), in random order.
   *
   * @param items - the items to draw from.
   * @param k - how many to draw, an integer in [0, items.length].
   * @returns a new array of `k` items.
   * @throws Error when `k` is not an integer in [0, items.length].
   */
  sample<T>(items: readonly T[], k: number): T[];
  /**
   * A seed for a child generator, so that sub-tasks get independent but reproducible streams.
   *
   * @returns an integer in [0, 2^31), for {@link createRandom}.
   */
  fork(): number;
}

/**
 * Creates a seeded generator.
 *
 * @param seed - any finite number; equal seeds give equal streams.
 * @returns a {@link Random}.
 * @throws Error when `seed` is not a finite number.
 * @example
 * ```ts
 * const rng = createRandom(42);
 * rng.shuffle([1, 2, 3]); // the same order every run
 * ```
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new Error(`createRandom: argument 'seed' must be a finite number, got ${seed}`);
  }
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) {
      throw new Error(`Random.int: argument 'n' must be a positive integer, got ${n}`);
    }
    return Math.floor(next() * n);
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  };
  return {
    next,
    int,
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("Random.pick: argument 'items' is empty");
      return items[int(items.length)] as T;
    },
    sample: <T>(items: readonly T[], k: number): T[] => {
      if (!Number.isInteger(k) || k < 0 || k > items.length) {
        throw new Error(
          `Random.sample: argument 'k' must be an integer in [0, ${items.length}], got ${k}`,
        );
      }
      return shuffle(items).slice(0, k);
    },
    fork: () => Math.floor(next() * 2 ** 31),
  };
}

/** Spreads nearby seeds (0, 1, 2, ...) over the whole 32-bit state space. */
function hashSeed(seed: number): number {
  let h = Math.floor(seed * 1000003) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
