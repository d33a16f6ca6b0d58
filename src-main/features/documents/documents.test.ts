import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { seedAcademic, type AcademicFixture } from '../../../test/support/academic-fixtures';
import { ADMIN_PASSWORD, startHarness, type Harness } from '../../../test/support/harness';
import { SAMPLE_INPUTS } from '../../../test/support/sample-inputs';
import { parsePayload, toBase64Url } from '../../../src-shared/domain/documents/qr-payload';

async function documentXml(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return zip.file('word/document.xml')!.async('string');
}

/** Changes one character of the payload's body (keeps it base64url) — what a forger would try. */
function tamper(payload: string): string {
  const [prefix, body, sig] = payload.split('.') as [string, string, string];
  const i = Math.floor(body.length / 2);
  const swapped = body[i] === 'A' ? 'B' : 'A';
  return `${prefix}.${body.slice(0, i)}${swapped}${body.slice(i + 1)}.${sig}`;
}

describe('document engine: enrolment certificate', () => {
  let h: Harness;
  let f: AcademicFixture;
  let front: string;
  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer);
    await h.ok(
      'institution.update',
      {
        ...SAMPLE_INPUTS['institution.update'],
        nameUzLatn: 'Fargʻona davlat universiteti',
        nameRu: 'Ферганский государственный университет',
        nameEn: 'Fergana State University',
        signatories: [{ role: 'office_head', position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' }],
      },
      h.adminToken,
    );
    front = await h.signInAs('front_office');
  });
  afterEach(() => h.dispose());

  it('previews without a number, then issues gap-free numbers with a signed QR and a snapshot', async () => {
    const student = f.students[0]!;
    const preview = await h.ok(
      'documents.preview',
      { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' },
      front,
    );
    expect(preview.holds).toEqual([]);
    expect(preview.html).toContain('OʻQISH JOYIDAN MAʼLUMOTNOMA');
    expect(preview.html).toContain('СПРАВКА С МЕСТА УЧЕБЫ');
    expect(preview.html).toContain('NAMUNA');
    expect(preview.html).toContain('№ —');

    const first = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' }, front);
    const second = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: f.students[1]!.id, lang: 'ru' },
      front,
    );
    const english = await h.ok('documents.issue', { type: 'enrolment-en', studentId: student.id, lang: 'en' }, front);
    expect([first.registerNumber, second.registerNumber, english.registerNumber]).toEqual([
      '1/2026',
      '2/2026',
      '1/2026',
    ]);
    expect(first.issuedByName).toMatch(/^User /);
    expect(first.holderName).toBe(student.name);

    const parsed = parsePayload(first.payload);
    expect(parsed.ok && parsed.fields).toMatchObject({
      type: 'enrolment',
      registerNumber: '1/2026',
      issuedOn: '2026-11-28',
    });

    const html = await h.ok('documents.render', { id: first.id, format: 'html' }, front);
    expect(html.data).toContain('№ 1/2026');
    expect(html.data).not.toContain('NAMUNA');
    expect(html.data).toContain('<svg');

    const docx = await h.ok('documents.render', { id: first.id, format: 'docx' }, front);
    const xml = await documentXml(docx.data);
    for (const text of [
      'OʻQISH JOYIDAN MAʼLUMOTNOMA',
      '№ 1/2026',
      student.name,
      'Registrator ofisi boshligʻi',
      'N. Qoʻchqorova',
    ])
      expect(xml).toContain(text);
    expect(xml).toContain('w:drawing'); // the QR image

    const en = await documentXml((await h.ok('documents.render', { id: english.id, format: 'docx' }, front)).data);
    expect(en).toContain('CERTIFICATE OF ENROLMENT');
    expect(en).toContain('Fergana State University');

    const list = await h.ok('documents.list', { studentId: student.id }, front);
    expect(list.items.map((d) => d.id).sort()).toEqual([first.id, english.id].sort());
  });

  it('reprints from the snapshot, not from data changed since', async () => {
    const student = f.students[0]!;
    const doc = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' }, front);
    h.backend.services.store.writer
      .prepare("update students set last_name_lat = 'Boshqa' where id = ?")
      .run(student.id);
    const html = await h.ok('documents.render', { id: doc.id, format: 'html' }, front);
    expect(html.data).toContain(student.name);
    expect(html.data).not.toContain('Boshqa');
  });

  it('verifies: valid, any changed character invalid, void after voiding with a reason', async () => {
    const doc = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: f.students[0]!.id, lang: 'uz-Latn' },
      front,
    );
    const ok = await h.ok('documents.verify', { payload: doc.payload }, front);
    expect(ok.status).toBe('valid');
    expect(ok.certifies?.holderName).toBe(f.students[0]!.name);

    expect((await h.ok('documents.verify', { payload: tamper(doc.payload) }, front)).status).toBe('invalid');
    // Every single-character change of the whole payload is rejected, not only in the body.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 4; i < doc.payload.length; i += 7) {
      if (doc.payload[i] === '.') continue;
      const c = alphabet[(alphabet.indexOf(doc.payload[i]!) + 1) % 64]!;
      const changed = doc.payload.slice(0, i) + c + doc.payload.slice(i + 1);
      expect((await h.ok('documents.verify', { payload: changed }, front)).status, `position ${i}`).not.toBe('valid');
    }
    const foreignKey = doc.payload.replace(/^RG1\.([^.]+)/, (_m, body: string) => {
      const text = Buffer.from(body, 'base64url')
        .toString('utf8')
        .replace(/^[0-9a-f]{16}/, 'ffffffffffffffff');
      return `RG1.${toBase64Url(new TextEncoder().encode(text))}`;
    });
    expect((await h.ok('documents.verify', { payload: foreignKey }, front)).status).toBe('unknownKey');

    const refused = await h.call('documents.void', { id: doc.id, reason: '' }, front);
    expect(!refused.ok && refused.error.code).toBe('VALIDATION');
    const voided = await h.ok('documents.void', { id: doc.id, reason: 'Xato familiya bilan chiqarildi' }, front);
    expect(voided.status).toBe('void');
    const after = await h.ok('documents.verify', { payload: doc.payload }, front);
    expect(after.status).toBe('void');
    expect(after.document?.voidReason).toBe('Xato familiya bilan chiqarildi');
    // The number is never given again.
    const next = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: f.students[0]!.id, lang: 'uz-Latn' },
      front,
    );
    expect(next.registerNumber).toBe('2/2026');
  });

  it('holds: a student who is not studying gets no certificate unless a head overrides with a reason', async () => {
    const student = f.students[0]!;
    h.backend.services.store.writer.prepare("update students set status = '12' where id = ?").run(student.id);
    const preview = await h.ok(
      'documents.preview',
      { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' },
      front,
    );
    expect(preview.holds.map((x) => x.rule)).toEqual(['notStudying']);
    const refused = await h.call(
      'documents.issue',
      { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' },
      front,
    );
    expect(!refused.ok && refused.error.key).toBe('error.documents.held');
    const notHead = await h.call(
      'documents.issue',
      { type: 'enrolment', studentId: student.id, lang: 'uz-Latn', overrideReason: 'Sud soʻrovi' },
      front,
    );
    expect(!notHead.ok && notHead.error.code).toBe('FORBIDDEN');
    const head = await h.signInAs('head');
    const doc = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: student.id, lang: 'uz-Latn', overrideReason: 'Sud soʻrovi' },
      head,
    );
    // The refused attempts used no number.
    expect(doc.registerNumber).toBe('1/2026');
    expect(doc.overrideReason).toBe('Sud soʻrovi');
  });

  it('the office chooses which types a hold stops; a clerk may not change that', async () => {
    const student = f.students[0]!;
    h.backend.services.store.writer.prepare("update students set status = '14' where id = ?").run(student.id);
    const rules = await h.ok('documents.holdRules', {}, front);
    expect(rules.rules.find((r) => r.id === 'notStudying')?.types).toContain('enrolment');
    expect((await h.call('documents.setHoldRules', { rules: [{ id: 'notStudying', types: [] }] }, front)).ok).toBe(
      false,
    );
    const bad = await h.call('documents.setHoldRules', { rules: [{ id: 'noSuchRule', types: [] }] }, h.adminToken);
    expect(!bad.ok && bad.error.details?.issues).toEqual([
      { path: 'rules.noSuchRule', key: 'documents.hold.unknownRule' },
    ]);
    await h.ok('documents.setHoldRules', { rules: [{ id: 'notStudying', types: ['enrolment-en'] }] }, h.adminToken);
    // A graduate may now get the Uzbek certificate at the counter; the English one is still held.
    const doc = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' }, front);
    expect(doc.overrideReason).toBeNull();
    const en = await h.call('documents.issue', { type: 'enrolment-en', studentId: student.id, lang: 'en' }, front);
    expect(!en.ok && en.error.key).toBe('error.documents.held');
  });

  it('register formats: validated, applied, and a repeated number is refused without using one', async () => {
    const bad = await h.call('documents.setRegisterFormat', { type: 'enrolment', format: '{yyyy}' }, h.adminToken);
    expect(!bad.ok && bad.error.details?.issues).toEqual([{ path: 'format', key: 'documents.format.noSeq' }]);
    await h.ok('documents.setRegisterFormat', { type: 'enrolment', format: 'RO-{seq:4}/{yy}' }, h.adminToken);
    const doc = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: f.students[0]!.id, lang: 'uz-Latn' },
      front,
    );
    expect(doc.registerNumber).toBe('RO-0001/26');
    const formats = await h.ok('documents.registerFormats', {}, front);
    expect(formats.formats.find((x) => x.type === 'enrolment')).toEqual({
      type: 'enrolment',
      format: 'RO-{seq:4}/{yy}',
      lastSeq: 1,
    });

    // A format without the year: next year's 1 collides with this year's 1 and is refused, number unused.
    await h.ok('documents.setRegisterFormat', { type: 'enrolment-en', format: 'EN-{seq}' }, h.adminToken);
    await h.ok('documents.issue', { type: 'enrolment-en', studentId: f.students[0]!.id, lang: 'en' }, front);
    h.clock.advance(40 * 24 * 3600_000);
    // Sessions expired meanwhile: sign in again.
    front = (await h.ok('auth.signIn', { login: 'admin', password: ADMIN_PASSWORD })).token;
    const dup = await h.call(
      'documents.issue',
      { type: 'enrolment-en', studentId: f.students[0]!.id, lang: 'en' },
      front,
    );
    expect(!dup.ok && dup.error.key).toBe('error.documents.numberTaken');
    const journals = h.backend.services.store.reader
      .prepare("select count(*) as n from document_journals where type = 'enrolment-en'")
      .get() as { n: number };
    expect(journals.n).toBe(1);
  });

  it('the register is append-only in the database itself', async () => {
    const doc = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: f.students[0]!.id, lang: 'uz-Latn' },
      front,
    );
    const w = h.backend.services.store.writer;
    expect(() => w.prepare('delete from issued_documents where id = ?').run(doc.id)).toThrow(/append-only/);
    expect(() => w.prepare("update issued_documents set register_number = '9/2026' where id = ?").run(doc.id)).toThrow(
      /append-only/,
    );
    expect(() => w.prepare("update issued_documents set snapshot = '{}' where id = ?").run(doc.id)).toThrow(
      /append-only/,
    );
  });

  it('exports the register book and the static verification page with the public key', async () => {
    const doc = await h.ok(
      'documents.issue',
      { type: 'enrolment', studentId: f.students[0]!.id, lang: 'uz-Latn' },
      front,
    );
    await h.ok('documents.void', { id: doc.id, reason: 'Sinov uchun bekor qilindi' }, front);
    const book = await h.ok('documents.exportRegister', { year: 2026 }, front);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(book.data, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(2).value).toBe('1/2026');
    expect(ws.getRow(2).getCell(8).value).toBe('Bekor qilingan');
    expect(ws.getRow(2).getCell(9).value).toBe('Sinov uchun bekor qilindi');

    const keys = await h.ok('documents.keys', {}, front);
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]!.pem).toContain('BEGIN PUBLIC KEY');
    const page = await h.ok('documents.verificationPage', {}, front);
    expect(page.data).toContain(Buffer.from(keys.keys[0]!.publicKey, 'base64').toString('base64url'));
  });
});
