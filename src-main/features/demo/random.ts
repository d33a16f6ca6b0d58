/**
 * A small seeded PRNG for the demo data. Every student draws from its own stream
 * (`streamFor(seed, index)`), so any batch can be rebuilt on its own: a resumed run writes
 * exactly the rows an uninterrupted run would have written.
 */
export type Rng = () => number;

/** mulberry32: 32-bit state, fast, good enough for test data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3's 32-bit finaliser: spreads nearby inputs (seed, seed + 1, …) over the whole range. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function streamFor(seed: number, index: number, salt = 0): Rng {
  return mulberry32(mix32(mix32(seed ^ Math.imul(salt + 1, 0x9e3779b9)) ^ mix32(index + 0x632be5ab)));
}

export function intBelow(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks from `[value, weight]` pairs. */
export function pickWeighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of options) total += w;
  let r = rng() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error('pickWeighted from an empty list');
  return last[0];
}

/** Fisher–Yates, in place. */
export function shuffle<T extends { [i: number]: unknown; length: number }>(rng: Rng, items: T): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
  }
  return items;
}

/**
 * A bijection of 0…size-1: a 4-round Feistel network over the smallest even number of bits that
 * holds `size`, walking the cycle until the value falls inside the range. Distinct indexes give
 * distinct values, so numbers built from it (PINFL serials, passports, student ids) are unique
 * by construction with no lookup table, and consecutive students do not get consecutive numbers.
 */
export function permutation(size: number, seed: number): (i: number) => number {
  let bits = 2;
  while (2 ** bits < size) bits += 2;
  const half = bits / 2;
  const mask = 2 ** half - 1;
  const keys = [1, 2, 3, 4].map((k) => mix32(seed ^ Math.imul(k, 0x9e3779b9)));
  const encrypt = (x: number): number => {
    let left = Math.floor(x / 2 ** half);
    let right = x & mask;
    for (const key of keys) {
      const next = left ^ (mix32(right ^ key) & mask);
      left = right;
      right = next;
    }
    return left * 2 ** half + right;
  };
  return (i: number) => {
    if (!(i >= 0 && i < size)) throw new RangeError(`permutation index ${i} outside 0…${size - 1}`);
    let x = encrypt(i);
    while (x >= size) x = encrypt(x);
    return x;
  };
}
