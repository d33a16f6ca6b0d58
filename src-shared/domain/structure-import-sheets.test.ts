import { describe, expect, it } from 'vitest';
import { LOCALES } from '../contract/common';
import { catalogs } from '../i18n';
import { EDUCATION_FORMS, EDUCATION_LANGS, EDUCATION_TYPES, STRUCTURE_TYPES } from './structure-codes';
import {
  cellText,
  detectStructureColumns,
  educationTypeOfCode,
  isStructureHeader,
  parseCourse,
  parseEducationForm,
  parseEducationLang,
  parseEducationType,
  parseStructureRow,
  parseStructureType,
  STRUCTURE_IMPORT_COLUMNS,
  STRUCTURE_IMPORT_KINDS,
} from './structure-import-sheets';

describe('structure sheet headers', () => {
  it.each(STRUCTURE_IMPORT_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))(
    'the %s template in %s reads back column for column',
    (kind, locale) => {
      const columns = STRUCTURE_IMPORT_COLUMNS[kind];
      const headers = columns.map((c) => catalogs[locale][`structureImport.col.${kind}.${c}`] as string);
      expect(headers.every((h) => h !== undefined)).toBe(true);
      expect(detectStructureColumns(kind, headers)).toEqual(Object.fromEntries(columns.map((c, i) => [c, i])));
    },
  );

  it.each([
    ['departments', ['Kafedra nomi', 'Kodi', 'Turi', 'Fakultet'], { name: 0, code: 1, structureType: 2, parent: 3 }],
    [
      'departments',
      ['Код', 'Номи', 'Номи (кирилл)', 'Nomi (ruscha)', 'Тип подразделения'],
      { code: 0, name: 1, nameUzCyrl: 2, nameRu: 3, structureType: 4 },
    ],
    [
      'specialties',
      ['Shifr', 'Yoʻnalish nomi', "Ta'lim turi", 'Fakultet (kodi)'],
      { code: 0, name: 1, educationType: 2, faculty: 3 },
    ],
    [
      'groups',
      ['№', 'Guruh nomi', 'Yoʻnalish', 'Til', 'Shakli', 'Kurs', 'Qabul yili', 'Murabbiy'],
      { name: 1, specialty: 2, educationLang: 3, educationForm: 4, course: 5, tutor: 7 },
    ],
  ] as const)('%s %j', (kind, headers, expected) => {
    const columns = detectStructureColumns(kind, headers);
    expect(columns).toEqual(expected);
    expect(isStructureHeader(kind, columns)).toBe(true);
  });

  it('a title row, or a list of another kind, is not a header', () => {
    expect(isStructureHeader('groups', detectStructureColumns('groups', ['Guruhlar roʻyxati 2026', '', '']))).toBe(
      false,
    );
    expect(isStructureHeader('groups', detectStructureColumns('groups', ['Kod', 'Nomi', 'Turi']))).toBe(false);
  });
});

describe('classifier cells: the code, or the name in any UI language', () => {
  const cases = [
    ['structureType', STRUCTURE_TYPES, parseStructureType],
    ['educationType', EDUCATION_TYPES, parseEducationType],
    ['educationForm', EDUCATION_FORMS, parseEducationForm],
    ['educationLang', EDUCATION_LANGS, parseEducationLang],
  ] as const;
  it.each(cases)('%s: every catalog name maps back to its code', (kind, codes, parse) => {
    const prefix = kind === 'structureType' ? 'structure.code.structureType' : `code.${kind}`;
    for (const code of codes) {
      expect(parse(code)).toBe(code);
      for (const locale of LOCALES) {
        const name = catalogs[locale][`${prefix}.${code}`] as string;
        expect([locale, name, parse(name)]).toEqual([locale, name, code]);
      }
    }
  });

  it('apostrophe forms, case and spaces do not matter; unknown names are null', () => {
    expect(parseEducationLang("o'zbek")).toBe('11');
    expect(parseEducationLang('O‘ZBEK TILI')).toBe('11');
    expect(parseStructureType(' kafedra ')).toBe('12');
    expect(parseEducationForm('Sirtqi')).toBe('13');
    expect(parseEducationForm(11)).toBe('11');
    expect(parseEducationType('Aspirantura')).toBeNull();
    expect(parseStructureType('')).toBeNull();
  });
});

