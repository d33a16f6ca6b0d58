import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  columnLetter,
  mappingInput,
  mappingProblem,
  presetOf,
  sampleValues,
  setColumnField,
  type MappingColumn,
} from './mapping';

const detected: MappingColumn[] = [
  { index: 0, header: '№', field: null },
  { index: 1, header: 'Familiya', field: 'lastNameLat' },
  { index: 2, header: 'Ism', field: 'firstNameLat' },
  { index: 3, header: 'JSHSHIR', field: 'pinfl' },
  { index: 4, header: 'Izoh', field: null },
  { index: 5, header: '', field: null },
];

describe('column mapping', () => {
  it('names columns with spreadsheet letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('gives a field to one column only: the column that had it is set to ignore', () => {
    const next = setColumnField(detected, 4, 'pinfl');
    expect(next.map((c) => c.field)).toEqual([null, 'lastNameLat', 'firstNameLat', null, 'pinfl', null]);
    expect(setColumnField(next, 1, null).map((c) => c.field)).toEqual([
      null,
      null,
      'firstNameLat',
      null,
      'pinfl',
      null,
    ]);
    // The input is not changed (React state).
    expect(detected[3]?.field).toBe('pinfl');
  });

  it('sends column index → field for the mapped columns only', () => {
    expect(mappingInput(detected)).toEqual({ 1: 'lastNameLat', 2: 'firstNameLat', 3: 'pinfl' });
  });

  it('saves a preset by header text and applies it by folded header (any apostrophe, case, script)', () => {
    const mine = setColumnField(detected, 4, 'address');
    expect(presetOf(mine)).toEqual({ Familiya: 'lastNameLat', Ism: 'firstNameLat', JSHSHIR: 'pinfl', Izoh: 'address' });
    // The backend stores the headers folded (foldName); another file spells them differently.
    const saved = { familiya: 'lastNameLat', ism: 'firstNameLat', jshshir: 'pinfl', 'tugilgan joyi': 'address' };
    const other: MappingColumn[] = [
      { index: 0, header: 'ФАМИЛИЯ', field: null },
      { index: 1, header: 'Ism', field: 'firstNameLat' },
      { index: 2, header: 'Manzil', field: 'address' },
      { index: 3, header: "Tug'ilgan joyi", field: null },
    ];
    const applied = applyPreset(other, saved);
    expect(applied.matched).toBe(3);
    // Manzil lost `address` to the column the preset names; Ism stays as detected.
    expect(applied.columns.map((c) => c.field)).toEqual(['lastNameLat', 'firstNameLat', null, 'address']);
  });

  it('ignores preset entries with unknown fields and a field claimed twice by a preset', () => {
    const applied = applyPreset(detected, { familiya: 'lastNameLat', ism: 'lastNameLat', izoh: 'nonsense' });
    expect(applied.matched).toBe(1);
    expect(applied.columns.map((c) => c.field)).toEqual([null, 'lastNameLat', 'firstNameLat', 'pinfl', null, null]);
  });

  it('needs a mapped column, and one that carries a name', () => {
    expect(mappingProblem(detected)).toBeNull();
    expect(mappingProblem(detected.map((c) => ({ ...c, field: null })))).toBe('nothingMapped');
    expect(mappingProblem(setColumnField(detected, 1, null))).toBe('noName');
    expect(mappingProblem(setColumnField(setColumnField(detected, 1, null), 4, 'fullName'))).toBeNull();
  });

  it('shows the first non-empty sample values of a column as text', () => {
    const sample = [
      { cells: [1, "Jo'rayev", 'Bobur', 30512056789012] },
      { cells: [2, '', 'Nilufar', null] },
      { cells: [3, 'Qodirov'] },
      { cells: [4, 'Karimov'] },
    ];
    expect(sampleValues(sample, 1)).toEqual(["Jo'rayev", 'Qodirov', 'Karimov']);
    expect(sampleValues(sample, 3)).toEqual(['30512056789012']);
    expect(sampleValues(sample, 9)).toEqual([]);
  });
});
