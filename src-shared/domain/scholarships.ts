/**
 * Who gets a stipend for a semester, of which kind and how much (issue 7; DOMAIN §1.5 `h_stipend_rate`,
 * §2.3–2.5, §4.3): pure rules over a student's status, payment and education form and the results of the last
 * closed semester. The rules are the office's data (`scholarships.rules` in app_meta), edited on the
 * Scholarships screen; the defaults below follow the usual state rules and say why.
 *
 * Only the two kinds that follow from grades are computed: 11 bazaviy (base) and 14 "grant aʼlo" (increased,
 * for a grant student with top grades only). The other kinds (president's, named, disability, orphanhood,
 * talent) are granted by separate decisions; the office adds such a student to the order by hand.
 */
import { roundSom } from './fees';

/** `h_stipend_rate`: 11 base … 19 talent incentive. */
export const STIPEND_RATES = ['11', '12', '13', '14', '15', '16', '17', '18', '19'] as const;
export type StipendRate = (typeof STIPEND_RATES)[number];

/** The kinds the rules compute. */
export const COMPUTED_RATES = ['11', '14'] as const;
export type ComputedRate = (typeof COMPUTED_RATES)[number];
export const BASE_RATE: ComputedRate = '11';
export const EXCELLENT_RATE: ComputedRate = '14';

/** A scholarship order line's note that is only the monthly amount ("1 200 000"): the order text adds the currency. */
export const AMOUNT_NOTE = /^\d[\d \u2009\u202f]*$/;

/** Autumn (1) or spring (2) half of the academic year. */
export type Half = 1 | 2;

export interface RateAmount {
  /** × the published tariff's monthly (base) stipend of the year. */
  multiplier: number;
  /** Monthly soʻm when the year has no published tariff. */
  amount: number;
}

export interface ScholarshipRules {
  /** `h_payment_form` codes paid a stipend: 11 davlat granti (contract students pay for their own studies). */
  paymentForms: string[];
  /** `h_education_form` codes paid a stipend: 11 kunduzgi (evening and extramural students work; no stipend). */
  educationForms: string[];
  /**
   * Every result of the last closed semester must be at least this 5-point grade: 3 = every subject passed
   * (no debts, the state rule); an institution paying only "yaxshi" and "aʼlo" students sets 4.
   */
  minGrade: number;
  /** Debts of any earlier semester also exclude (a debt carried from last year), not only the last one's. */
  debtsFromAllSemesters: boolean;
  /** The increased "aʼlo" rate (14) for a grant student whose every result is at least `excellentMinGrade`. */
  excellentEnabled: boolean;
  excellentMinGrade: number;
  /**
   * First-years in their first semester have no results yet: they get the base rate when studying on a grant
   * full-time (the usual practice); `none` leaves them out until the first session.
   */
  firstSemester: 'base' | 'none';
  rates: Record<ComputedRate, RateAmount>;
}

export const DEFAULT_SCHOLARSHIP_RULES: ScholarshipRules = {
  paymentForms: ['11'],
  educationForms: ['11'],
  minGrade: 3,
  debtsFromAllSemesters: false,
  excellentEnabled: true,
  excellentMinGrade: 5,
  firstSemester: 'base',
  // "Aʼlo" students are paid the base stipend increased by a fifth in the office's usual practice; the
  // fallback amounts are zero on purpose, so an unset year shows up as 0 soʻm instead of a guessed figure.
  rates: { '11': { multiplier: 1, amount: 0 }, '14': { multiplier: 1.2, amount: 0 } },
};

/** One current result of the last closed semester: its 5-point grade (null: did not sit) and whether it is owed. */
export interface SemesterResult {
  grade: number | null;
  debt: boolean;
}

export interface ScholarshipCandidate {
  status: string;
  paymentForm: string | null;
  educationForm: string | null;
  course: number | null;
  /** Current results of the last closed semester. */
  results: readonly SemesterResult[];
  /** Debts of earlier semesters (counted only when the rules say so). */
  olderDebts: number;
}

export interface ExclusionReason {
  /** `scholarships.reason.*`. */
  key: string;
  params?: Record<string, string | number>;
}

export type ScholarshipOutcome =
  | { included: true; rate: ComputedRate; basis: 'grades' | 'firstSemester' }
  | { included: false; reasons: ExclusionReason[] };

const STUDYING = '11';
const ON_LEAVE = '13';

/** The semester (1-based) a course and half of the year is: course 2, spring → 4. */
export function semesterNumber(course: number, half: Half): number {
  return 2 * (course - 1) + half;
}

/** HEMIS semester code of a semester number (`10 + n`: 1 → '11'). */
export const semesterCode = (n: number): string => String(10 + n);

/**
 * The semester whose results decide the stipend of `half` of `educationYear` for a course: the one before it,
 * and the academic year it belongs to (autumn is decided by the previous year's spring). Null for the very first
 * semester, which has nothing before it.
 */
