import { addDays } from '../../../../src-shared/domain/attendance-timetable';
import type { SummonsExtra } from '../../../../src-shared/domain/documents/summons';
import type { Sqlite } from '../../../db/connection';
import type { ExtraLoader } from './index';
import { sqliteOf } from './sqlite';

/** How far ahead a session is looked for when the curriculum has no semester dates. */
const LOOKAHEAD_DAYS = 120;

/**
 * The coming session of the student's group, read off its timetable: from the first to the last event
 * between today and the end of the current semester (its curriculum dates; 120 days without them).
 * Extramural students come for the whole session, its lessons and final controls; evening and distance
 * students study at their usual times and are called for the final controls only. Only the first
 * sitting of a final control (YN) counts: current controls fall anywhere in a semester and a re-sit is
 * not the session. Null when nothing is scheduled: the page then has lines to
 * fill by hand rather than a guessed date.
 */
export function timetableSession(
  db: Sqlite,
  studentId: string,
  educationForm: string | null,
  today: string,
): { from: string; to: string } | null {
  const group = db.prepare(`select group_id as groupId from students where id = ?`).get(studentId) as
    { groupId: string | null } | undefined;
  if (!group?.groupId) return null;
  const semester = db
    .prepare(
      `select sem.end_date as endDate from groups g
         join curriculum_semesters sem on sem.curriculum_id = g.curriculum_id
        where g.id = ? and sem.end_date >= ? order by sem.start_date limit 1`,
    )
    .get(group.groupId, today) as { endDate: string } | undefined;
  const until = semester?.endDate ?? addDays(today, LOOKAHEAD_DAYS);
  const lessons =
    educationForm === '13' || educationForm === '14'
      ? `select lesson_date as d from schedule_lessons where group_id = @g and lesson_date between @from and @to union all`
      : '';
  const span = db
    .prepare(
      `select min(d) as first, max(d) as last from (
         ${lessons}
         select exam_date as d from exams
          where group_id = @g and exam_date between @from and @to
            and exam_type = '13' and final_exam_type = '11')`,
    )
    .get({ g: group.groupId, from: today, to: until }) as { first: string | null; last: string | null };
  return span.first && span.last ? { from: span.first, to: span.last } : null;
}

/**
 * The summons' session: the dates typed at the counter win; a missing one comes from the timetable
 * (when it fits the typed one); with neither, the page prints lines to fill by hand.
 */
export const loadSummons: ExtraLoader = (db, source, params): SummonsExtra => {
  let from = params.sessionFrom ?? null;
  let to = params.sessionTo ?? null;
  let datesFrom: SummonsExtra['datesFrom'] = from || to ? 'params' : null;
  if (!from || !to) {
    const found = timetableSession(sqliteOf(db), source.student.id, source.student.educationForm, source.issuedOn);
    if (found && (!from || found.to >= from) && (!to || found.from <= to)) {
      datesFrom ??= 'timetable';
      from ??= found.from;
      to ??= found.to;
    }
  }
  return {
    sessionFrom: from,
    sessionTo: to,
    datesFrom,
    sessionKind: params.sessionKind ?? 'exam',
    employer: params.employer ?? '',
  };
};
