import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_INPUTS } from '../../../test/support/sample-inputs';
import { startHarness, type Harness } from '../../../test/support/harness';
import { runCommand, SYSTEM_ACTOR } from '../../commands/run-command';
import { writeDemoInfodesk } from './demo';
import { DEMO_ARTICLES } from './demo-articles';

/** One backend for the file: the demo knowledge base, then edits, searches and handouts through `dispatch`. */
let h: Harness;
let counter: string;
let viewer: string;

beforeAll(async () => {
  h = await startHarness();
  await h.ok(
    'institution.update',
    {
      ...SAMPLE_INPUTS['institution.update'],
      nameUzLatn: 'Namuna davlat universiteti',
      nameRu: 'Образцовый государственный университет',
    },
    h.adminToken,
  );
  const { store, clock } = h.backend.services;
  runCommand(store, clock, SYSTEM_ACTOR, 'demo.infodesk', null, (w) =>
    writeDemoInfodesk(w, { seed: 1, today: '2026-11-28', login: 'demo' }),
  );
  counter = await h.signInAs('front_office');
  viewer = await h.signInAs('viewer');
});
afterAll(() => h.dispose());

const search = (query: string, extra: Record<string, unknown> = {}, token = counter) =>
  h.ok('infodesk.search', { query, ...extra }, token);
const titles = async (query: string, extra: Record<string, unknown> = {}) =>
  (await search(query, extra)).items.map((i) => i.title);

describe('info desk search at the counter', () => {
  it('finds the library whatever apostrophe, case or script is typed, its own article first', async () => {
    const variants = ['oʻquv zali', "o'quv zali", 'o‘quv zali', 'oʼquv zali', 'O`QUV ZALI', 'ўқув зали'];
    const results = await Promise.all(variants.map((q) => titles(q)));
    for (const r of results) expect(r[0]).toBe('Axborot-resurs markazi (kutubxona): ish vaqti');
    expect(new Set(results.map((r) => r.join('|'))).size).toBe(1);
    expect((await titles('кутубхона'))[0]).toBe('Axborot-resurs markazi (kutubxona): ish vaqti');
    // A Russian article is found from a Latin query too (the same transliteration folds both).
    expect(await titles('biblioteka')).toContain('Библиотека: часы работы');
  });

  it('ranks title hits above body hits and quotes the matching piece', async () => {
    const res = await search('yotoqxona');
    expect(res.items[0]?.title).toBe('Talabalar turar joyi (yotoqxona) boʻlimi');
    expect(res.total).toBeGreaterThan(1);
    const psychologist = (await search('xavotir')).items[0]!;
    expect(psychologist.snippet).toContain('xavotir');
  });

  it('filters by category and language and counts hits per category for the chips', async () => {
    const all = await search('');
    expect(all.total).toBe(DEMO_ARTICLES.length);
    const clubs = await search('', { category: 'clubs' });
    expect(clubs.items.every((i) => i.category === 'clubs')).toBe(true);
    expect(clubs.categoryCounts.clubs).toBe(clubs.total);
    expect(clubs.categoryCounts.services).toBeGreaterThan(0);
    const ru = await search('', { lang: 'ru' });
    expect(ru.items.map((i) => i.lang)).toEqual(ru.items.map(() => 'ru'));
    expect((await search('el-yurt umidi', { category: 'studyAbroad' })).items[0]?.url).toBe('https://eyuf.uz');
  });
});

