import { describe, expect, it } from 'vitest';
import type { IssueMeta } from './document-type';
import { dormitoryCertificate, type DormitoryExtra } from './dormitory';
import type { Block } from './model';
import { modelText, sampleSource } from './sample-source';

const META: IssueMeta = { registerNumber: 'TJ-4/2026', issuedOn: '2026-11-28', qr: null, logo: '' };
const TYPED: DormitoryExtra = {
  dormitory: '3-son turar joy, Talabalar koʻchasi, 7',
  room: '214',
  placementOrder: '№ 45-T, 01.09.2026',
};

const rowsOf = (blocks: Block[]) =>
  Object.fromEntries(
    blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.map((r) => [r.label, r.value] as const) : [])),
  );

describe('dormitory certificate', () => {
  it('prints what the counter typed and the accommodation (HEMIS code 15)', () => {
    const d = dormitoryCertificate.build(sampleSource({}, TYPED), 'uz-Latn');
    const model = dormitoryCertificate.layout(d, META);
    expect(rowsOf(model.blocks)).toMatchObject({
      'Yashash joyi': 'Talabalar turar joyida',
      'Turar joy (bino, manzil)': '3-son turar joy, Talabalar koʻchasi, 7',
      'Xona raqami': '214',
      'Joylashtirish toʻgʻrisidagi buyruq': '№ 45-T, 01.09.2026',
      'Yashash muddati': '«___» ____________ 20___ y. dan «___» ____________ 20___ y. gacha',
    });
    const text = modelText(model);
    expect(text).toContain('TALABALAR TURAR JOYIDA YASHASHI HAQIDA MAʼLUMOTNOMA');
    expect(text.join('\n')).toContain('2026-2027 oʻquv yilida');
  });

  it.each([
    ['uz-Cyrl', 'Талабалар турар жойи мудири', 'Талабалар турар жойида', '№ ________ «___» ____________ 20___ й.'],
    ['ru', 'Заведующий общежитием', 'В студенческом общежитии', '№ ________ от «___» ____________ 20___ г.'],
    ['en', 'Head of the dormitory', 'Student dormitory', 'No. ________ of ____ ______________ 20___'],
  ] as const)(
    '%s: nothing known is a line to fill; the dormitory head signs by hand, then the dean',
    (lang, head, where, order) => {
      const d = dormitoryCertificate.build(sampleSource(), lang);
      const model = dormitoryCertificate.layout(d, META);
      const rows = Object.values(rowsOf(model.blocks));
      expect(rows).toContain(where);
      expect(rows).toContain(order);
      expect(rows.filter((v) => v === ' ')).toHaveLength(2); // building and room
      const sign = model.blocks.find((b): b is Extract<Block, { kind: 'signatures' }> => b.kind === 'signatures')!;
      expect(sign.rows).toEqual([
        { position: head, name: '' },
        { position: 'Iqtisodiyot fakulteti dekani', name: 'A. Karimov' },
      ]);
    },
  );
});