export function lastClosedSemester(
  course: number,
  half: Half,
  educationYear: string,
): { code: string; educationYear: string } | null {
  const n = semesterNumber(course, half) - 1;
  if (n < 1) return null;
  return { code: semesterCode(n), educationYear: half === 1 ? String(Number(educationYear) - 1) : educationYear };
}

const reason = (key: string, params?: ExclusionReason['params']): ExclusionReason => ({
  key: `scholarships.reason.${key}`,
  ...(params ? { params } : {}),
});

/** Every reason a candidate gets no stipend (all of them, in the order the office checks), or the rate. */
export function classifyCandidate(s: ScholarshipCandidate, half: Half, rules: ScholarshipRules): ScholarshipOutcome {
  const reasons: ExclusionReason[] = [];
  // No stipend during academic leave (VMQ 344).
  if (s.status === ON_LEAVE) reasons.push(reason('onLeave'));
  else if (s.status !== STUDYING) reasons.push(reason('notStudying', { status: s.status }));
  if (!s.paymentForm || !rules.paymentForms.includes(s.paymentForm))
    reasons.push(reason('notGrant', { paymentForm: s.paymentForm ?? '' }));
  if (!s.educationForm || !rules.educationForms.includes(s.educationForm))
    reasons.push(reason('notFullTime', { educationForm: s.educationForm ?? '' }));
  if (s.course === null || s.course < 1) {
    reasons.push(reason('noCourse'));
    return { included: false, reasons };
  }
  const first = semesterNumber(s.course, half) === 1;
  const debts = s.results.filter((r) => r.debt).length + (rules.debtsFromAllSemesters ? s.olderDebts : 0);
  if (debts > 0) reasons.push(reason('debts', { count: debts }));
  if (first) {
    if (rules.firstSemester === 'none') reasons.push(reason('firstSemester'));
  } else if (s.results.length === 0) {
    reasons.push(reason('noGrades'));
  } else if (debts === 0 && s.results.some((r) => (r.grade ?? 2) < rules.minGrade)) {
    reasons.push(reason('lowGrades', { min: rules.minGrade }));
  }
  if (reasons.length > 0) return { included: false, reasons };
  if (first) return { included: true, rate: BASE_RATE, basis: 'firstSemester' };
  const excellent = rules.excellentEnabled && s.results.every((r) => (r.grade ?? 2) >= rules.excellentMinGrade);
  return { included: true, rate: excellent ? EXCELLENT_RATE : BASE_RATE, basis: 'grades' };
}

/**
 * A rate's monthly amount in whole soʻm: the published tariff's monthly stipend × the rate's multiplier, or the
 * rules' own amount when the year has no published tariff.
 */
export function stipendAmount(rate: ComputedRate, rules: ScholarshipRules, monthlyStipend: number | null): number {
  const r = rules.rates[rate];
  return monthlyStipend === null ? roundSom(r.amount) : roundSom(monthlyStipend * r.multiplier);
}

/** Problems of rules typed by a person, each naming its field; empty when they can be saved. */
export function rulesIssues(rules: ScholarshipRules): { path: string; key: string }[] {
  const issues: { path: string; key: string }[] = [];
  const grade = (g: number) => Number.isInteger(g) && g >= 2 && g <= 5;
  if (rules.paymentForms.length === 0) issues.push({ path: 'paymentForms', key: 'scholarships.error.emptyList' });
  if (rules.educationForms.length === 0) issues.push({ path: 'educationForms', key: 'scholarships.error.emptyList' });
  if (!grade(rules.minGrade)) issues.push({ path: 'minGrade', key: 'scholarships.error.grade' });
  if (!grade(rules.excellentMinGrade) || rules.excellentMinGrade < rules.minGrade)
    issues.push({ path: 'excellentMinGrade', key: 'scholarships.error.excellentGrade' });
  for (const code of COMPUTED_RATES) {
    const r = rules.rates[code];
    if (!(r.multiplier > 0 && r.multiplier <= 10))
      issues.push({ path: `rates.${code}.multiplier`, key: 'scholarships.error.multiplier' });
    if (!(Number.isInteger(r.amount) && r.amount >= 0))
      issues.push({ path: `rates.${code}.amount`, key: 'scholarships.error.amount' });
  }
  return issues;
}

/**
 * `scholarship:<dept|all>:<course|all>:<year>-<half>`: the run that drafted an order, so a second run for the
 * same list finds and updates its draft. The semester comes last: every run of a semester ends the same.
 */
export function scholarshipRunKey(departmentId: string | null, course: number | null, year: string, half: Half) {
  return `scholarship:${departmentId ?? 'all'}:${course ?? 'all'}:${year}-${half}`;
}

export const scholarshipRunPattern = (year: string, half: Half): string => `scholarship:%:${year}-${half}`;
