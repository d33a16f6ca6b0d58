import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAcademic, type AcademicFixture } from '../../../../test/support/academic-fixtures';
import { startHarness, type Harness } from '../../../../test/support/harness';
import { SAMPLE_INPUTS } from '../../../../test/support/sample-inputs';
import { buildDocx, p, partXml, row, table, visibleText } from './docx-fixtures';

const b64 = (b: Buffer) => b.toString('base64');

/** An office's certificate: a split placeholder, a table, a group section, the QR and logo slots. */
async function officeTemplate(marker: string): Promise<Buffer> {
  return buildDocx(
    [
      p('{{%logo:20mm}}'),
      p({ text: '{{institution}}', bold: true }),
      p(marker),
      p('№ {{register', { text: 'Number}}', bold: true }, ' · {{issuedOn}}'),
      table(
        row(['F.I.Sh.'], ['{{full', 'Name}}']),
        row(['JShShIR'], ['{{pinfl}}']),
        row(['Guruh'], ['{{group}}, {{course}}']),
      ),
      p('{{#signer}}{{position}} ________ {{fullName}}{{/signer}}'),
      p('{{%qr:30mm}}'),
      p('{{qrCaption}}'),
    ],
    [p('{{holderName}} — {{studentIdNumber}}')],
  );
}

