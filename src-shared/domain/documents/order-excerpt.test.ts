import { describe, expect, it } from 'vitest';
import { buildOrderTexts, type OrderTextStudent } from '../order-text';
import type { IssueMeta } from './document-type';
import type { Block } from './model';
import { COUNTER_TYPE_CODES, DOCUMENT_TYPE_CODES } from './catalog';
import { orderExcerpt, type OrderExcerptExtra } from './order-excerpt';
import { modelText, sampleSource } from './sample-source';

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
const META: IssueMeta = {
  registerNumber: 'BK-7/2026',
  issuedOn: '2026-12-05',
  qr: { content: 'RG1.a.b', caption: 'QR', sizeMm: 28 },
  logo: '',
};
const FACULTY = { 'uz-Latn': 'Iqtisodiyot fakulteti', ru: 'Экономический факультет' };

const line = (studentId: string, nameLat: string, over: Partial<OrderTextStudent> = {}): OrderTextStudent => ({
  studentId,
  nameLat,
  nameCyr: '',
  gender: '11',
  faculty: FACULTY,
  course: 2,
  group: 'IQT-24',
  paymentForm: '11',
  effectiveDate: '2026-12-01',
  reason: '12',
  leaveUntil: '2027-08-31',
  newGroup: null,
  newName: null,
  note: '',
  revokedParagraph: null,
  ...over,
});

function extra(type: 'academicLeave' | 'scholarship'): OrderExcerptExtra {
  const text = buildOrderTexts({
    type,
    number: '45-T',
    orderDate: '2026-11-27',
    institution: { 'uz-Latn': 'Fargʻona davlat universiteti', ru: 'Ферганский государственный университет' },
    city: 'Fargʻona',
    signer: { position: 'Rektor', name: 'A. Rektorov' },
    preamble: { 'uz-Latn': 'Nizomga muvofiq', ru: 'В соответствии с Положением' },
    control: { 'uz-Latn': 'Nazorat yuklansin.', ru: 'Контроль возложить.' },
    basis: { 'uz-Latn': 'talabaning arizasi.', ru: 'заявление студента.' },
    reverses: null,
    students: [
      line(OTHER, 'Karimova Dilnoza'),
      line(ME, 'Aliyev Bobur Rustam oʻgʻli', { note: 'Prezident stipendiyasi' }),
    ],
  });
  return { orderId: 'o1', type, number: '45-T', orderDate: '2026-11-27', text };
}

const paragraphsOf = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

describe('order excerpt (buyruqdan koʻchirma)', () => {
  it('keeps only this student’s paragraph, numbered as in the order, and leaves out the control clause', () => {
    const snap = orderExcerpt.build(sampleSource({}, extra('academicLeave')), 'uz-Latn');
    expect(snap).toMatchObject({
      heading: 'BUYRUQDAN KOʻCHIRMA',
      orderNumber: '45-T',
      orderDate: '27.11.2026',
      dateLine: '2026-yil 27-noyabr',
      numberLine: '№ 45-T',
      orderTitle: 'Talabalarga akademik taʼtil berish toʻgʻrisida',
      basis: 'Asos: talabaning arizasi.',
      signer: { position: 'Rektor', fullName: 'A. Rektorov' },
      certified: 'Koʻchirma toʻgʻri:',
      certifier: { position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' },
    });
    expect(snap.paragraphs).toHaveLength(1);
    expect(snap.paragraphs[0]!.no).toBe('2');
    const model = orderExcerpt.layout(snap, META);
    const paragraphs = paragraphsOf(model.blocks);
    expect(paragraphs.find((p) => p.startsWith('2. '))).toContain('Aliyev Bobur Rustam oʻgʻliga');
    const all = modelText(model).join('\n');
    expect(all).not.toContain('Karimova');
    expect(all).not.toContain('Nazorat yuklansin.');
    expect(all).toContain('BUYRUQDAN KOʻCHIRMA');
    expect(all).toContain('Koʻchirma toʻgʻri:\nRegistrator ofisi boshligʻi\nN. Qoʻchqorova');
    expect(all).toContain('№ BK-7/2026');
    const signatures = model.blocks.filter((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures');
    expect(signatures.map((s) => s.rows)).toEqual([
      [{ position: 'Rektor', name: 'A. Rektorov' }],
      [{ position: 'Registrator ofisi boshligʻi', name: 'N. Qoʻchqorova' }],
    ]);
    expect(signatures[1]!.qr?.content).toBe('RG1.a.b');
    expect(model.watermark).toBeUndefined();
  });

  it('of a list keeps the lead-in and only the student’s own item, with its number in the list; in Russian too', () => {
    const snap = orderExcerpt.build(sampleSource({}, extra('scholarship')), 'ru');
    expect(snap.heading).toBe('ВЫПИСКА ИЗ ПРИКАЗА');
    expect(snap.paragraphs).toEqual([
      {
        no: '1',
        text: 'Назначить стипендию с 1 декабря 2026 г. следующим студентам 2 курса группы IQT-24 (Экономический факультет):',
        // The stipend kind from the line's rate code (12), then the clerk's note as written.
        items: [
          {
            no: '2',
            text: 'Aliyev Bobur Rustam oʻgʻli (государственный грант) — стипендия Президента, Prezident stipendiyasi',
          },
        ],
      },
    ]);
    const model = orderExcerpt.layout(snap, { ...META, registerNumber: null, qr: null });
    expect(paragraphsOf(model.blocks)).toContain(
      '2) Aliyev Bobur Rustam oʻgʻli (государственный грант) — стипендия Президента, Prezident stipendiyasi',
    );
    expect(modelText(model).join('\n')).not.toContain('Karimova');
    expect(model.watermark).toBe('ОБРАЗЕЦ');
  });
});

describe('where an excerpt is issued', () => {
  it('is not offered in the card’s or the batch’s type list: it needs its order', () => {
    expect(COUNTER_TYPE_CODES).not.toContain('order-excerpt');
    // The contracts are issued from their own screen too (issuedFrom: 'contract').
    expect(COUNTER_TYPE_CODES).toEqual(
      DOCUMENT_TYPE_CODES.filter((c) => !['order-excerpt', 'payment-contract', 'restudy-contract'].includes(c)),
    );
  });
});
