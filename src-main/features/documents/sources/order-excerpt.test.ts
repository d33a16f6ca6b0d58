import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../../test/support/order-fixtures';
import { SAMPLE_INPUTS } from '../../../../test/support/sample-inputs';

/** The text of a .docx, runs joined per paragraph. */
async function docxText(data: Buffer): Promise<{ text: string; xml: string }> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
  return { text, xml };
}

async function finished(h: Harness, jobId: string) {
  for (;;) {
    const job = h.backend.services.jobs.get(jobId);
    if (job && job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

let h: Harness;
let f: OrderFixture;
let front: string;
let orderId: string;

const leave = (studentId: string) => ({
  studentId,
  effectiveDate: '2026-12-01',
  reason: '12',
  leaveUntil: '2027-08-31',
});

/** An academic-leave order for Aliyev and Karimova, approved as № 45-T of 27.11.2026 and applied. */
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
  const order = await h.ok(
    'orders.saveDraft',
    { type: 'academicLeave', lines: [leave(f.students.good.id), leave(f.students.weak.id)] },
    h.adminToken,
  );
  orderId = order.id;
  await h.ok(
    'orders.approve',
    { id: orderId, number: '45-T', orderDate: '2026-11-27', signerName: 'A. Rektorov', signerPosition: 'Rektor' },
    h.adminToken,
  );
  await h.ok('orders.apply', { id: orderId }, h.adminToken);
  front = await h.signInAs('front_office');
});
afterEach(() => h.dispose());

const excerpt = (studentId: string, lang = 'uz-Latn', params: Record<string, unknown> = { orderId }) => ({
  type: 'order-excerpt',
  studentId,
  lang,
  params,
});

describe('order excerpt from an applied order', () => {
  it('previews, then issues with a register number and QR: only this student’s paragraph, certified by the office', async () => {
    const { good, weak } = f.students;
    const preview = await h.ok('documents.preview', excerpt(good.id), front);
    expect(preview.holds).toEqual([]);
    expect(preview.html).toContain('BUYRUQDAN KOʻCHIRMA');
    expect(preview.html).toContain('NAMUNA');

    const doc = await h.ok('documents.issue', excerpt(good.id), front);
    expect(doc).toMatchObject({ type: 'order-excerpt', registerNumber: '1/2026', studentId: good.id });
    const file = await h.ok('documents.render', { id: doc.id, format: 'docx' }, front);
    const { text, xml } = await docxText(Buffer.from(file.data, 'base64'));
    for (const line of [
      'FARGʻONA DAVLAT UNIVERSITETI',
      'BUYRUQDAN KOʻCHIRMA',
      '2026-yil 27-noyabr№ 45-T',
      'Talabalarga akademik taʼtil berish toʻgʻrisida',
      '344-son',
      'BUYURAMAN:',
      '1. Iqtisodiyot fakulteti 2-kurs IQT-24 guruh talabasi Aliyev Boburga (davlat granti) salomatligini tiklash uchun 2026-yil 1-dekabrdan 2027-yil 31-avgustgacha akademik taʼtil berilsin.',
      'Asos: talabaning arizasi',
      'A. Rektorov',
      'Koʻchirma toʻgʻri:\nRegistrator ofisi boshligʻi',
      'N. Qoʻchqorova',
      '№ 1/2026',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain(weak.name);
    expect(text).not.toContain('Karimova');
    // The control clause belongs to the order, not to one student's excerpt.
    expect(text).not.toContain('zimmasiga yuklansin');
    expect(xml).toContain('w:drawing'); // the QR code

    const ru = await h.ok('documents.issue', excerpt(weak.id, 'ru'), front);
    const ruText = (
      await docxText(Buffer.from((await h.ok('documents.render', { id: ru.id, format: 'docx' }, front)).data, 'base64'))
    ).text;
    expect(ruText).toContain('ВЫПИСКА ИЗ ПРИКАЗА');
    expect(ruText).toContain('2. Karimova Dilnoza, студент 2 курса группы IQT-24');
    expect(ruText).toContain('Выписка верна:');
    expect(ruText).not.toContain('Aliyev');
  });

  it('refuses a student the order does not name, naming the order; an order that is not approved; no order at all', async () => {
    const notNamed = await h.call('documents.issue', excerpt(f.students.unknown.id), front);
    expect(!notNamed.ok && notNamed.error).toMatchObject({
      code: 'CONFLICT',
      key: 'error.documents.notInOrder',
      params: { number: '45-T', date: '27.11.2026' },
    });
    const draft = await h.ok(
      'orders.saveDraft',
      { type: 'academicLeave', lines: [leave(f.students.unknown.id)] },
      h.adminToken,
    );
    const notApproved = await h.call(
      'documents.preview',
      excerpt(f.students.unknown.id, 'uz-Latn', { orderId: draft.id }),
      front,
    );
    expect(!notApproved.ok && notApproved.error).toMatchObject({
      code: 'CONFLICT',
      key: 'error.documents.orderNotApproved',
    });
    const none = await h.call('documents.issue', excerpt(f.students.good.id, 'uz-Latn', {}), front);
    expect(!none.ok && none.error).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'params.orderId', key: 'validation.required' }] },
    });
    const english = await h.call('documents.issue', excerpt(f.students.good.id, 'en'), front);
    expect(!english.ok && english.error.code).toBe('VALIDATION');
    // Nothing refused used a number.
    expect((await h.ok('documents.list', { type: 'order-excerpt' }, front)).items).toEqual([]);
  });

  it('a batch for the order’s students: a file each with only their paragraph; a student not in the order is skipped', async () => {
    const { good, weak, unknown } = f.students;
    const { jobId, batchId } = await h.ok(
      'documents.batchStart',
      {
        type: 'order-excerpt',
        lang: 'uz-Latn',
        format: 'docx',
        studentIds: [good.id, unknown.id, weak.id],
        params: { orderId },
      },
      front,
    );
    expect((await finished(h, jobId)).state).toBe('succeeded');
    const batch = await h.ok('documents.batchGet', { batchId }, front);
    expect(batch).toMatchObject({ status: 'done', total: 3, issued: 2, firstNumber: '1/2026', lastNumber: '2/2026' });
    expect(batch.skipped).toEqual([{ studentId: unknown.id, name: unknown.name, key: 'documents.hold.notInOrder' }]);
    const archive = await JSZip.loadAsync(
      Buffer.from((await h.ok('documents.batchDownload', { batchId }, front)).data, 'base64'),
    );
    const names = Object.keys(archive.files).sort();
    expect(names).toHaveLength(2);
    const texts = await Promise.all(
      names.map(async (n) => (await docxText(await archive.file(n)!.async('nodebuffer'))).text),
    );
    expect(texts[0]).toContain('Aliyev Boburga');
    expect(texts[0]).not.toContain('Karimova');
    expect(texts[1]).toContain('Karimova Dilnozaga');
    expect(texts[1]).not.toContain('Aliyev');
  });

  it('a batch of a draft order is refused before it starts', async () => {
    const draft = await h.ok(
      'orders.saveDraft',
      { type: 'academicLeave', lines: [leave(f.students.unknown.id)] },
      h.adminToken,
    );
    const res = await h.call(
      'documents.batchStart',
      {
        type: 'order-excerpt',
        lang: 'uz-Latn',
        format: 'pdf',
        studentIds: [f.students.unknown.id],
        params: { orderId: draft.id },
      },
      front,
    );
    expect(!res.ok && res.error.key).toBe('error.documents.orderNotApproved');
    expect((await h.ok('documents.batchList', {}, front)).items).toEqual([]);
  });
});
