/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../contract/common';
import { normalizeApostrophes } from '../domain/apostrophes';
import { catalogs, DEFAULT_LOCALE, SETS } from './index';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const allKeys = [...new Set(LOCALES.flatMap((locale) => Object.keys(catalogs[locale])))].sort();

describe('message catalogs', () => {
  it.each(LOCALES)('%s has every key, none of them empty', (locale) => {
    const missing = allKeys.filter((key) => !(key in catalogs[locale]));
    const empty = allKeys.filter((key) => key in catalogs[locale] && (catalogs[locale][key] ?? '').trim() === '');
    expect({ missing, empty }).toEqual({ missing: [], empty: [] });
  });

  it('uses the same {placeholders} in every locale', () => {
    const differing = allKeys.flatMap((key) => {
      const reference = placeholders(catalogs[DEFAULT_LOCALE][key] ?? '').join(',');
      return LOCALES.filter((locale) => placeholders(catalogs[locale][key] ?? '').join(',') !== reference).map(
        (locale) => `${locale}: ${key}`,
      );
    });
    expect(differing).toEqual([]);
  });

  it('defines each key in exactly one message set', () => {
    const seen = new Map<string, number>();
    for (const set of SETS) for (const key of Object.keys(set[DEFAULT_LOCALE])) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
  });

  it('writes Uzbek Latin with ʻ (U+02BB) in oʻ/gʻ and ʼ (U+02BC) for the tutuq', () => {
    const wrong = Object.entries(catalogs['uz-Latn'])
      .filter(([, text]) => /['`‘’]/.test(text) || normalizeApostrophes(text) !== text)
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('writes Uzbek Cyrillic without Latin letters except in technical terms', () => {
    // Product and format names (HEMIS, Excel, CSV, PNG…), Ctrl+S and the Latin locale's endonym are the only Latin allowed.
    const allowed =
      /PNG|JPEG|URL|KB|ID|AA1234567|HEMIS|Excel|xlsx|xls|CSV|GPA|DOCX|PDF|ZIP|PEM|QR|Ed25519|Certificate of enrolment|integrity_check|backups|Ctrl\+S|Oʻzbekcha|English/g;
    const latin = Object.entries(catalogs['uz-Cyrl'])
      .filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{[\w:]+\}/g, '').replace(allowed, '')))
      .map(([key]) => key);
    expect(latin).toEqual([]);
  });
});

describe('keys used by the renderer', () => {
  // Vite (and so vitest) reads the sources at build time: no node:fs in src-shared.
  const sources = import.meta.glob('../../src-renderer/**/*.tsx', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;

  it('finds the renderer sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
  });

  it("every literal t('…') key exists in the catalogs", () => {
    const unknown: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([^'\n]+)'/g)) {
        const key = match[1] as string;
        if (!(key in catalogs[DEFAULT_LOCALE])) unknown.push(`${file.replace('../../', '')}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