describe('cells', () => {
  it.each([
    [2, 2],
    ['2', 2],
    ['2-kurs', 2],
    ['2 курс', 2],
    ['III', 3],
    ['12', 2],
    [7, null],
    ['', null],
    ['kurs', null],
  ] as const)('course %j → %j', (cell, expected) => expect(parseCourse(cell)).toBe(expected));

  it('numbers read as codes, without exponent or decimals', () => {
    expect(cellText(60610100)).toBe('60610100');
    expect(cellText(123456789012345680000)).toBe('123456789012345683968');
    expect(cellText('  Oliy   matematika ')).toBe('Oliy matematika');
    expect(cellText(null)).toBe('');
  });

  it.each([
    ['60410100', '11'],
    ['70410101', '12'],
    ['5230100', '11'],
    ['5A230101', '12'],
    ['06110100', null],
    ['X-1', null],
  ])('specialty code %s implies education type %s', (code, type) => expect(educationTypeOfCode(code)).toBe(type));
});

describe('rows', () => {
  const dept = { code: 0, name: 1, structureType: 2, parent: 3 };
  it('a department row, and every problem of a bad one', () => {
    expect(parseStructureRow('departments', ['101-1', 'Oliy matematika', 'Kafedra', '101'], dept)).toEqual({
      row: {
        code: '101-1',
        names: { nameUzLatn: 'Oliy matematika', nameUzCyrl: '', nameRu: '', nameEn: '' },
        structureType: '12',
        parent: '101',
      },
      issues: [],
    });
    expect(parseStructureRow('departments', [null, '=A1', 'Fakulteeet', null], dept)).toEqual({
      row: null,
      issues: [
        { column: 'code', key: 'validation.required' },
        { column: 'name', key: 'validation.structure.import.formula' },
        { column: 'structureType', key: 'validation.structure.import.structureType' },
      ],
    });
  });

  it('a specialty keeps its code as text and takes the education type from it when the cell is empty', () => {
    const cols = { code: 0, name: 1, faculty: 2, educationType: 3 };
    expect(parseStructureRow('specialties', [70410101, 'Iqtisodiyot', '101', null], cols).row).toMatchObject({
      code: '70410101',
      educationType: '12',
    });
    expect(parseStructureRow('specialties', ['06110100', 'Pedagogika', '101', 'Bakalavr'], cols).row).toMatchObject({
      code: '06110100',
      educationType: '11',
    });
    expect(parseStructureRow('specialties', ['X 1', 'Pedagogika', '101', null], cols).issues).toEqual([
      { column: 'code', key: 'validation.structure.specialtyCode' },
      { column: 'educationType', key: 'validation.required' },
    ]);
  });

  it('a group row needs its name, specialty, language, form and course', () => {
    const cols = { name: 0, specialty: 1, educationLang: 2, educationForm: 3, course: 4, tutor: 5 };
    expect(parseStructureRow('groups', ['IQT-26-01', 60410100, 'Rus', 'Kunduzgi', '1-kurs', null], cols).row).toEqual({
      name: 'IQT-26-01',
      faculty: '',
      specialty: '60410100',
      educationLang: '12',
      educationForm: '11',
      course: 1,
      curriculum: '',
      tutor: '',
    });
    expect(parseStructureRow('groups', ['X'.repeat(41), null, 'Nemis', null, 9, null], cols).issues).toEqual([
      { column: 'name', key: 'validation.tooLong', params: { max: 40 } },
      { column: 'specialty', key: 'validation.required' },
      { column: 'course', key: 'validation.structure.import.course' },
      { column: 'educationLang', key: 'validation.structure.import.educationLang' },
      { column: 'educationForm', key: 'validation.required' },
    ]);
  });
});
