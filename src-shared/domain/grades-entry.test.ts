import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKING_SYSTEMS as MS } from './grading';
import { parseGradeCell, resolveGrade } from './grades-entry';

describe('resolving an entered grade', () => {
  it.each([
    ['credit system score', MS['13'], { score: 72 }, { ok: true, totalPoint: 72, grade: 4 }],
    ['credit system failing score', MS['13'], { score: 59 }, { ok: true, totalPoint: 59, grade: 2 }],
    ['100-point score', MS['11'], { score: 55 }, { ok: true, totalPoint: 55, grade: 3 }],
    ['5-point average', MS['12'], { score: 4.5 }, { ok: true, totalPoint: 4.5, grade: 5 }],
    ['5-point bare grade', MS['12'], { grade: 4 }, { ok: true, totalPoint: null, grade: 4 }],
    ['absent', MS['13'], { absent: true }, { ok: true, totalPoint: null, grade: null }],
    ['bare grade outside the 5-point system', MS['13'], { grade: 4 }, { ok: false, key: 'error.gradeNeedsScore' }],
    ['grade 6', MS['12'], { grade: 6 }, { ok: false, key: 'error.gradeInvalid' }],
    ['score above 100', MS['13'], { score: 101 }, { ok: false, key: 'error.gradeScoreRange', params: { max: 100 } }],
    [
      'score above 5 in the 5-point system',
      MS['12'],
      { score: 45 },
      { ok: false, key: 'error.gradeScoreRange', params: { max: 5 } },
    ],
    ['negative score', MS['11'], { score: -1 }, { ok: false, key: 'error.gradeScoreRange', params: { max: 100 } }],
  ] as const)('%s', (_name, system, input, expected) => {
    expect(resolveGrade(input, system)).toEqual(expected);
  });
});

describe('reading a typed or spreadsheet cell', () => {
  it.each([
    [85, { score: 85 }],
    ['85', { score: 85 }],
    [' 85,5 ', { score: 85.5 }],
    ['4.5', { score: 4.5 }],
    ['Kelmadi', { absent: true }],
    ['келмади', { absent: true }],
    ['н/я', { absent: true }],
    ['', null],
    [null, null],
    ['yaxshi', 'invalid'],
    ['=A1+1', 'invalid'],
    ['8 5', 'invalid'],
  ] as const)('%j → %j', (cell, expected) => {
    expect(parseGradeCell(cell)).toEqual(expected);
  });
});
