import { describe, expect, it } from 'vitest';
import type { IssueMeta } from './document-type';
import { gpaCertificate } from './gpa';
import { modelText, sampleSource } from './sample-source';
import type { TranscriptExtra } from './transcript';

const EXTRA: TranscriptExtra = {
  markingSystem: '13',
  gpaLimit: 2.4,
  semesters: [],
  years: [
    { educationYear: '2024', gpa: 4.5, creditSum: 60 },
    { educationYear: '2025', gpa: 3.86, creditSum: 58.5 },
  ],
  overall: { gpa: 4.2, creditSum: 118.5 },
  creditsEarned: 112,
};
const META: IssueMeta = { registerNumber: '12/2026', issuedOn: '2026-11-28', qr: null, logo: '' };

describe('GPA certificate', () => {
  it.each([
    ['uz-Latn', 'OʻZLASHTIRISH OʻRTACHA BALLI (GPA) HAQIDA MAʼLUMOTNOMA', '2024-2025 oʻquv yili', ',', '2-kurs'],
    ['uz-Cyrl', 'ЎЗЛАШТИРИШ ЎРТАЧА БАЛЛИ (GPA) ҲАҚИДА МАЪЛУМОТНОМА', '2024-2025 ўқув йили', ',', '2-курс'],
    ['ru', 'СПРАВКА О СРЕДНЕМ БАЛЛЕ УСПЕВАЕМОСТИ (GPA)', '2024-2025 учебный год', ',', '2 курс'],
    ['en', 'GRADE POINT AVERAGE (GPA) CERTIFICATE', '2024-2025 academic year', '.', 'Year 2'],
  ] as const)(
    '%s: title, a row per year, the overall row, the decimal mark of the language',
    (lang, title, year, mark, course) => {
      const d = gpaCertificate.build(sampleSource({}, EXTRA), lang);
      // One decimal as the grades feature rounds it (3.86 is printed 3.9), in the language's decimal mark.
      expect(d.years).toEqual([
        { year: '2024-2025', credits: '60', gpa: `4${mark}5` },
        { year: '2025-2026', credits: `58${mark}5`, gpa: `3${mark}9` },
      ]);
      expect([d.gpa, d.overallCredits, d.creditsEarned, d.gpaLimit]).toEqual([
        `4${mark}2`,
        `118${mark}5`,
        '112',
        `2${mark}4`,
      ]);
      const text = modelText(gpaCertificate.layout(d, META));
      for (const t of [title, year, course, 'A. Karimov', d.fullName, `4${mark}2`]) expect(text).toContain(t);
      expect(text.some((t) => t.endsWith(' 12/2026'))).toBe(true);
    },
  );

  it('prints the pass line only for the credit system', () => {
    const credit = modelText(gpaCertificate.layout(gpaCertificate.build(sampleSource({}, EXTRA), 'en'), META));
    expect(credit).toContain('Pass line (GPA) for promotion to the next year');
    const rating = gpaCertificate.build(sampleSource({}, { ...EXTRA, markingSystem: '11' }), 'en');
    expect(modelText(gpaCertificate.layout(rating, META))).not.toContain(
      'Pass line (GPA) for promotion to the next year',
    );
  });

  it('says so when there are no results', () => {
    const none = { ...EXTRA, years: [], overall: { gpa: null, creditSum: 0 }, creditsEarned: 0 };
    const text = modelText(gpaCertificate.layout(gpaCertificate.build(sampleSource({}, none), 'uz-Latn'), META));
    expect(text).toContain('Qayd etilgan natijalar yoʻq');
  });
});
