/**
 * Promotion to the next course and graduation as bulk runs (issue 6, DOMAIN §2.3, §4.1): who of a course is
 * promoted, repeats the year, graduates, is blocked, or is already in an order of the year's run. Pure rules;
 * the backend loads the students' state and turns the outcome into draft orders.
 */
import { orderProblems, STATUS, type OrderType, type StudentState } from './orders';

export type BulkOutcome = 'promote' | 'repeat' | 'graduate' | 'blocked' | 'already';

export interface Classified {
  outcome: BulkOutcome;
  /** Message key (`orders.bulk.blocked.*`) saying why a student is blocked; null otherwise. */
  key: string | null;
}

export type BulkKind = 'promotion' | 'graduation';

/** The order types a run drafts: they decide who is `already` in the year's run. */
export const RUN_ORDER_TYPES: Record<BulkKind, readonly OrderType[]> = {
  promotion: ['promotion', 'repeatYear'],
  graduation: ['graduation'],
};

export interface RunScope {
  departmentId: string | null;
  educationForm: string | null;
}

/**
 * `promotion:<dept|all>:<form|all>:<course>:<year>` / `graduation:<dept|all>:<form|all>:<year>`. The year comes
 * last so that every run of a year is found by its suffix, whatever its scope: a student put in an order by the
 * run of one faculty is not put in again by a run over all faculties.
 */
export function runKeyOf(kind: BulkKind, scope: RunScope, educationYear: string, course?: number): string {
  const parts = [kind, scope.departmentId ?? 'all', scope.educationForm ?? 'all'];
  if (kind === 'promotion') parts.push(String(course ?? ''));
  return [...parts, educationYear].join(':');
}

/** A LIKE pattern matching every run key of this kind and academic year. */
export function runKeyPattern(kind: BulkKind, educationYear: string): string {
  return `${kind}:%:${educationYear}`;
}

/**
 * The academic year a run belongs to: the one marked current, else the one today falls in (it starts in
 * September, so 2026-08-31 still belongs to `'2025'`).
 */
export function runEducationYear(current: string | null | undefined, today: string): string {
  if (current) return current;
  const [y, m] = today.split('-').map(Number) as [number, number];
  return String(m >= 9 ? y : y - 1);
}

export const isFinalYear = (s: Pick<StudentState, 'course' | 'courseCount'>): boolean =>
  s.course !== null && s.courseCount !== null && s.course >= s.courseCount;

const blocked = (key: string): Classified => ({ outcome: 'blocked', key: `orders.bulk.blocked.${key}` });

/** The same "two open movements contradict each other" rule the order check applies. */
function inConflictingOrder(type: OrderType, s: StudentState): boolean {
  return orderProblems(type, s, { effectiveDate: '2000-01-01' }).some((p) => p.key === 'orders.problem.openOrder');
}

/** Why a student still in the course is not promoted or kept back, in the order the office asks about it. */
function commonBlock(type: OrderType, s: StudentState): Classified | null {
  if (s.status === STATUS.academicLeave) return blocked('onLeave');
  if (s.status !== STATUS.studying) return blocked('status');
  if (inConflictingOrder(type, s)) return blocked('openOrder');
  return null;
}

/**
 * Promotion (NIZOM-824 cl. 42): GPA of the year at or above the pass line → next course; below → the same
 * course again (a repeat-year order). Academic leave, the final year (graduation instead) and a year without
 * results stop both. `inRun`: the student is already in a promotion or repeat-year order of this year's run.
 */
export function promotionOutcome(s: StudentState, inRun: boolean): Classified {
  if (inRun) return { outcome: 'already', key: null };
  const block = commonBlock('promotion', s);
  if (block) return block;
  if (isFinalYear(s)) return blocked('finalYear');
  if (s.canTransfer === null) return blocked('noResults');
  return { outcome: s.canTransfer ? 'promote' : 'repeat', key: null };
}

export interface GraduationFacts {
  /** Mandatory subjects of the student's curriculum without a current result; null when no curriculum is known. */
  missingResults: number | null;
  /** Any counted result at all (a GPA). */
  hasResults: boolean;
}

/** Graduation: a final-year student who completed the curriculum (no debts, no subject without a result). */
export function graduationOutcome(s: StudentState, facts: GraduationFacts, inRun: boolean): Classified {
  if (inRun) return { outcome: 'already', key: null };
  const block = commonBlock('graduation', s);
  if (block) return block;
  if (!isFinalYear(s)) return blocked('notFinalYear');
  if (s.debts > 0) return blocked('debts');
  if (facts.missingResults !== null && facts.missingResults > 0) return blocked('missingResults');
  if (facts.missingResults === null && !facts.hasResults) return blocked('noResults');
  return { outcome: 'graduate', key: null };
}

const collator = new Intl.Collator('uz');

/** The order's paragraphs go group by group, by name within a group (how the dean's office reads them). */
export function byGroupThenName(
  a: { groupName: string | null; fullName: string },
  b: { groupName: string | null; fullName: string },
): number {
  return collator.compare(a.groupName ?? '', b.groupName ?? '') || collator.compare(a.fullName, b.fullName);
}

/** Lines per order: the contract's limit for a draft's lines, so a run's draft stays editable in the composer. */
export const MAX_LINES_PER_ORDER = 3000;

export function chunked<T>(items: readonly T[], size = MAX_LINES_PER_ORDER): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
