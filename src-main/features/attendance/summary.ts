import type { ChannelOutput } from '../../../src-shared/contract';
import type { Locale } from '../../../src-shared/contract/common';
import { evaluateSemester, subjectStatus, type AttendanceThresholds } from '../../../src-shared/domain/attendance';
import type { Sqlite } from '../../db/connection';
import { nameSql } from './repo';
import { AUDITORIUM_JOIN, hoursOf } from './reports';
import { nextFor } from './timetable';

type Summary = ChannelOutput<'attendance.studentSummary'>;

/** The card's attendance: per semester (newest first) and subject, the level reached, and what comes next. */
export function studentSummary(
  db: Sqlite,
  locale: Locale,
  t: AttendanceThresholds,
  student: { id: string; groupId: string | null },
  now: Date,
): Summary {
  const rows = db
    .prepare(
      `select x.education_year as educationYear, x.semester as semester, x.subject_id as subjectId,
              ${nameSql('sub', locale)} as subject,
              sum(x.hours_excused) as excused, sum(x.hours_unexcused) as unexcused,
              max(cs.total_hours) as totalHours, max(cs.hours) as hours
         from attendance x
         join students s on s.id = x.student_id
         join subjects sub on sub.id = x.subject_id
         left join groups g on g.id = s.group_id
         ${AUDITORIUM_JOIN}
        where x.student_id = ?
        group by x.education_year, x.semester, x.subject_id
        order by x.education_year desc, x.semester desc, subject`,
    )
    .all(student.id) as {
    educationYear: string;
    semester: string;
    subjectId: string;
    subject: string;
    excused: number;
    unexcused: number;
    totalHours: number | null;
    hours: string | null;
  }[];
  const semesters: Summary['semesters'] = [];
  for (const r of rows) {
    let sem = semesters.at(-1);
    if (!sem || sem.educationYear !== r.educationYear || sem.semester !== r.semester) {
      sem = {
        educationYear: r.educationYear,
        semester: r.semester,
        excused: 0,
        unexcused: 0,
        level: 'none',
        barred: false,
        subjects: [],
      };
      semesters.push(sem);
    }
    const aud = hoursOf(r.totalHours, r.hours);
    const status = subjectStatus({ excused: r.excused, unexcused: r.unexcused, auditoriumHours: aud }, t);
    sem.subjects.push({
      subjectId: r.subjectId,
      subject: r.subject,
      excused: r.excused,
      unexcused: r.unexcused,
      auditoriumHours: aud,
      percent: status.percent,
      barred: status.barred,
    });
  }
  for (const sem of semesters) {
    const e = evaluateSemester(sem.subjects, t);
    Object.assign(sem, { excused: e.excused, unexcused: e.unexcused, level: e.level, barred: e.barred.length > 0 });
  }
  const next = nextFor(db, locale, student.groupId, now);
  return { hasData: semesters.length > 0 || next.lesson !== null || next.exam !== null, semesters, next };
}
