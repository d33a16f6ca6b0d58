import type { BulkPlan, ChannelParsedInput } from '../../../src-shared/contract';
import { promotionOutcome, runKeyOf, type RunScope } from '../../../src-shared/domain/order-bulk';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import type { Clock } from '../../db/store';
import {
  checkPlanToken,
  draftRunOrders,
  educationYearOfRun,
  planStudent,
  planToken,
  requireScope,
  runOrdersOf,
  scopeStudentIds,
  sortPlan,
} from './bulk-plan';
import { loadOrderStudents } from './state';

type PlanInput = ChannelParsedInput<'orders.promotionPlan'>;

export interface PromotionRun {
  plan: BulkPlan;
  runKey: string;
}

/**
 * The dry run of kursdan kursga oʻtkazish for a course: everyone of the scope still in the course, each
 * promoted, kept back for the year, blocked (with why) or already in an order of the year's promotion run.
 * Students a run already promoted are in the next course and no longer here.
 */
export function promotionRun(db: Sqlite, clock: Clock, input: PlanInput): PromotionRun {
  const scope: RunScope = { departmentId: input.departmentId, educationForm: input.educationForm };
  requireScope(db, scope);
  const educationYear = educationYearOfRun(db, clock);
  const runKey = runKeyOf('promotion', scope, educationYear, input.course);
  const ids = scopeStudentIds(db, scope, input.course);
  const states = loadOrderStudents(db, ids);
  const inRun = runOrdersOf(db, 'promotion', educationYear, ids);
  const students = sortPlan(
    [...states.values()].map((s) => planStudent(s, promotionOutcome(s, inRun.has(s.id)), inRun.get(s.id))),
  );
  return { runKey, plan: { token: planToken(runKey, students), educationYear, students } };
}

/**
 * One promotion order (everyone promoted) and one repeat-year order (everyone below the pass line), as drafts
 * marked with the run. The plan is made again inside the command and must match the one the office saw;
 * students already in an order of the year's run are `already` in it, so a second run adds nobody.
 */
export function createPromotionOrders(
  w: Writer,
  clock: Clock,
  login: string,
  input: ChannelParsedInput<'orders.promotionCreate'>,
): { orderIds: string[]; promoted: number; repeating: number } {
  const { plan, runKey } = promotionRun(w.sqlite, clock, input);
  checkPlanToken(input.token, plan.token);
  const idsOf = (outcome: string) => plan.students.filter((s) => s.outcome === outcome).map((s) => s.studentId);
  const promote = idsOf('promote');
  const repeat = idsOf('repeat');
  const common = { runKey, departmentId: input.departmentId, effectiveDate: input.effectiveDate };
  const orderIds = [
    ...draftRunOrders(w, login, { ...common, type: 'promotion', studentIds: promote }),
    ...draftRunOrders(w, login, { ...common, type: 'repeatYear', studentIds: repeat }),
  ];
  return { orderIds, promoted: promote.length, repeating: repeat.length };
}
