import { describe, expect, it } from 'vitest';
import type { ImportResultInfo } from '../../../src-shared/contract/students';
import { makeI18n } from '../../app/i18n';
import { columnOfField, rejectedLines, warningLines } from './report-rows';

const result: ImportResultInfo = {
  fileName: 'talabalar.xlsx',
  dryRun: true,
  rows: 6,
  imported: 3,
  updated: 0,
  unchanged: 0,
  rejectedCount: 2,
  warningCount: 2,
  headerRow: 2,
  columns: [
    { index: 0, header: 'Familiya', field: 'lastNameLat' },
    { index: 1, header: 'Ism', field: 'firstNameLat' },
    { index: 2, header: 'JSHSHIR', field: 'pinfl' },
    { index: 3, header: 'Guruh', field: 'group' },
  ],
  rejected: [
    {
      row: 6,
      errors: ['JSHSHIR: JSHSHIR 14 ta raqamdan iborat'],
      issues: [{ field: 'pinfl', column: 'JSHSHIR', key: 'validation.pinfl.format' }],
    },
    {
      row: 8,
      errors: ['Familiya: Ism formula bilan boshlanmaydi (= + - @)', 'Pasport: …'],
      issues: [
        { field: 'lastNameCyr', column: null, key: 'validation.nameFormula' },
        { field: 'passport', column: null, key: 'validation.passportFormat' },
      ],
    },
  ],
  warnings: [
    {
      row: 3,
      field: 'group',
      column: 'Guruh',
      key: 'warning.groupNotFound',
      params: { group: 'X-1' },
      message: 'Guruh: «X-1» guruhi topilmadi: talaba guruhsiz yozildi',
    },
    {
      row: 4,
      field: 'pinfl',
      column: 'JSHSHIR',
      key: 'warning.pinflMissing',
      message: 'JSHSHIR: Oʻzbekiston fuqarosining JSHSHIRi kiritilmagan',
    },
  ],
};

const en = makeI18n('en', () => {});

describe('import report lines', () => {
  it('finds the file column of a field, also for a name part typed in the other script', () => {
    expect(columnOfField(result.columns, 'pinfl')).toBe('JSHSHIR');
    expect(columnOfField(result.columns, 'lastNameCyr')).toBe('Familiya');
    expect(columnOfField(result.columns, 'passport')).toBeNull();
  });

  it('lists every problem of a rejected row in the UI language, with the sheet row number', () => {
    expect(rejectedLines(result, en)).toEqual([
      { row: 6, column: 'JSHSHIR', message: 'A PINFL has 14 digits' },
      { row: 8, column: 'Familiya', message: en.tKey('validation.nameFormula') },
      { row: 8, column: 'Passport series and number', message: en.tKey('validation.passportFormat') },
    ]);
  });

  it('translates warnings with their parameters', () => {
    expect(warningLines(result, en)).toEqual([
      { row: 3, column: 'Guruh', message: 'Group “X-1” not found: the student was written without a group' },
      { row: 4, column: 'JSHSHIR', message: en.tKey('warning.pinflMissing') },
    ]);
  });
});
