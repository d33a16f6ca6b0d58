import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, writeXlsx } from './xlsx';

describe('xlsx export', () => {
  it('writes a real workbook whose formula-like cells stay text', async () => {
    const data = await writeXlsx([
      {
        name: 'Talabalar',
        columns: [
          { key: 'name', header: 'F.I.Sh.' },
          { key: 'note', header: 'Izoh' },
          { key: 'n', header: 'Kurs' },
        ],
        rows: [
          { name: 'Joʻrayev Bobur', note: '=HYPERLINK("http://evil","x")', n: 2 },
          { name: 'Жўраев Бобур', note: '+998 90 123 45 67', n: 3 },
          { name: '@SUM(A1)', note: null, n: null },
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Talabalar');
    expect(ws.getRow(1).values).toEqual([undefined, 'F.I.Sh.', 'Izoh', 'Kurs']);
    const injected = ws.getCell('B2');
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(injected.value).toBe('=HYPERLINK("http://evil","x")');
    expect(injected.numFmt).toBe('@');
    expect(ws.getCell('A3').value).toBe('Жўраев Бобур');
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C2').value).toBe(2);
    for (let r = 2; r <= 4; r++) for (let c = 1; c <= 3; c++) expect(ws.getCell(r, c).formula).toBeUndefined();
  });

  it.each([
    ['=1+1', true],
    ['+998', true],
    ['-5', true],
    ['@x', true],
    ['Joʻrayev', false],
    ['', false],
  ])('%s looks like a formula: %s', (v, expected) => {
    expect(looksLikeFormula(v)).toBe(expected);
  });
});
