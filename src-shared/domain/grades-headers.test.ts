import { describe, expect, it } from 'vitest';
import { detectGradeColumns, educationYearOf, isGradeHeader, semesterCodeOf } from './grades-headers';

describe('grade import headers', () => {
  it.each([
    [
      ['Talaba ID', 'F.I.Sh.', 'Fan kodi', 'Semestr', "O'quv yili", 'Ball'],
      { studentIdNumber: 0, subjectCode: 2, semester: 3, educationYear: 4, score: 5 },
    ],
    [['ЖШШИР', 'Фан', 'Семестр', 'Баҳо'], { pinfl: 0, subjectName: 1, semester: 2, grade: 3 }],
    [['Номер студента', 'Предмет', 'Балл', 'Попытка'], { studentIdNumber: 0, subjectName: 1, score: 2, attempt: 3 }],
  ])('%j', (headers, expected) => {
    const columns = detectGradeColumns(headers);
    expect(columns).toEqual(expected);
    expect(isGradeHeader(columns)).toBe(true);
  });

  it('a title row is not a header', () => {
    expect(isGradeHeader(detectGradeColumns(['BAHOLASH QAYDNOMASI № 12', '', '']))).toBe(false);
  });

  it.each([
    ['3', '13'],
    ['3-semestr', '13'],
    ['13', '13'],
    ['22', '22'],
    ['0', null],
    ['semestr', null],
  ])('semester %s → %s', (text, code) => {
    expect(semesterCodeOf(text)).toBe(code);
  });

  it.each([
    ['2025', '2025'],
    ['2025-2026', '2025'],
    ['2025/2026', '2025'],
    ['2025-2027', null],
    ['25', null],
  ])('year %s → %s', (text, code) => {
    expect(educationYearOf(text)).toBe(code);
  });
});
