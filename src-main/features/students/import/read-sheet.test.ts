import { describe, expect, it } from 'vitest';
import { csvRows, excelSerialToIso } from './read-sheet';

describe('spreadsheet cells', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [38454, '2005-04-12'],
    [46354, '2026-11-28'],
    [0, null],
    [-5, null],
  ])('Excel serial %s is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('splits CSV with quotes, semicolons and a BOM', () => {
    const rows = [...csvRows('\ufeffFamiliya;Ism;Izoh\r\n"Jo\'rayev";Bobur;"a ""quoted""; text"\n')];
    expect(rows).toEqual([
      { row: 1, cells: ['Familiya', 'Ism', 'Izoh'] },
      { row: 2, cells: ["Jo'rayev", 'Bobur', 'a "quoted"; text'] },
    ]);
  });
});
