import { describe, expect, it } from 'vitest';
import {
  detectSubjectColumns,
  isSubjectHeader,
  parseExamFinish,
  parseNumber,
  parseSemester,
  parseSubjectRow,
  parseSubjectType,
} from './structure-import';

describe('curriculum sheet headers', () => {
  it.each([
    [
      ['Semestr', 'Fan kodi', 'Fan nomi', 'Kredit', 'Maʼruza', 'Amaliy', 'Mustaqil taʼlim', 'Nazorat shakli'],
      { semester: 0, code: 1, name: 2, credit: 3, hours11: 4, hours13: 5, hours17: 6, examFinish: 7 },
    ],
    [
      ['Семестр', 'Наименование предмета', 'Кредит', 'Лекция', 'Лабораторная', 'Форма контроля', 'Кафедра'],
      { semester: 0, name: 1, credit: 2, hours11: 3, hours12: 4, examFinish: 5, department: 6 },
    ],
    [
      ['Семестр', 'Фан номи', 'Кредит', "Ma'ruza (soat)", 'Fan turi'],
      { semester: 0, name: 1, credit: 2, hours11: 3, subjectType: 4 },
    ],
    [
      ['Semester', 'Subject', 'Credits', 'Lecture', 'Practice', 'Self study'],
      { semester: 0, name: 1, credit: 2, hours11: 3, hours13: 4, hours17: 5 },
    ],
  ])('%j', (headers, expected) => {
    const columns = detectSubjectColumns(headers);
    expect(columns).toEqual(expected);
    expect(isSubjectHeader(columns)).toBe(true);
  });

  it('a title row is not a header', () => {
    expect(isSubjectHeader(detectSubjectColumns(['Iqtisodiyot yoʻnalishi oʻquv rejasi', '', '']))).toBe(false);
  });
});

describe('curriculum sheet cells', () => {
  it.each([
    [3, '13'],
    ['3', '13'],
    ['3-semestr', '13'],
    ['III', '13'],
    ['VIII semestr', '18'],
    [13, '13'],
    [22, '22'],
    [12, '22'],
    ['0', null],
    ['23', null],
    ['', null],
    ['birinchi', null],
  ] as const)('semester %j → %j', (cell, code) => expect(parseSemester(cell)).toBe(code));

  it.each([
    [4, 4],
    ['4,5', 4.5],
    ['4.5', 4.5],
    [' 6 ', 6],
    ['', null],
    ['abc', null],
    ['-2', null],
  ] as const)('number %j → %j', (cell, n) => expect(parseNumber(cell)).toBe(n));

  it.each([
    ['Imtihon', '11'],
    ['Экзамен', '11'],
    ['zachet', '12'],
    ['Зачёт', '12'],
    ['Sinov', '12'],
    ['', '11'],
    ['ogʻzaki', null],
  ] as const)('exam form %j → %j', (cell, code) => expect(parseExamFinish(cell)).toBe(code));

  it.each([
    ['Majburiy', '11'],
    ['Обязательный', '11'],
    ['Tanlov', '12'],
    ['по выбору', '12'],
    ['', '11'],
    ['xyz', null],
  ] as const)('subject type %j → %j', (cell, code) => expect(parseSubjectType(cell)).toBe(code));
});

describe('a curriculum sheet row', () => {
  const columns = { semester: 0, name: 1, credit: 2, hours11: 3, hours13: 4, examFinish: 5 };

  it('reads a good row', () => {
    expect(parseSubjectRow(['1', 'Oliy matematika', '6', 30, 30, 'Imtihon'], columns)).toEqual({
      row: {
        semester: '11',
        code: '',
        name: 'Oliy matematika',
        credit: 6,
        hours: { '11': 30, '13': 30 },
        examFinish: '11',
        subjectType: '11',
        ratingGrade: '11',
        department: '',
      },
      issues: [],
    });
  });

  it('names every bad cell of a row', () => {
    const { row, issues } = parseSubjectRow(['yarim', '', '0', 'yarim', 1.5, 'ogʻzaki'], columns);
    expect(row).toBeNull();
    expect(issues.map((i) => [i.column, i.key])).toEqual([
      ['semester', 'validation.structure.import.semester'],
      ['name', 'validation.required'],
      ['credit', 'validation.structure.credit'],
      ['hours11', 'validation.structure.import.hours'],
      ['hours13', 'validation.structure.import.hours'],
      ['examFinish', 'validation.structure.import.examFinish'],
    ]);
  });

  it('rejects a formula as a subject name', () => {
    expect(parseSubjectRow(['1', '=A1&B1', '4', null, null, null], columns).issues).toEqual([
      { column: 'name', key: 'validation.structure.import.formula' },
    ]);
  });
});
