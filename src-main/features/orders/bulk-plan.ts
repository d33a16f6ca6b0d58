import { createHash } from 'node:crypto';
import type { PlanStudent } from '../../../src-shared/contract/orders';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import {
  byGroupThenName,
  chunked,
  RUN_ORDER_TYPES,
  runEducationYear,
  runKeyPattern,
  type BulkKind,
  type Classified,
  type RunScope,
} from '../../../src-shared/domain/order-bulk';
import type { OrderType } from '../../../src-shared/domain/orders';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import type { Clock } from '../../db/store';
import { defaultClauseTexts } from './clauses';
import { saveDraft } from './drafts';
import type { OrderStudent } from './state';

/** The academic year a run made today belongs to: `education_years.current`, else today's (Tashkent). */
export function educationYearOfRun(db: Sqlite, clock: Clock): string {
  const current = db.prepare('select code from education_years where current = 1 order by code desc limit 1').get() as
    { code: string } | undefined;
  return runEducationYear(current?.code, tashkentMoment(clock.now()).date);
}

/** A faculty asked for by id must exist: an unknown one would silently plan for nobody. */
export function requireScope(db: Sqlite, scope: RunScope): void {
  if (scope.departmentId === null) return;
  if (!db.prepare('select 1 from departments where id = ?').get(scope.departmentId)) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Faculty not found', {
      details: { issues: [{ path: 'departmentId', key: 'validation.orders.unknownFaculty' }] },
    });
  }
}

/**
 * Students of the scope (faculty, education form, course) who are studying or on academic leave: the ones
 * the office asks about at the end of the year. Expelled and graduated students are not in a course's run.
 */
export function scopeStudentIds(db: Sqlite, scope: RunScope, course?: number): string[] {
  const where = ["status in ('11', '13')"];
  const params: (string | number)[] = [];
  if (course !== undefined) {
    where.push('course = ?');
    params.push(course);
  }
  if (scope.departmentId !== null) {
    where.push('department_id = ?');
    params.push(scope.departmentId);
  }
  if (scope.educationForm !== null) {
    where.push('education_form = ?');
    params.push(scope.educationForm);
  }
  return (db.prepare(`select id from students where ${where.join(' and ')}`).all(...params) as { id: string }[]).map(
    (r) => r.id,
  );
}

export interface RunOrder {
  orderId: string;
  number: string | null;
}

/**
 * For each student, the order of this kind they are already in: one made by any run of the academic year
 * (draft, approved or applied, whatever its scope), or any open one typed by hand. Such a student is
 * `already` and never put in a second order.
 */
export function runOrdersOf(
  db: Sqlite,
  kind: BulkKind,
  educationYear: string,
  studentIds: readonly string[],
): Map<string, RunOrder> {
  const rows = db
    .prepare(
      `select l.student_id as studentId, o.id as orderId, o.number
         from order_lines l join orders o on o.id = l.order_id
        where l.student_id in (select value from json_each(?))
          and o.type in (select value from json_each(?))
          and (o.run_key like ? or o.status in ('draft', 'approved'))
        order by o.created_at, o.id`,
    )
    .all(
      JSON.stringify(studentIds),
      JSON.stringify(RUN_ORDER_TYPES[kind]),
      runKeyPattern(kind, educationYear),
    ) as (RunOrder & { studentId: string })[];
  const out = new Map<string, RunOrder>();
  for (const r of rows) {
    // The latest order wins, but one with a number says more than a later unnumbered draft.
    const known = out.get(r.studentId);
    if (!known || known.number === null || r.number !== null)
      out.set(r.studentId, { orderId: r.orderId, number: r.number });
  }
  return out;
}

export function planStudent(s: OrderStudent, c: Classified, run: RunOrder | undefined): PlanStudent {
  return {
    studentId: s.id,
    fullName: s.fullName,
    groupName: s.groupName,
    course: s.course,
    gpa: s.gpa,
    debts: s.debts,
    outcome: c.outcome,
    key: c.key,
    orderNumber: c.outcome === 'already' ? (run?.number ?? null) : null,
  };
}

export function sortPlan(students: PlanStudent[]): PlanStudent[] {
  return students.sort(byGroupThenName);
}

/**
 * The plan's fingerprint: the run and every student's outcome, group and course. A create made from a plan
 * that no longer holds (someone applied an order, a grade came in) is refused rather than guessed at.
 */
export function planToken(runKey: string, students: readonly PlanStudent[]): string {
  const outcomes = students.map((s) => [s.studentId, s.outcome, s.key, s.groupName, s.course, s.orderNumber]);
  return createHash('sha256')
    .update(JSON.stringify([runKey, outcomes]))
    .digest('hex')
    .slice(0, 32);
}

export function checkPlanToken(expected: string, actual: string): void {
  if (expected !== actual) {
    throw new AppError('CONFLICT', 'error.orders.bulkPlanChanged', 'The data changed since the plan; plan again');
  }
}

export interface RunDraft {
  type: OrderType;
  runKey: string;
  departmentId: string | null;
  effectiveDate: string;
  /** In paragraph order. */
  studentIds: readonly string[];
}

/** Drafts the run's order of one type (several when it outgrows one draft), with the clause library's texts. */
export function draftRunOrders(w: Writer, login: string, draft: RunDraft): string[] {
  if (draft.studentIds.length === 0) return [];
  const clauses = defaultClauseTexts(w.sqlite, draft.type);
  return chunked(draft.studentIds).map((ids) =>
    saveDraft(w, login, {
      type: draft.type,
      departmentId: draft.departmentId,
      reversesOrderId: null,
      ...clauses,
      lines: ids.map((studentId) => ({
        studentId,
        effectiveDate: draft.effectiveDate,
        reason: '',
        newGroupId: null,
        leaveUntil: null,
        newName: null,
        note: '',
      })),
      runKey: draft.runKey,
    }),
  );
}
