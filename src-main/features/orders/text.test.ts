import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CLAUSES } from '../../../src-shared/domain/order-clauses';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { SAMPLE_INPUTS } from '../../../test/support/sample-inputs';
import { defaultClauseTexts } from './clauses';
import { approve, draft, failure, rows } from './lifecycle-test-support';
import { orderTextsFor } from './text';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
  await h.ok(
    'institution.update',
    {
      ...SAMPLE_INPUTS['institution.update'],
      nameUzLatn: 'Fargʻona davlat universiteti',
      nameRu: 'Ферганский государственный университет',
      city: 'Fargʻona',
      signatories: [
        { role: 'rector', position: 'Rektor', fullName: 'A. Rektorov' },
        { role: 'office_head', position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' },
      ],
    },
    h.adminToken,
  );
});
afterEach(() => h.dispose());

const leave = (studentId: string, reason = '12') => ({
  studentId,
  effectiveDate: '2026-12-01',
  reason,
  leaveUntil: '2027-08-31',
});

/** Paragraph texts of a .docx, runs joined. */
async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

describe('order text from the database', () => {
  it('names the students as recorded, with faculty, course, group and payment, and the rector under a draft', async () => {
    const db = h.backend.services.store.writer;
    db.prepare("update students set payment_form = '12', gender = '12' where id = ?").run(f.students.weak.id);
    db.prepare("update departments set name_ru = 'Экономический факультет' where id = ?").run(f.facultyId);
    db.prepare("update students set last_name_cyr = 'Алиев', first_name_cyr = 'Бобур' where id = ?").run(
      f.students.good.id,
    );
    const order = await draft(h, 'academicLeave', [leave(f.students.good.id), leave(f.students.weak.id, '15')]);
    const texts = orderTextsFor(h.backend.services.store.reader, order.id);
    expect(texts).toEqual(order.text);
    const uz = texts['uz-Latn'];
    expect(uz).toMatchObject({
      institution: 'Fargʻona davlat universiteti',
      dateLine: '«____» ____________ 20___-yil',
      numberLine: '№ ________',
      place: 'Fargʻona sh.',
      title: 'Talabalarga akademik taʼtil berish toʻgʻrisida',
      signature: { position: 'Rektor', name: 'A. Rektorov' },
    });
    // The clause library's defaults were copied into the draft.
    expect(uz.preamble).toContain('344-son');
    expect(uz.paragraphs.map((p) => p.text)).toEqual([
      'Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Boburga (davlat granti) salomatligini tiklash uchun 2026-yil 1-dekabrdan 2027-yil 31-avgustgacha akademik taʼtil berilsin.',
      'Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Karimova Dilnozaga (toʻlov-shartnoma) oilasining betob aʼzosini parvarish qilish uchun 2026-yil 1-dekabrdan 2027-yil 31-avgustgacha akademik taʼtil berilsin.',
    ]);
    expect(uz.paragraphs.map((p) => p.studentIds)).toEqual([[f.students.good.id], [f.students.weak.id]]);
    const ru = texts.ru;
    expect(ru.institution).toBe('Ферганский государственный университет');
    expect(ru.signature.position).toBe('Ректор');
    expect(ru.paragraphs[0]!.text).toMatch(
      /^Алиев Бобур, студент 2 курса группы IQT-24 \(Экономический факультет, государственный грант\), — /,
    );
    expect(ru.paragraphs[1]!.text).toMatch(/^Karimova Dilnoza, студентка .* по уходу за больным членом семьи\.$/);
  });

  it('a revocation cites the paragraph of the revoked order that named the student', async () => {
    const { good, weak } = f.students;
    const leaveOrder = await draft(h, 'academicLeave', [leave(good.id), leave(weak.id)]);
    await approve(h, leaveOrder.id, { number: '45-T', orderDate: '2026-11-20' });
    await h.ok('orders.apply', { id: leaveOrder.id }, h.adminToken);
    const revocation = await h.ok(
      'orders.reverse',
      { id: leaveOrder.id, studentIds: [weak.id], effectiveDate: '2026-12-10' },
      h.adminToken,
    );
    const uz = revocation.text['uz-Latn'];
    expect(uz.title).toBe('2026-yil 20-noyabrdagi 45-T-sonli buyruqning bandini bekor qilish toʻgʻrisida');
    expect(uz.paragraphs[0]!.text).toContain(
      'Karimova Dilnozaga nisbatan 2026-yil 20-noyabrdagi 45-T-sonli buyruqning 2-bandi 2026-yil 10-dekabrdan bekor qilinsin.',
    );
    expect(revocation.text.ru.paragraphs[0]!.text).toContain('отменить пункт 2 приказа от 20 ноября 2026 г. № 45-T');
  });
});

