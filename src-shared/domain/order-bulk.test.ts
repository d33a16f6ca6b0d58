import { describe, expect, it } from 'vitest';
import {
  byGroupThenName,
  chunked,
  graduationOutcome,
  promotionOutcome,
  runEducationYear,
  runKeyOf,
  runKeyPattern,
  type Classified,
  type GraduationFacts,
} from './order-bulk';
import { orderProblems, type OrderType, type StudentState } from './orders';

const base: StudentState = {
  status: '11',
  course: 2,
  courseCount: 4,
  groupId: 'g1',
  canTransfer: true,
  debts: 0,
  openOrders: [],
};
const st = (patch: Partial<StudentState>): StudentState => ({ ...base, ...patch });
const ok = (outcome: Classified['outcome']): Classified => ({ outcome, key: null });
const blocked = (key: string): Classified => ({ outcome: 'blocked', key: `orders.bulk.blocked.${key}` });

describe('promotion outcome', () => {
  it.each<[string, StudentState, boolean, Classified]>([
    ['GPA at or above the pass line → next course', base, false, ok('promote')],
    ['GPA below the pass line → repeat the year', st({ canTransfer: false }), false, ok('repeat')],
    ['debts do not stop a promotion decided by GPA (NIZOM-824 cl. 42)', st({ debts: 2 }), false, ok('promote')],
    [
      'already in an order of the run, whatever else',
      st({ status: '13', openOrders: ['promotion'] }),
      true,
      ok('already'),
    ],
    ['academic leave', st({ status: '13' }), false, blocked('onLeave')],
    ['expelled', st({ status: '12' }), false, blocked('status')],
    ['in an open expulsion order', st({ openOrders: ['expulsion'] }), false, blocked('openOrder')],
    ['a scholarship order does not clash with a movement', st({ openOrders: ['scholarship'] }), false, ok('promote')],
    ['final year → graduation instead', st({ course: 4 }), false, blocked('finalYear')],
    ['final year of a master programme', st({ course: 2, courseCount: 2 }), false, blocked('finalYear')],
    ['unknown programme length is not a final year', st({ courseCount: null }), false, ok('promote')],
    ['no results: GPA unknown', st({ canTransfer: null }), false, blocked('noResults')],
    ['leave is named before missing results', st({ status: '13', canTransfer: null }), false, blocked('onLeave')],
  ])('%s', (_name, s, inRun, expected) => {
    expect(promotionOutcome(s, inRun)).toEqual(expected);
  });

  // The run only drafts what the order check would let through: its outcomes and the preconditions agree.
  it.each<[StudentState, OrderType]>([
    [base, 'promotion'],
    [st({ canTransfer: false }), 'repeatYear'],
  ])('a %o outcome has no problem as a %s line', (s, type) => {
    expect(orderProblems(type, s, { effectiveDate: '2026-09-01' })).toEqual([]);
  });
});

describe('graduation outcome', () => {
  const final = st({ course: 4 });
  const done: GraduationFacts = { missingResults: 0, hasResults: true };
  it.each<[string, StudentState, GraduationFacts, boolean, Classified]>([
    ['final year, no debts, every subject passed', final, done, false, ok('graduate')],
    ['debts', st({ course: 4, debts: 1 }), done, false, blocked('debts')],
    [
      'a subject of the curriculum without a result',
      final,
      { missingResults: 2, hasResults: true },
      false,
      blocked('missingResults'),
    ],
    [
      'no curriculum known but results without debts',
      final,
      { missingResults: null, hasResults: true },
      false,
      ok('graduate'),
    ],
    ['neither curriculum nor results', final, { missingResults: null, hasResults: false }, false, blocked('noResults')],
    ['not the final year', base, done, false, blocked('notFinalYear')],
    ['academic leave', st({ course: 4, status: '13' }), done, false, blocked('onLeave')],
    ['in an open transfer order', st({ course: 4, openOrders: ['transfer'] }), done, false, blocked('openOrder')],
    ['already in a graduation order of the run', st({ course: 4, debts: 3 }), done, true, ok('already')],
    [
      'GPA below the pass line does not stop graduation',
      st({ course: 4, canTransfer: false }),
      done,
      false,
      ok('graduate'),
    ],
  ])('%s', (_name, s, facts, inRun, expected) => {
    expect(graduationOutcome(s, facts, inRun)).toEqual(expected);
  });

  it('a graduate has no problem as a graduation line', () => {
    expect(orderProblems('graduation', final, { effectiveDate: '2026-06-30' })).toEqual([]);
  });
});

describe('run keys and the academic year', () => {
  it.each([
    [runKeyOf('promotion', { departmentId: null, educationForm: null }, '2025', 2), 'promotion:all:all:2:2025'],
    [runKeyOf('promotion', { departmentId: 'd1', educationForm: '13' }, '2025', 1), 'promotion:d1:13:1:2025'],
    [runKeyOf('graduation', { departmentId: 'd1', educationForm: null }, '2025'), 'graduation:d1:all:2025'],
  ])('%s', (key, expected) => {
    expect(key).toBe(expected);
  });

  it('every run of a year matches the year pattern, other years do not', () => {
    const like = (value: string, pattern: string) =>
      new RegExp(
        `^${pattern
          .split('%')
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ).test(value);
    expect(like('promotion:d1:13:1:2025', runKeyPattern('promotion', '2025'))).toBe(true);
    expect(like('promotion:all:all:3:2025', runKeyPattern('promotion', '2025'))).toBe(true);
    expect(like('promotion:all:all:3:2024', runKeyPattern('promotion', '2025'))).toBe(false);
    expect(like('graduation:all:all:2025', runKeyPattern('promotion', '2025'))).toBe(false);
  });

  it.each([
    ['2025', '2026-06-30', '2025'],
    [null, '2026-06-30', '2025'],
    [null, '2026-08-31', '2025'],
    [null, '2026-09-01', '2026'],
    [undefined, '2027-01-15', '2026'],
  ])('current %s on %s → %s', (current, today, expected) => {
    expect(runEducationYear(current, today)).toBe(expected);
  });
});

describe('paragraph order and order size', () => {
  it('goes group by group, by name within a group (Uzbek collation)', () => {
    const people = [
      { groupName: 'IQT-24', fullName: 'Oʻktamov Bobur' },
      { groupName: 'BUX-24', fullName: 'Karimova Dilnoza' },
      { groupName: 'IQT-24', fullName: 'Aliyev Sanjar' },
      { groupName: null, fullName: 'Zokirov Jasur' },
    ];
    expect([...people].sort(byGroupThenName).map((p) => p.fullName)).toEqual([
      'Zokirov Jasur',
      'Karimova Dilnoza',
      'Aliyev Sanjar',
      'Oʻktamov Bobur',
    ]);
  });

  it('splits a run bigger than one draft may hold', () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked(Array.from({ length: 3001 }, (_, i) => i)).map((c) => c.length)).toEqual([3000, 1]);
    expect(chunked([])).toEqual([]);
  });
});
