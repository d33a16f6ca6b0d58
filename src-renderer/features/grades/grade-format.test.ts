import { describe, expect, it } from 'vitest';
import {
  formatControls,
  formatGpa,
  formatMark,
  formatScore,
  mayChangeGrades,
  semesterNumber,
  subjectName,
  yearName,
} from './grade-format';

describe('grade formatting', () => {
  it.each([
    [92, '92'],
    [75.5, '75.5'],
    [4.25, '4.25'],
    [null, ''],
  ])('score %s → %s', (score, text) => expect(formatScore(score)).toBe(text));

  it('names, semesters, years, GPA', () => {
    const names = { uzLatn: 'Fizika', uzCyrl: 'Физика', ru: '', en: 'Physics' };
    expect(subjectName(names, 'uz-Cyrl')).toBe('Физика');
    expect(subjectName(names, 'ru')).toBe('Fizika');
    expect(semesterNumber('13')).toBe(3);
    expect(yearName('2024')).toBe('2024–2025');
    expect(formatGpa(4)).toBe('4.0');
    expect(formatGpa(null)).toBe('—');
  });

  it('marks per control: points over the maximum, joined by a middle dot', () => {
    expect(formatMark({ points: 25, maxPoints: 30 })).toBe('25/30');
    expect(formatMark({ points: 17.5, maxPoints: null })).toBe('17.5');
    const marks = [
      { examType: '11', finalExamType: '11', points: 25, maxPoints: 30 },
      { examType: '13', finalExamType: '12', points: 41, maxPoints: 50 },
    ];
    expect(formatControls(marks, (type) => ({ '11': 'JN', '13': 'YN' })[type] ?? type)).toBe('JN 25/30 · YN 41/50');
    expect(formatControls([], String)).toBe('');
  });

  it('only the back office and managers change grades', () => {
    expect(['admin', 'head', 'back_office'].every((r) => mayChangeGrades(r as never))).toBe(true);
    expect(['front_office', 'viewer', 'archive'].some((r) => mayChangeGrades(r as never))).toBe(false);
  });
});