describe('office templates: upload, check, preview, activate, issue', () => {
  let h: Harness;
  let f: AcademicFixture;
  let head: string;
  let front: string;
  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer);
    await h.ok(
      'institution.update',
      {
        ...SAMPLE_INPUTS['institution.update'],
        nameUzLatn: 'Fargʻona davlat universiteti',
        signatories: [{ role: 'office_head', position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' }],
      },
      h.adminToken,
    );
    head = await h.signInAs('head');
    front = await h.signInAs('front_office');
  });
  afterEach(() => h.dispose());

  const upload = (docx: Buffer, name = 'Ofis shabloni', token = head) =>
    h.call('templates.upload', { type: 'enrolment', name, fileName: 'malumotnoma.docx', data: b64(docx) }, token);

  it('issues with the active template and renders its DOCX from the snapshot, QR included', async () => {
    const student = f.students[0]!;
    const uploaded = await upload(await officeTemplate('VERSIYA-BIR'));
    expect(uploaded.ok).toBe(true);
    const v1 = uploaded.ok ? uploaded.data : null!;
    expect(v1).toMatchObject({ version: 1, status: 'draft', type: 'enrolment' });
    expect(v1.report.fields).toEqual(
      expect.arrayContaining(['institution', 'registerNumber', 'issuedOn', 'fullName', 'pinfl', 'position']),
    );
    expect(v1.report.images.sort()).toEqual(['logo', 'qr']);
    expect(v1.report.loops).toEqual(['signer']);

    // A draft is not used: the document is still printed with the built-in layout.
    const before = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' }, front);
    expect(before.templateVersion).toBe('builtin-1');

    const preview = await h.ok('templates.preview', { id: v1.id, studentId: student.id }, head);
    const previewText = visibleText(await partXml(Buffer.from(preview.data, 'base64')));
    expect(previewText).toContain('NAMUNA');
    expect(previewText).toContain(student.name);
    expect(previewText).toContain('№ —');

    await h.ok('templates.activate', { id: v1.id }, head);
    const doc = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'uz-Latn' }, front);
    expect(doc.templateVersion).toBe(`template-${v1.id}@1`);

    const rendered = Buffer.from(
      (await h.ok('documents.render', { id: doc.id, format: 'docx' }, front)).data,
      'base64',
    );
    const xml = await partXml(rendered);
    const text = visibleText(xml);
    for (const value of [
      'VERSIYA-BIR',
      'Fargʻona davlat universiteti',
      `№ ${doc.registerNumber} · 28.11.2026`,
      student.name,
      'Registrator ofisi boshligʻi ________ N. Qoʻchqorova',
      'Hujjat haqiqiyligini QR kod orqali tekshiring',
    ])
      expect(text).toContain(value);
    expect(text).not.toContain('{{');
    expect(text).not.toContain('NAMUNA');
    const zip = await JSZip.loadAsync(rendered);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/template-image-'));
    expect(media).toHaveLength(1); // the QR; no logo is on file
    expect(xml).toContain('<wp:extent cx="1080000" cy="1080000"/>');
    const header = Object.keys(zip.files).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(visibleText(await partXml(rendered, header))).toContain(`${student.name} — ${student.idNumber}`);

    // Screen and print keep the built-in layout.
    const html = await h.ok('documents.render', { id: doc.id, format: 'html' }, front);
    expect(html.data).toContain('OʻQISH JOYIDAN MAʼLUMOTNOMA');

    // A voided document says so on the template too.
    await h.ok('documents.void', { id: doc.id, reason: 'Xato chiqarildi' }, front);
    const voided = await h.ok('documents.render', { id: doc.id, format: 'docx' }, front);
    expect(visibleText(await partXml(Buffer.from(voided.data, 'base64')))).toContain('BEKOR QILINGAN');
  });

  it('keeps versions: a new version is a new row, activating it retires the old one, old documents keep theirs', async () => {
    const student = f.students[1]!;
    const file1 = await officeTemplate('VERSIYA-BIR');
    const v1 = await h.ok(
      'templates.upload',
      { type: 'enrolment', name: 'Birinchi', fileName: 'a.docx', data: b64(file1) },
      head,
    );
    await h.ok('templates.activate', { id: v1.id }, head);
    const first = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'ru' }, front);

    const v2 = await h.ok(
      'templates.upload',
      { type: 'enrolment', name: 'Ikkinchi', fileName: 'b.docx', data: b64(await officeTemplate('VERSIYA-IKKI')) },
      h.adminToken,
    );
    expect(v2.version).toBe(2);
    await h.ok('templates.activate', { id: v2.id }, h.adminToken);
    const list = await h.ok('templates.list', { type: 'enrolment' }, head);
    expect(list.items.map((t) => [t.version, t.status])).toEqual([
      [2, 'active'],
      [1, 'retired'],
    ]);
    const second = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'ru' }, front);
    expect(second.templateVersion).toBe(`template-${v2.id}@2`);

    const textOf = async (id: string) =>
      visibleText(
        await partXml(Buffer.from((await h.ok('documents.render', { id, format: 'docx' }, front)).data, 'base64')),
      );
    expect(await textOf(first.id)).toContain('VERSIYA-BIR');
    expect(await textOf(second.id)).toContain('VERSIYA-IKKI');

    // The file itself comes back as uploaded.
    const original = await h.ok('templates.download', { id: v1.id }, head);
    expect(original).toMatchObject({ fileName: 'a.docx', data: b64(file1) });

    // Retired: the type falls back to the built-in layout.
    await h.ok('templates.retire', { id: v2.id }, head);
    const third = await h.ok('documents.issue', { type: 'enrolment', studentId: student.id, lang: 'ru' }, front);
    expect(third.templateVersion).toBe('builtin-1');
    const builtin = await textOf(third.id);
    expect(builtin).toContain('СПРАВКА С МЕСТА УЧЕБЫ');
    expect(builtin).not.toContain('VERSIYA');

    // A version is never edited nor deleted, even past the app.
    const sqlite = h.backend.services.store.writer;
    expect(() => sqlite.prepare("update document_templates set name = 'x' where id = ?").run(v1.id)).toThrow(
      /never edited/,
    );
    expect(() => sqlite.prepare('delete from document_templates where id = ?').run(v1.id)).toThrow(/retire/);
  });

  it('refuses a broken template with a clear error, and writes nothing', async () => {
    const refused = async (docx: Buffer) => {
      const res = await upload(docx);
      if (res.ok) throw new Error('accepted');
      return res.error;
    };
    const unknown = await refused(await buildDocx([p('{{fullName}} {{familiya}}'), p('{{otasi', 'ning_ismi}}')]));
    expect(unknown).toMatchObject({
      code: 'VALIDATION',
      key: 'error.templates.unknownField',
      params: { tags: '{{familiya}}, {{otasining_ismi}}' },
    });

    expect((await refused(Buffer.from('PK\u0003\u0004 this is no zip'))).key).toBe('error.templates.notDocx');
    const unbalanced = await refused(await buildDocx([p('{{#signer}}{{position}}')]));
    expect(unbalanced).toMatchObject({ key: 'error.templates.unbalanced', params: { tags: '{{#signer}}' } });
    const crossed = await refused(await buildDocx([p('{{#signer}}'), table(row(['{{position}}{{/signer}}']))]));
    expect(crossed.key).toBe('error.templates.loopLevel');
    const big = await refused(Buffer.concat([await officeTemplate('x'), Buffer.alloc(5 * 1024 * 1024)]));
    expect(big).toMatchObject({ key: 'error.templates.tooLarge', params: { max: '5 MB' } });

    expect((await h.ok('templates.list', {}, head)).items).toEqual([]);
  });

  it('lets only managers upload, activate and see templates', async () => {
    const docx = await officeTemplate('x');
    for (const role of ['front_office', 'back_office', 'archive', 'viewer'] as const) {
      const token = await h.signInAs(role);
      const res = await upload(docx, 'x', token);
      expect(!res.ok && res.error.code, role).toBe('FORBIDDEN');
      const list = await h.call('templates.list', {}, token);
      expect(!list.ok && list.error.code, role).toBe('FORBIDDEN');
    }
    expect((await upload(docx, 'x', head)).ok).toBe(true);
    expect((await upload(docx, 'x', h.adminToken)).ok).toBe(true);
  });

  it('documents the fields of every type from the snapshot, with examples', async () => {
    const { types } = await h.ok('templates.fields', {}, head);
    const enrolment = types.find((t) => t.type === 'enrolment')!;
    const tags = enrolment.fields.map((x) => x.tag);
    for (const tag of ['{{fullName}}', '{{pinfl}}', '{{registerNumber}}', '{{issuedOn}}', '{{signer.position}}'])
      expect(tags).toContain(tag);
    for (const tag of ['{{%qr}}', '{{%logo}}', '{{%photo}}']) expect(tags).toContain(tag);
    expect(enrolment.fields.find((x) => x.path === 'fullName')).toMatchObject({
      labelKey: 'doc.field.fullName',
      example: 'Gʻulomova Oʻgʻiloy Baxtiyor qizi',
    });
  });
});
