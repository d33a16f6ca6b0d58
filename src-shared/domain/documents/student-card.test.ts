import { describe, expect, it } from 'vitest';
import type { IssueMeta } from './document-type';
import { CROP_MARK_MM, ID_CARD_GRID, ID_CARD_MM } from './model';
import { modelText, sampleSource } from './sample-source';
import { cardSheet, cardValidUntil, studentCard, studentCardFace } from './student-card';

const META: IssueMeta = {
  registerNumber: 'G-3/2026',
  issuedOn: '2026-11-28',
  qr: { content: 'RG1.c.d', caption: 'Check by QR', sizeMm: 28 },
  logo: '',
};
const PHOTO = 'data:image/png;base64,iVBORw0KGgo=';

describe('student ID card', () => {
  it.each([
    ['2026-2027', '2027-08-31'],
    ['2030-2031', '2031-08-31'],
    ['', ''],
  ])('a card of %s is valid until %s', (year, until) => expect(cardValidUntil(year)).toBe(until));

  it('the grid fills the ID-1 card exactly and eight cards fit on an A4 sheet', () => {
    const [a, b, c] = ID_CARD_GRID.columnsMm;
    expect(a + b + c).toBeCloseTo(ID_CARD_MM.width, 6);
    const sheet = cardSheet([], 'uz-Latn', '');
    const [top, right, bottom, left] = sheet.page.marginsMm;
    const cell = { w: ID_CARD_MM.width + 2 * CROP_MARK_MM, h: ID_CARD_MM.height + 2 * CROP_MARK_MM };
    expect(2 * cell.w).toBeLessThanOrEqual(210 - left - right);
    expect(4 * cell.h).toBeLessThanOrEqual(297 - top - bottom);
  });

  it.each([
    ['uz-Latn', 'TALABA GUVOHNOMASI', 'Amal qilish muddati: 31.08.2027', '2-kurs, Kunduzgi', 'Dekan', '№ G-3/2026'],
    ['uz-Cyrl', 'ТАЛАБА ГУВОҲНОМАСИ', 'Амал қилиш муддати: 31.08.2027', '2-курс, Кундузги', 'Декан', '№ G-3/2026'],
    ['ru', 'СТУДЕНЧЕСКИЙ БИЛЕТ', 'Действителен до: 31.08.2027', '2 курс, Очная', 'Декан', '№ G-3/2026'],
    ['en', 'STUDENT ID CARD', 'Valid until: 31.08.2027', 'Year 2, Full-time', 'Dean', 'No. G-3/2026'],
  ] as const)(
    '%s: a card with the photo, the fields, the validity, the dean and the QR',
    (lang, title, valid, course, dean, no) => {
      const d = studentCard.build(sampleSource({ photo: PHOTO }), lang);
      expect(d.photo).toBe(PHOTO);
      const model = studentCard.layout(d, META);
      expect(model.blocks).toHaveLength(1);
      const block = model.blocks[0]!;
      expect(block.kind === 'cards' && block.columns).toBe(2);
      const card = block.kind === 'cards' ? block.cards[0]! : null;
      expect(card).toMatchObject({ widthMm: 85.6, heightMm: 54, photo: PHOTO, footer: valid, number: no });
      expect(card?.header[1]).toBe(title);
      expect(card?.qr?.content).toBe('RG1.c.d');
      expect(card?.signature).toEqual({ position: dean, name: 'A. Karimov' });
      const text = modelText(model);
      for (const t of [d.fullName, '364241100001', course, 'IQT-24', '60410100']) expect(text.join('\n')).toContain(t);
    },
  );

  it('without a photo the card has a frame to glue one in; without a dean the rector signs', () => {
    const source = sampleSource();
    source.institution.signatories = { rector: { position: 'Rektor', fullName: 'R. Rahimov' } };
    const d = studentCard.build(source, 'uz-Latn');
    const face = studentCardFace(d, { ...META, registerNumber: null, qr: null });
    expect(face).toMatchObject({ photo: null, photoHint: 'Surat joyi 3×4', number: '№ —' });
    expect(face.signature).toEqual({ position: 'Rektor', name: 'R. Rahimov' });
    expect(face.qr).toBeUndefined();
    expect(studentCard.layout(d, { ...META, registerNumber: null, qr: null }).watermark).toBe('NAMUNA');
  });
});
