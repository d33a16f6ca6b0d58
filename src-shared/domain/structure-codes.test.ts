import { describe, expect, it } from 'vitest';
import {
  courseOfSemester,
  creditsBySemester,
  curriculumSemesterCodes,
  educationYearName,
  educationYearOf,
  levelCode,
  normalizeHours,
  semesterCode,
  semesterNumber,
  semestersOfCourse,
} from './structure-codes';

describe('semester codes ↔ numbers ↔ courses (DOMAIN §1.2: 10 + N)', () => {
  it.each([
    ['11', 1, 1, '11'],
    ['12', 2, 1, '11'],
    ['13', 3, 2, '12'],
    ['14', 4, 2, '12'],
    ['17', 7, 4, '14'],
    ['18', 8, 4, '14'],
    ['22', 12, 6, '16'],
  ] as const)('semester %s = no. %i, course %i (level %s)', (code, n, course, level) => {
    expect(semesterNumber(code)).toBe(n);
    expect(semesterCode(n)).toBe(code);
    expect(courseOfSemester(code)).toBe(course);
    expect(levelCode(course)).toBe(level);
    expect(semestersOfCourse(course)).toContain(code);
  });

  it.each(['10', '23', '1', '', 'ab', '110'])('%j is not a semester code', (code) => {
    expect(semesterNumber(code)).toBeNull();
    expect(courseOfSemester(code)).toBeNull();
  });

  it.each([0, 13, 1.5, -1])('semester %s has no code', (n) => {
    expect(() => semesterCode(n)).toThrow(RangeError);
  });

  it.each([
    [8, ['11', '12', '13', '14', '15', '16', '17', '18']],
    [1, ['11']],
    [0, []],
    [20, curriculumSemesterCodes(12)],
  ] as const)('a curriculum of %i semesters has codes %j', (count, codes) => {
    expect(curriculumSemesterCodes(count)).toEqual(codes);
  });
});

describe('academic years', () => {
  it.each([
    ['2025', '2025-2026'],
    ['2026', '2026-2027'],
  ])('%s is named %s', (code, name) => expect(educationYearName(code)).toBe(name));

  it.each([
    ['2026-09-01', '2026'],
    ['2026-08-31', '2025'],
    ['2027-01-15', '2026'],
    ['2026-12-31', '2026'],
  ])('%s falls in year %s (the year starts in September)', (date, year) => expect(educationYearOf(date)).toBe(year));
});

describe('hours by training type', () => {
  it.each([
    [{ '11': 30, '13': 30, '17': 60 }, { '11': 30, '13': 30, '17': 60 }, 120],
    [{ '11': 0, '12': 36 }, { '12': 36 }, 36],
    [{ '99': 10, '11': 4 }, { '11': 4 }, 4],
    [{}, {}, 0],
  ])('%j → %j, total %i', (input, hours, total) => {
    expect(normalizeHours(input)).toEqual({ hours, total });
  });

  it('totals credits per semester without float noise, inactive subjects left out', () => {
    expect(
      creditsBySemester([
        { semester: '11', credit: 0.1 },
        { semester: '11', credit: 0.2 },
        { semester: '12', credit: 6 },
        { semester: '12', credit: 4, active: false },
      ]),
    ).toEqual({ '11': 0.3, '12': 6 });
  });
});
