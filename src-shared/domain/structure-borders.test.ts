import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKING_SYSTEMS, type GradeBorder, type MarkingSystemCode } from './grading';
import { validateBorders, validGpaLimit } from './structure-borders';

const b = (...rows: [number, number, number][]): GradeBorder[] =>
  rows.map(([grade, min, max]) => ({ grade: grade as GradeBorder['grade'], min, max }));

describe('marking-system borders (DOMAIN §2.1)', () => {
  it.each(['11', '12', '13'] as const)('HEMIS defaults of system %s are valid', (code) => {
    expect(validateBorders(code, DEFAULT_MARKING_SYSTEMS[code].borders)).toEqual([]);
  });

  it.each<[string, MarkingSystemCode, GradeBorder[], { path: string; key: string }[]]>([
    ['an OTM that raises 5 to 91', '13', b([5, 91, 100], [4, 70, 90], [3, 60, 69], [2, 0, 59]), []],
    [
      'a gap between 4 and 5',
      '13',
      b([5, 90, 100], [4, 70, 88], [3, 60, 69], [2, 0, 59]),
      [{ path: 'borders.1.max', key: 'validation.structure.borderGap' }],
    ],
    [
      'an overlap of 3 and 4',
      '11',
      b([5, 86, 100], [4, 71, 85], [3, 55, 71], [2, 0, 54]),
      [{ path: 'borders.2.max', key: 'validation.structure.borderOverlap' }],
    ],
    [
      'a top below 100',
      '13',
      b([5, 90, 99], [4, 70, 89], [3, 60, 69], [2, 0, 59]),
      [{ path: 'borders.0.max', key: 'validation.structure.borderTop' }],
    ],
    [
      'a bottom above 0',
      '13',
      b([5, 90, 100], [4, 70, 89], [3, 60, 69], [2, 1, 59]),
      [{ path: 'borders.3.min', key: 'validation.structure.borderBottom' }],
    ],
    [
      'grades out of order',
      '13',
      b([4, 90, 100], [5, 70, 89], [3, 60, 69], [2, 0, 59]),
      [
        { path: 'borders.0.grade', key: 'validation.structure.bordersOrder' },
        { path: 'borders.1.grade', key: 'validation.structure.bordersOrder' },
      ],
    ],
    [
      'three borders',
      '13',
      b([5, 90, 100], [4, 60, 89], [2, 0, 59]),
      [{ path: 'borders', key: 'validation.structure.bordersCount' }],
    ],
    [
      'a half point on a 100-point scale',
      '11',
      b([5, 85.5, 100], [4, 71, 85], [3, 55, 70], [2, 0, 54]),
      [{ path: 'borders.0.min', key: 'validation.structure.borderStep' }],
    ],
    [
      'a score above the scale',
      '12',
      b([5, 4.5, 6], [4, 3.5, 4.4], [3, 2.5, 3.4], [2, 0, 2.4]),
      [{ path: 'borders.0.max', key: 'validation.structure.borderRange' }],
    ],
    [
      'min above max',
      '13',
      b([5, 90, 100], [4, 89, 70], [3, 60, 69], [2, 0, 59]),
      [{ path: 'borders.1.min', key: 'validation.structure.borderMinMax' }],
    ],
    ['the 5-point system meets at tenths', '12', b([5, 4.6, 5], [4, 3.5, 4.5], [3, 2.5, 3.4], [2, 0, 2.4]), []],
    [
      'a gap of a tenth in the 5-point system',
      '12',
      b([5, 4.6, 5], [4, 3.5, 4.4], [3, 2.5, 3.4], [2, 0, 2.4]),
      [{ path: 'borders.1.max', key: 'validation.structure.borderGap' }],
    ],
  ])('%s', (_name, code, borders, expected) => {
    expect(validateBorders(code, borders).map(({ path, key }) => ({ path, key }))).toEqual(expected);
  });

  it.each([
    [2.4, true],
    [3.0, true],
    [2.7, true],
    [2.39, false],
    [3.01, false],
    [Number.NaN, false],
  ])('GPA pass line %s allowed: %s', (value, ok) => expect(validGpaLimit(value)).toBe(ok));
});
