import { describe, expect, it } from 'vitest';
import { gpaDelta, gradeReportLines, toWrite } from './import-report';

describe('gradeReportLines', () => {
  it('takes the column prefix the backend writes off the message, keeps messages without a column whole', () => {
    expect(
      gradeReportLines({
        rejected: [
          { row: 4, column: 'Talaba ID', message: 'Talaba ID: talaba topilmadi' },
          { row: 7, column: null, message: 'bu talaba va fan 3-qatorda ham bor' },
          { row: 9, column: 'Ball', message: 'Ball 0 dan 100 gacha boʻlishi kerak' },
        ],
      }),
    ).toEqual([
      { row: 4, column: 'Talaba ID', message: 'talaba topilmadi' },
      { row: 7, column: '', message: 'bu talaba va fan 3-qatorda ham bor' },
      { row: 9, column: 'Ball', message: 'Ball 0 dan 100 gacha boʻlishi kerak' },
    ]);
  });
});

describe('toWrite', () => {
  it('counts new and replacing entries (unchanged rows write nothing)', () => {
    expect(toWrite({ added: 3, replaced: 2 })).toBe(5);
    expect(toWrite({ added: 0, replaced: 0 })).toBe(0);
  });
});

describe('gpaDelta', () => {
  it.each([
    [3.4, 3.1, '+0.3'],
    [2.9, 3.1, '−0.2'],
    [3.0, 3.04, '0.0'],
    [null, 3.1, null],
    [3.1, null, null],
    [4.25, 4.1, '+0.2'],
  ])('%s here, %s in HEMIS → %s', (local, hemis, expected) => {
    expect(gpaDelta(local, hemis)).toBe(expected);
  });
});
