import { describe, expect, it } from 'vitest';
import { parseDate } from './DateField';

describe('parseDate (dd.mm.yyyy as typed at the counter)', () => {
  it.each([
    ['28.11.2026', '2026-11-28'],
    ['1.2.2026', '2026-02-01'],
    ['28112026', '2026-11-28'],
    [' 29.02.2028 ', '2028-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['', '28.11', '31.11.2026', '29.02.2027', '2026-11-28', '00.01.2026', 'ab.cd.efgh'])('rejects %j', (text) =>
    expect(parseDate(text)).toBeNull(),
  );
});
