import { describe, expect, it } from 'vitest';
import {
  articleScore,
  articleSearchText,
  cleanArticleText,
  cleanTags,
  likePatterns,
  parseBody,
  queryWords,
  sameTitle,
  snippetOf,
} from './infodesk';
import { handoutDocModel } from './infodesk-handout';

/** What SQL does with the patterns: every `% word%` must be found in the space-framed search text. */
const matches = (searchText: string, query: string) => {
  const words = queryWords(query);
  return words.length > 0 && likePatterns(words).every((p) => searchText.includes(p.slice(1, -1)));
};

const library = {
  title: 'Axborot-resurs markazi (kutubxona)',
  body: 'Oʻquv zali har kuni ochiq.\n\n- Elektron kutubxona: maʼlumotlar bazalari\n- Kitob olish talaba guvohnomasi bilan',
  contacts: 'Bosh bino, 1-qavat',
  tags: ['oʻquv zali', 'e-kutubxona'],
};
const LIBRARY_TEXT = articleSearchText(library);

describe('info desk search is blind to apostrophes, case and script', () => {
  it.each([
    ['oʻquv', true],
    ["o'quv", true],
    ['o‘quv', true],
    ['oʼquv', true],
    ['o`quv', true],
    ['OQUV ZALI', true],
    ['ўқув зали', true],
    ['Кутубхона', true],
    ['KUTUB', true],
    ['maʼlumot', true],
    ["ma'lumotlar", true],
    ['маълумотлар базалари', true],
    ['kutubxona sport', false],
    ['zal oʻquv', true],
    ['xona', false],
    ['', false],
  ])('%s → %s', (query, found) => {
    expect(matches(LIBRARY_TEXT, query)).toBe(found);
  });

  it('ranks a title hit above a body-only hit', () => {
    const words = queryWords('kutubxona');
    const mentions = { title: 'Sport majmuasi', body: 'Kutubxona yonida.', contacts: '', tags: [] };
    expect(articleScore(library, words)).toBeGreaterThan(articleScore(mentions, words));
  });

  it('quotes the sentence or bullet that matched', () => {
    expect(snippetOf(library.body, queryWords("ma'lumot"))).toBe('Elektron kutubxona: maʼlumotlar bazalari');
    expect(snippetOf(library.body, [])).toBe('Oʻquv zali har kuni ochiq.');
    const long = `${'Boshqa soʻzlar. '.repeat(2)}${'uzun '.repeat(40)}yotoqxona haqida ${'gap '.repeat(40)}`;
    const snippet = snippetOf(long, queryWords('yotoqxona'));
    expect(snippet).toContain('yotoqxona');
    expect(snippet.length).toBeLessThanOrEqual(182);
  });

  it('treats titles that differ only in apostrophes, case or script as the same', () => {
    expect(sameTitle('Oʻquv zali', "o'quv ZALI")).toBe(true);
    expect(sameTitle('Ўқув зали', 'Oʻquv zali')).toBe(true);
    expect(sameTitle('Oʻquv zali', 'Oʻqish zali')).toBe(false);
  });
});

describe('cleaning what an editor typed', () => {
  it.each([
    ["O'quv zali  ", 'uz-Latn', false, 'Oʻquv zali'],
    ["ta'lim", 'uz-Latn', false, 'taʼlim'],
    ["student's guide", 'en', false, "student's guide"],
    ['a  b\r\n\r\n\r\n- c   \n', 'uz-Latn', true, 'a b\n\n- c'],
  ])('%j (%s) → %j', (input, lang, multiline, out) => {
    expect(cleanArticleText(input, lang, multiline)).toBe(out);
  });

  it('splits, cleans and deduplicates tags', () => {
    expect(cleanTags(["o'quv zali, Oʻquv zali; sport", '  '], 'uz-Latn')).toEqual(['oʻquv zali', 'sport']);
  });
});

describe('body as paragraphs and bullets', () => {
  it('reads blank-line paragraphs, "- " bullets and wrapped lines', () => {
    expect(parseBody('Birinchi\nqator.\n\n- bir\n  davomi\n- ikki\nKeyin')).toEqual([
      { kind: 'paragraph', text: 'Birinchi qator.' },
      { kind: 'bullets', items: ['bir davomi', 'ikki Keyin'] },
    ]);
    expect(parseBody('Matn\n- band\n\nOxiri')).toEqual([
      { kind: 'paragraph', text: 'Matn' },
      { kind: 'bullets', items: ['band'] },
      { kind: 'paragraph', text: 'Oxiri' },
    ]);
  });

  it('lays out a handout: letterhead in the article language, bullets, contacts, link and its QR code', () => {
    const model = handoutDocModel(
      [
        { ...library, lang: 'ru', url: 'https://namuna.example.uz/lib', updatedAt: '2026-11-28T09:00:00Z' },
        { ...library, lang: 'uz-Latn', url: '', contacts: '', updatedAt: '' },
      ],
      { names: { 'uz-Latn': 'Namuna universiteti', ru: 'Образцовый университет' }, logo: '' },
    );
    const kinds = model.blocks.map((b) => b.kind);
    expect(model.blocks[0]).toMatchObject({ kind: 'letterhead', lines: ['ОБРАЗЦОВЫЙ УНИВЕРСИТЕТ'] });
    expect(kinds.filter((k) => k === 'pageBreak')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'qr')).toHaveLength(1);
    const texts = model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(texts).toContain('•  Elektron kutubxona: maʼlumotlar bazalari');
    expect(texts).toContain('Контакты:');
    expect(texts).toContain('Ссылка: https://namuna.example.uz/lib');
    expect(texts).toContain('Сведения обновлены: 28.11.2026');
    expect(model.blocks[kinds.indexOf('pageBreak') + 1]).toMatchObject({ lines: ['NAMUNA UNIVERSITETI'] });
  });
});
