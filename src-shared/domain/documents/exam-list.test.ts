import { describe, expect, it } from 'vitest';
import type { IssueMeta } from './document-type';
import { controlName, examList, type ExamEvent, type ExamListExtra } from './exam-list';
import type { Block } from './model';
import { modelText, sampleSource } from './sample-source';

const META: IssueMeta = { registerNumber: 'NJ-2/2026', issuedOn: '2026-11-28', qr: null, logo: '' };
const names = (uz: string, en: string) => ({ 'uz-Latn': uz, 'uz-Cyrl': uz, ru: uz, en });
const exam = (semester: string, date: string, examType: string, finalExamType = '11'): ExamEvent => ({
  semester,
  subject: names('Oliy matematika', 'Higher Mathematics'),
  examType,
  finalExamType,
  examDate: date,
  startTime: '09:00',
  auditorium: '214',
});
const EXTRA: ExamListExtra = {
  educationYear: '2026',
  exams: [exam('13', '2026-12-18', '12'), exam('13', '2027-01-12', '13'), exam('14', '2027-05-30', '13', '12')],
};

describe('exam list', () => {
  it.each([
    ['uz-Latn', '13', '11', 'Yakuniy nazorat'],
    ['uz-Latn', '13', '12', 'Yakuniy nazorat (1-qayta topshirish)'],
    ['uz-Cyrl', '13', '13', 'Якуний назорат (2-қайта топшириш)'],
    ['ru', '12', '11', 'Промежуточный контроль'],
    ['en', '13', '12', 'Final control (re-sit 1)'],
    ['en', '99', '11', '99'],
  ] as const)('%s: control %s, sitting %s → %s', (lang, type, sitting, name) => {
    expect(controlName(lang, type, sitting)).toBe(name);
  });

  it('groups the year by semester and numbers the events through', () => {
    const d = examList.build(sampleSource({}, EXTRA), 'en');
    expect(d.educationYear).toBe('2026-2027');
    expect(d.semesters.map((s) => [s.title, s.rows.map((r) => r.no)])).toEqual([
      ['Semester 3', ['1', '2']],
      ['Semester 4', ['3']],
    ]);
    expect(d.semesters[0]!.rows[1]).toEqual({
      no: '2',
      date: '12.01.2027',
      time: '09:00',
      subject: 'Higher Mathematics',
      control: 'Final control',
      room: '214',
    });
    const model = examList.layout(d, META);
    const table = model.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
    expect(table.columns.reduce((a, c) => a + c.width, 0)).toBeCloseTo(1, 6);
    const text = modelText(model);
    expect(text).toContain('STUDENT EXAMINATION SCHEDULE');
    expect(text).toContain('2026-2027 academic year');
    expect(text).toContain('Schedule as of 28.11.2026; the dean’s office announces any changes.');
  });

  it('a group without exams gets a page that says so, for the current year', () => {
    const d = examList.build(sampleSource({}, { educationYear: null, exams: [] }), 'uz-Latn');
    const text = modelText(examList.layout(d, META));
    expect(text).toContain('Guruh uchun nazorat tadbirlari rejalashtirilmagan');
    expect(text).toContain('2026-2027 oʻquv yili');
  });
});
