import { describe, expect, it } from 'vitest';
import { idSchema } from '../contract/common';
import { uuidv7, uuidv7Time } from './uuid';

describe('UUIDv7', () => {
  it('is a version-7 RFC 9562 id carrying its creation time', () => {
    const id = uuidv7(1_795_000_000_000);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(uuidv7Time(id)).toBe(1_795_000_000_000);
  });

  it('sorts by creation order even within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7(1_795_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
