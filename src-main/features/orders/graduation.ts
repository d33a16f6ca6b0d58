import type { BulkPlan, ChannelParsedInput } from '../../../src-shared/contract';
import {
  graduationOutcome,
  isFinalYear,
  runKeyOf,
  type GraduationFacts,
  type RunScope,
} from '../../../src-shared/domain/order-bulk';
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

/**
 * Mandatory subjects of each student's curriculum (the group's) without a current passing result: the
 * curriculum is not completed while one is left, even where the GPA sums do not see it (a state exam, a
 * graduation work, a subject never entered). Electives are left out: a student takes only some of them.
 */
function curriculumGaps(db: Sqlite, studentIds: readonly string[]): Map<string, number | null> {
  const rows = db
    .prepare(
      `select s.id as studentId, g.curriculum_id as curriculumId, count(cs.id) as missing
         from students s
         left join groups g on g.id = s.group_id
         left join curriculum_subjects cs
           on cs.curriculum_id = g.curriculum_id and cs.active = 1 and cs.subject_type = '11'
          and not exists (select 1 from academic_records r
                           where r.student_id = s.id and r.subject_id = cs.subject_id and r.is_current = 1
                             and r.grade >= 3)
        where s.id in (select value from json_each(?))
        group by s.id`,
    )
    .all(JSON.stringify(studentIds)) as { studentId: string; curriculumId: string | null; missing: number }[];
  return new Map(rows.map((r) => [r.studentId, r.curriculumId === null ? null : r.missing]));
}

export interface GraduationRun {
  plan: BulkPlan;
  runKey: string;
}

/**
 * The dry run of oʻqishni bitirish: the final-year students of the scope (course ≥ the programme's courses)
 * and anyone already in a graduation order of the year's run. Students of earlier courses are not listed:
 * a faculty-wide list of everyone "not in the final year" would hide the few who matter.
 */
export function graduationRun(
  db: Sqlite,
  clock: Clock,
  input: ChannelParsedInput<'orders.graduationPlan'>,
): GraduationRun {
  const scope: RunScope = { departmentId: input.departmentId, educationForm: input.educationForm };
  requireScope(db, scope);
  const educationYear = educationYearOfRun(db, clock);
  const runKey = runKeyOf('graduation', scope, educationYear);
  const ids = scopeStudentIds(db, scope);
  const states = loadOrderStudents(db, ids);
  const inRun = runOrdersOf(db, 'graduation', educationYear, ids);
  const listed = [...states.values()].filter((s) => isFinalYear(s) || inRun.has(s.id));
  const gaps = curriculumGaps(
    db,
    listed.map((s) => s.id),
  );
  const students = sortPlan(
    listed.map((s) => {
      const facts: GraduationFacts = { missingResults: gaps.get(s.id) ?? null, hasResults: s.gpa !== null };
      return planStudent(s, graduationOutcome(s, facts, inRun.has(s.id)), inRun.get(s.id));
    }),
  );
  return { runKey, plan: { token: planToken(runKey, students), educationYear, students } };
}

/** One graduation order (drafted with the run's key) for every student the plan lets graduate. */
export function createGraduationOrders(
  w: Writer,
  clock: Clock,
  login: string,
  input: ChannelParsedInput<'orders.graduationCreate'>,
): { orderIds: string[]; graduating: number } {
  const { plan, runKey } = graduationRun(w.sqlite, clock, input);
  checkPlanToken(input.token, plan.token);
  const ids = plan.students.filter((s) => s.outcome === 'graduate').map((s) => s.studentId);
  const orderIds = draftRunOrders(w, login, {
    type: 'graduation',
    runKey,
    departmentId: input.departmentId,
    effectiveDate: input.effectiveDate,
    studentIds: ids,
  });
  return { orderIds, graduating: ids.length };
}
