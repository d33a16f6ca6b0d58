import { describe, expect, it } from 'vitest';
import {
  classifyCandidate,
  DEFAULT_SCHOLARSHIP_RULES as RULES,
  lastClosedSemester,
  rulesIssues,
  scholarshipRunKey,
  stipendAmount,
  type Half,
  type ScholarshipCandidate,
  type ScholarshipOutcome,
  type ScholarshipRules,
} from './scholarships';

const r = (grade: number | null) => ({ grade, debt: grade === null || grade < 3 });
const good: ScholarshipCandidate = {
  status: '11',
  paymentForm: '11',
  educationForm: '11',
  course: 2,
  results: [r(5), r(4)],
  olderDebts: 0,
};
const c = (patch: Partial<ScholarshipCandidate>): ScholarshipCandidate => ({ ...good, ...patch });
const base: ScholarshipOutcome = { included: true, rate: '11', basis: 'grades' };
const out = (...keys: (string | [string, Record<string, string | number>])[]): ScholarshipOutcome => ({
  included: false,
  reasons: keys.map((k) =>
    typeof k === 'string' ? { key: `scholarships.reason.${k}` } : { key: `scholarships.reason.${k[0]}`, params: k[1] },
  ),
});

describe('who gets a stipend, of which kind', () => {
  it.each<[string, ScholarshipCandidate, Half, Partial<ScholarshipRules>, ScholarshipOutcome]>([
    ['grant, full-time, passed everything → base', good, 2, {}, base],
    ['every result "aʼlo" → the increased rate 14', c({ results: [r(5), r(5)] }), 2, {}, { ...base, rate: '14' }],
    ['aʼlo switched off → base', c({ results: [r(5)] }), 2, { excellentEnabled: false }, base],
    ['aʼlo threshold lowered to 4', good, 2, { excellentMinGrade: 4 }, { ...base, rate: '14' }],
    ['a debt', c({ results: [r(5), r(2)] }), 2, {}, out(['debts', { count: 1 }])],
    ['a subject not sat counts as a debt', c({ results: [r(null)] }), 2, {}, out(['debts', { count: 1 }])],
    ['a "3" passes by default', c({ results: [r(3)] }), 2, {}, base],
    [
      'a "3" when the office pays from "4"',
      c({ results: [r(3), r(5)] }),
      2,
      { minGrade: 4 },
      out(['lowGrades', { min: 4 }]),
    ],
    ['older debts ignored by default', c({ olderDebts: 2 }), 2, {}, base],
    [
      'older debts counted when asked',
      c({ olderDebts: 2 }),
      2,
      { debtsFromAllSemesters: true },
      out(['debts', { count: 2 }]),
    ],
    ['no results of the last semester', c({ results: [] }), 2, {}, out('noGrades')],
    [
      'first-year, first semester: base without grades',
      c({ course: 1, results: [] }),
      1,
      {},
      { ...base, basis: 'firstSemester' },
    ],
    [
      'first-year, first semester, rule "none"',
      c({ course: 1, results: [] }),
      1,
      { firstSemester: 'none' },
      out('firstSemester'),
    ],
    ['first-year in spring is judged by the first session', c({ course: 1, results: [] }), 2, {}, out('noGrades')],
    ['contract student', c({ paymentForm: '12' }), 2, {}, out(['notGrant', { paymentForm: '12' }])],
    ['evening form', c({ educationForm: '12' }), 2, {}, out(['notFullTime', { educationForm: '12' }])],
    ['academic leave (no stipend, VMQ 344)', c({ status: '13' }), 2, {}, out('onLeave')],
    ['expelled', c({ status: '12' }), 2, {}, out(['notStudying', { status: '12' }])],
    ['no course known', c({ course: null }), 2, {}, out('noCourse')],
    [
      'every reason at once',
      c({ status: '13', paymentForm: '12', educationForm: '13', results: [r(2), r(2)] }),
      2,
      {},
      out(
        'onLeave',
        ['notGrant', { paymentForm: '12' }],
        ['notFullTime', { educationForm: '13' }],
        ['debts', { count: 2 }],
      ),
    ],
  ])('%s', (_name, candidate, half, rules, expected) => {
    expect(classifyCandidate(candidate, half, { ...RULES, ...rules })).toEqual(expected);
  });
});

describe('the semester that decides', () => {
  it.each<[number, Half, string, { code: string; educationYear: string } | null]>([
    [1, 1, '2025', null],
    [1, 2, '2025', { code: '11', educationYear: '2025' }],
    [2, 1, '2025', { code: '12', educationYear: '2024' }],
    [3, 2, '2025', { code: '15', educationYear: '2025' }],
  ])('course %i, half %i of %s', (course, half, year, expected) => {
    expect(lastClosedSemester(course, half, year)).toEqual(expected);
  });
});

describe('amounts and rules', () => {
  it.each<[string, '11' | '14', number | null, number]>([
    ['base from the tariff', '11', 1_000_000, 1_000_000],
    ['aʼlo = tariff × 1.2', '14', 1_000_001, 1_200_001],
    ['no published tariff: the rules’ amount', '14', null, 0],
  ])('%s', (_name, rate, monthly, expected) => {
    expect(stipendAmount(rate, RULES, monthly)).toBe(expected);
  });

  it('names every bad field of the rules', () => {
    const bad: ScholarshipRules = {
      ...RULES,
      paymentForms: [],
      minGrade: 6,
      excellentMinGrade: 3,
      rates: { '11': { multiplier: 0, amount: -1 }, '14': { multiplier: 1, amount: 1.5 } },
    };
    expect(rulesIssues(bad).map((i) => i.path)).toEqual([
      'paymentForms',
      'minGrade',
      'excellentMinGrade',
      'rates.11.multiplier',
      'rates.11.amount',
      'rates.14.amount',
    ]);
    expect(rulesIssues(RULES)).toEqual([]);
  });

  it('one run key per faculty, course and semester', () => {
    expect(scholarshipRunKey(null, null, '2025', 2)).toBe('scholarship:all:all:2025-2');
    expect(scholarshipRunKey('d1', 3, '2025', 1)).toBe('scholarship:d1:3:2025-1');
  });
});