describe('clause library channels', () => {
  it('returns the defaults until the office saves its own; new drafts copy the saved defaults', async () => {
    const back = await h.signInAs('back_office');
    const initial = await h.ok('orders.clauses', {}, back);
    expect(initial.clauses).toEqual(DEFAULT_CLAUSES);
    const own = initial.clauses.map((c) =>
      c.id === 'basis.application' ? { ...c, textUz: 'talabaning arizasi, dekanat bildirgisi, maʼlumotnoma.' } : c,
    );
    const saved = await h.ok('orders.saveClauses', { clauses: own }, back);
    expect(saved.clauses).toEqual(own);
    expect((await h.ok('orders.clauses', {}, back)).clauses).toEqual(own);
    expect(defaultClauseTexts(h.backend.services.store.reader, 'expulsion').basisUz).toBe(
      'talabaning arizasi, dekanat bildirgisi, maʼlumotnoma.',
    );
    const order = await draft(h, 'expulsion', [
      { studentId: f.students.good.id, effectiveDate: '2026-12-01', reason: '11' },
    ]);
    expect(order.basisUz).toBe('talabaning arizasi, dekanat bildirgisi, maʼlumotnoma.');
    expect(order.text['uz-Latn'].basis).toBe('Asos: talabaning arizasi, dekanat bildirgisi, maʼlumotnoma.');
    const audit = rows(h, "select command from audit_log where command = 'orders.saveClauses'");
    expect(audit).toHaveLength(1);
  });

  it('refuses a library with a repeated id or two defaults for one type, naming the rows; nothing is saved', async () => {
    const clauses = [
      { id: 'a', kind: 'preamble', types: ['expulsion'], textUz: 'A', textRu: 'А', isDefault: true },
      { id: 'a', kind: 'preamble', types: [], textUz: 'B', textRu: 'Б', isDefault: false },
      { id: 'c', kind: 'preamble', types: ['transfer', 'expulsion'], textUz: 'C', textRu: 'В', isDefault: true },
    ];
    const error = await failure(h.call('orders.saveClauses', { clauses }, h.adminToken));
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect(error.details?.issues).toEqual([
      { path: 'clauses.1.id', key: 'orders.clauses.duplicateId', params: { row: 1 } },
      { path: 'clauses.2.isDefault', key: 'orders.clauses.twoDefaults', params: { row: 1, type: 'expulsion' } },
    ]);
    expect((await h.ok('orders.clauses', {}, h.adminToken)).clauses).toEqual(DEFAULT_CLAUSES);
  });
});

describe('orders.render', () => {
  it('draws a draft with "QORALAMA" across it, and the approved text as DOCX, PDF and HTML in both languages', async () => {
    const order = await draft(h, 'academicLeave', [leave(f.students.good.id)]);
    const preview = await h.ok('orders.render', { id: order.id, lang: 'uz-Latn', format: 'html' }, h.adminToken);
    expect(preview).toMatchObject({ fileName: 'buyruq_draft.html', mimeType: 'text/html' });
    expect(preview.data).toContain('QORALAMA');
    expect(preview.data).toContain('BUYURAMAN:');

    await approve(h, order.id, { number: '45-T', orderDate: '2026-11-27' });
    // The frozen text is drawn, not today's data.
    h.backend.services.store.writer
      .prepare("update students set last_name_lat = 'Boshqa' where id = ?")
      .run(f.students.good.id);
    const docx = await h.ok('orders.render', { id: order.id, lang: 'uz-Latn', format: 'docx' }, h.adminToken);
    expect(docx.fileName).toBe('buyruq_45-T.docx');
    const text = await docxText(docx.data);
    for (const line of [
      'FARGʻONA DAVLAT UNIVERSITETI',
      'BUYRUQ',
      '2026-yil 27-noyabr№ 45-T', // left and right of one line, a tab between
      'Fargʻona sh.',
      'Talabaga akademik taʼtil berish toʻgʻrisida',
      'BUYURAMAN:',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Boburga (davlat granti) salomatligini tiklash uchun 2026-yil 1-dekabrdan 2027-yil 31-avgustgacha akademik taʼtil berilsin.',
      '2. Mazkur buyruqning ijrosini nazorat qilish oʻquv ishlari boʻyicha prorektor zimmasiga yuklansin.',
      'Asos: talabaning arizasi',
      'A. Rektorov',
      'Kelishildi:',
      'Registrator ofisi boshligʻi',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain('QORALAMA');
    expect(text).not.toContain('Boshqa');

    const ru = await docxText(
      (await h.ok('orders.render', { id: order.id, lang: 'ru', format: 'docx' }, h.adminToken)).data,
    );
    expect(ru).toContain('ПРИКАЗЫВАЮ:');
    expect(ru).toContain('О предоставлении академического отпуска студенту');
    expect(ru).toContain('27 ноября 2026 г.');
    expect(ru).toContain('Согласовано:');

    const pdf = await h.ok('orders.render', { id: order.id, lang: 'ru', format: 'pdf' }, h.adminToken);
    const bytes = Buffer.from(pdf.data, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(pdf).toMatchObject({ fileName: 'prikaz_45-T.pdf', mimeType: 'application/pdf' });
  });

  it('answers an unknown order with NOT_FOUND', async () => {
    const error = await failure(h.call('orders.render', SAMPLE_INPUTS['orders.render'], h.adminToken));
    expect(error.code).toBe('NOT_FOUND');
  });
});
