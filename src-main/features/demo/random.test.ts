import { describe, expect, it } from 'vitest';
import { mulberry32, permutation, shuffle, streamFor } from './random';

describe('demo PRNG', () => {
  it('is deterministic per seed and per stream', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(streamFor(1, 7)()).toBe(streamFor(1, 7)());
    expect(streamFor(1, 7)()).not.toBe(streamFor(1, 8)());
    expect(streamFor(1, 7)()).not.toBe(streamFor(2, 7)());
  });

  it.each([1, 2, 10, 999, 4096, 998_001])('permutation of %i is a bijection', (size) => {
    const perm = permutation(size, 12345);
    const seen = new Uint8Array(size);
    const limit = Math.min(size, 200_000);
    let bad = 0;
    for (let i = 0; i < limit; i++) {
      const v = perm(i);
      if (!(v >= 0 && v < size) || seen[v] === 1) bad++;
      else seen[v] = 1;
    }
    expect(bad).toBe(0);
  });

  it('permutation does not keep consecutive indexes together', () => {
    const perm = permutation(10_000_000, 1);
    const steps = new Set([1, 2, 3, 4].map((i) => perm(i) - perm(i - 1)));
    expect(steps.size).toBeGreaterThan(1);
  });

  it('shuffle keeps every element', () => {
    const xs = Uint32Array.from({ length: 1000 }, (_, i) => i);
    shuffle(mulberry32(3), xs);
    expect([...xs].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});
