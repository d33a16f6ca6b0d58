import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../src-shared/contract';
import { handlers } from './handlers';

describe('contract ↔ handlers', () => {
  it('every contract channel has a handler', () => {
    const missing = CHANNEL_NAMES.filter((c) => typeof handlers[c] !== 'function');
    expect(missing).toEqual([]);
  });

  it('every handler belongs to a contract channel', () => {
    const extra = Object.keys(handlers).filter((name) => !(name in contract));
    expect(extra).toEqual([]);
  });

  it('channel names follow feature.verbNoun', () => {
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
  });
});