describe('editing articles', () => {
  const base = { category: 'clubs', title: "Shaxmat to'garagi", body: "Har kuni.\n\n- Boshlang'ich guruh" };

  it('lets the counter write, normalising Uzbek apostrophes and refreshing the search words', async () => {
    const a = await h.ok('infodesk.save', { ...base, tags: ["o'yin, sport", 'Oʻyin'] }, counter);
    expect(a.title).toBe('Shaxmat toʻgaragi');
    expect(a.body).toBe('Har kuni.\n\n- Boshlangʻich guruh');
    expect(a.tags).toEqual(['oʻyin', 'sport']);
    expect(a.updatedBy).toMatch(/^frontoffice/);
    expect((await titles('shaxmat togaragi'))[0]).toBe('Shaxmat toʻgaragi');
    const edited = await h.ok('infodesk.save', { ...base, id: a.id, title: 'Shaxmat klubi' }, counter);
    expect((await titles('shaxmat'))[0]).toBe(edited.title);
    expect(await titles('shaxmat togaragi')).toEqual([]);
    const audit = h.backend.services.store.reader
      .prepare(`select count(*) as n from audit_log where command = 'infodesk.save' and entity_ids like ?`)
      .get(`% ${a.id} %`) as { n: number };
    expect(audit.n).toBe(2);
  });

  it.each([
    [{ ...base, title: '  ' }, 'title', 'validation.required'],
    [{ ...base, title: 'Robototexnika TOʻGARAGI' }, 'title', 'validation.infodesk.duplicateTitle'],
    [{ ...base, title: 'Yangi', url: 'namuna.example.uz' }, 'url', 'validation.infodesk.url'],
    [{ ...base, title: 'Yangi', category: 'sport' }, 'category', 'validation.invalidValue'],
  ])('refuses bad input naming the field (%#)', async (input, path, key) => {
    const before = (await search('', { includeUnpublished: true })).total;
    const res = await h.call('infodesk.save', input, counter);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.details?.issues).toContainEqual(expect.objectContaining({ path, key }));
    expect((await search('', { includeUnpublished: true })).total).toBe(before);
  });

  it('unpublishes instead of deleting: hidden from the counter, listed for editors, readers cannot edit', async () => {
    const [hit] = (await search('debat')).items;
    const off = await h.ok('infodesk.setPublished', { id: hit!.id, published: false }, counter);
    expect(off.published).toBe(false);
    expect(await titles('debat')).toEqual([]);
    expect((await search('debat', { includeUnpublished: true })).items[0]?.published).toBe(false);
    expect((await search('debat', { includeUnpublished: true }, viewer)).total).toBe(0);
    expect((await h.call('infodesk.save', { ...base, title: 'Viewer' }, viewer)).ok).toBe(false);
    await h.ok('infodesk.setPublished', { id: hit!.id, published: true }, counter);
    expect(await titles('debat')).toEqual(['Debat klubi']);
  });
});

describe('handouts', () => {
  async function documentXml(data: string): Promise<string> {
    const zip = await JSZip.loadAsync(Buffer.from(data, 'base64'));
    return zip.file('word/document.xml')!.async('string');
  }

  it('prints one article as DOCX: letterhead in its language, body, bullets, contacts, link and QR image', async () => {
    const [lib] = (await search('kutubxona ish vaqti')).items;
    const file = await h.ok('infodesk.handout', { ids: [lib!.id], format: 'docx' }, viewer);
    expect(file.fileName).toMatch(/^infodesk_axborot-resurs-markazi.*\.docx$/);
    const xml = await documentXml(file.data);
    for (const text of [
      'NAMUNA DAVLAT UNIVERSITETI',
      'Axborot-resurs markazi (kutubxona): ish vaqti',
      'Kitob olish uchun talaba guvohnomasi kerak.',
      '•  Shanba: 9:00–17:00',
      'Bogʻlanish:',
      'Bosh bino, 1-qavat, 105-xona',
      'https://namuna.example.uz/kutubxona',
    ])
      expect(xml).toContain(text);
    expect(xml).toContain('<w:drawing>');
  });

  it('prints a category in one file, a sheet per article, and the HTML print view with the QR code', async () => {
    const file = await h.ok('infodesk.handout', { category: 'services', lang: 'ru', format: 'docx' }, counter);
    const xml = await documentXml(file.data);
    expect(file.fileName).toBe('infodesk_services.docx');
    expect(xml).toContain('ОБРАЗЦОВЫЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ');
    expect(xml).toContain('Общежитие: как подать заявление');
    expect(xml).toContain('Медицинский пункт');
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(1);
    const html = await h.ok('infodesk.handout', { category: 'studyAbroad', format: 'html' }, counter);
    expect(html.data).toContain('data-payload="https://eyuf.uz"');
    expect(html.data).toContain('<svg');
  });

  it('answers a missing article or an empty section with a clean error', async () => {
    const missing = await h.call('infodesk.handout', SAMPLE_INPUTS['infodesk.handout'], counter);
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
    const empty = await h.call('infodesk.handout', { category: 'other', lang: 'en', format: 'html' }, counter);
    expect(empty.ok || empty.error.key).toBe('error.infodesk.emptySelection');
    const both = await h.call('infodesk.handout', { category: 'other', ids: [], format: 'html' }, counter);
    expect(both.ok).toBe(false);
  });
});
