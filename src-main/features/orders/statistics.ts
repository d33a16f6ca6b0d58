import type { ChannelOutput, ChannelParsedInput, Locale } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';

type Input = ChannelParsedInput<'orders.statistics'>;
export type MovementStats = ChannelOutput<'orders.statistics'>;
export type MovementStatRow = MovementStats['rows'][number];

/** The dates are ISO days, so text comparison is date comparison. */
export function checkRange(input: { from: string; to: string }): void {
  if (input.to < input.from) {
    throw new AppError('VALIDATION', 'error.validation', 'The end date is before the start date', {
      details: { issues: [{ path: 'to', key: 'validation.orders.dateRange' }] },
    });
  }
}

/**
 * A movement's faculty and course are those it started from (`before`, what the order moved the student out
 * of): an expelled student counts for the faculty that lost them. Rows written before `before` carried the
 * faculty fall back to the student's present one.
 */
const FACULTY = `coalesce(case when json_valid(m.before) then json_extract(m.before, '$.departmentId') end, s.department_id)`;
const COURSE = `case when json_valid(m.before) then cast(json_extract(m.before, '$.course') as integer) end`;

/**
 * Applied movements (issue 6) counted by the order's type, the reason code (the line's classifier code),
 * faculty, course and month of the effective date, `from`..`to` inclusive. Only movements made by an applied
 * order count: a group change typed in the back office without an order is not a movement of the register.
 */
export function movementStatistics(db: Sqlite, input: Input): MovementStats {
  checkRange(input);
  const byFaculty = input.departmentId ? `and ${FACULTY} = ?` : '';
  const rows = db
    .prepare(
      `select type, reason, departmentId, d.name_uz_latn as departmentName, course, month, count
         from (select o.type as type, coalesce(l.reason, m.reason, '') as reason, ${FACULTY} as departmentId,
                      ${COURSE} as course, substr(m.effective_date, 1, 7) as month, count(*) as count
                 from student_movements m
                 join orders o on o.id = m.order_id and o.status = 'applied'
                 join students s on s.id = m.student_id
                 left join order_lines l on l.order_id = m.order_id and l.student_id = m.student_id
                where m.effective_date >= ? and m.effective_date <= ? ${byFaculty}
                group by 1, 2, 3, 4, 5) c
         left join departments d on d.id = c.departmentId
        order by month, type, reason, departmentName, course`,
    )
    .all(input.from, input.to, ...(input.departmentId ? [input.departmentId] : [])) as MovementStatRow[];
  return { rows, total: rows.reduce((n, r) => n + r.count, 0) };
}

/** Faculty names in the workbook's language (an empty translation falls back to the Uzbek Latin name). */
export function facultyNames(db: Sqlite, ids: readonly string[], locale: Locale): Map<string, string> {
  const column = { 'uz-Latn': 'name_uz_latn', 'uz-Cyrl': 'name_uz_cyrl', ru: 'name_ru', en: 'name_en' }[locale];
  const rows = db
    .prepare(
      `select id, coalesce(nullif(${column}, ''), name_uz_latn) as name from departments
        where id in (select value from json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
