import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_CODES } from './documents/catalog';
import { BUILT_IN_REQUEST_TYPES, typeName } from './request-types';

describe('the built-in request types', () => {
  const names = BUILT_IN_REQUEST_TYPES.flatMap((t) => [t.names, ...t.requiredAttachments.map((a) => a.names)]);

  it('have unique codes, whole-day deadlines and real document types', () => {
    const codes = BUILT_IN_REQUEST_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of BUILT_IN_REQUEST_TYPES) {
      expect(Number.isInteger(t.deadlineDays) && t.deadlineDays >= 0, t.code).toBe(true);
      if (t.documentType) expect(DOCUMENT_TYPE_CODES, t.code).toContain(t.documentType);
    }
  });

  it('are named in all four languages, Cyrillic without Latin letters (bar HEMIS)', () => {
    for (const n of names) {
      expect(
        Object.values(n).every((v) => v.trim() !== ''),
        n.en,
      ).toBe(true);
      expect(/[A-Za-z]/.test(n['uz-Cyrl'].replace('HEMIS', '')), n['uz-Cyrl']).toBe(false);
      expect(n['uz-Latn'], n.en).not.toMatch(/['‘’`]/); // oʻ/gʻ with U+02BB, the tutuq with U+02BC
    }
  });
});

describe('typeName', () => {
  it.each([
    [{ 'uz-Latn': 'Ariza', ru: 'Заявление' }, 'ru', 'Заявление'],
    [{ 'uz-Latn': 'Ariza', ru: '  ' }, 'ru', 'Ariza'],
    [{ 'uz-Latn': 'Ariza' }, 'en', 'Ariza'],
    [null, 'en', ''],
  ] as const)('%j in %s → %s', (names, locale, expected) => {
    expect(typeName(names, locale)).toBe(expected);
  });
});
