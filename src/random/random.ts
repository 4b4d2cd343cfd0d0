/**
 * A small seeded pseudo-random generator (mulberry32) with the helpers siamese-lab needs.
 * Every random choice in the library takes a seed and draws from one of these, so the same
 * seed gives the same numbers on every machine.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A standard normal sample (Box-Muller). */
  normal(): number;
  /** A new array with the items of `items` in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** One item of a non-empty array, chosen uniformly. */
  pick<T>(items: readonly T[]): T;
  /** `k` distinct items of `items`, in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** A seed for a child generator, so that sub-tasks get independent but reproducible streams. */
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
