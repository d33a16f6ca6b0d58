import type { AlertRow, DailyRow } from '../../../src-shared/contract/attendance';
import type { Locale } from '../../../src-shared/contract/common';
import {
  attendanceLevel,
  auditoriumHours,
  evaluateSemester,
  parseHoursByType,
  subjectStatus,
  type AttendanceThresholds,
} from '../../../src-shared/domain/attendance';
import type { Sqlite } from '../../db/connection';
import { nameSql, STUDENT_JOINS, studentRefSql } from './repo';

/** The lists of the attendance pages: daily report, threshold alerts, per-subject monitoring. */

/** Auditorium hours of the curriculum subject behind an absence (student's group curriculum × subject × semester). */
export const AUDITORIUM_JOIN = `left join curriculum_subjects cs
  on cs.curriculum_id = g.curriculum_id and cs.subject_id = x.subject_id and cs.semester = x.semester`;

export function hoursOf(total: number | null, json: string | null): number | null {
  return total === null && json === null ? null : auditoriumHours(total ?? 0, parseHoursByType(json));
}

const COLLATOR = new Intl.Collator('uz');

type StudentRef = Pick<AlertRow, 'id' | 'name' | 'studentIdNumber' | 'group' | 'faculty' | 'course'>;

export function dailyReport(
  db: Sqlite,
  locale: Locale,
  t: AttendanceThresholds,
  input: { date: string; facultyId?: string | undefined; groupId?: string | undefined },
): DailyRow[] {
  const where = ['x.lesson_date = @date', '(x.hours_excused + x.hours_unexcused) > 0'];
  if (input.facultyId) where.push('s.department_id = @facultyId');
  if (input.groupId) where.push('s.group_id = @groupId');
  const rows = db
    .prepare(
      `select ${studentRefSql(locale)}, s.department_id as facultyId, s.group_id as groupId,
              sum(x.hours_excused) as excused, sum(x.hours_unexcused) as unexcused,
              group_concat(distinct ${nameSql('sub', locale)}) as subjects,
              (select sum(b.hours_unexcused) from attendance b
                where b.student_id = x.student_id and b.semester = x.semester
                  and b.education_year = x.education_year and b.lesson_date <= @date) as semesterUnexcused
         from attendance x
         join students s on s.id = x.student_id
         join subjects sub on sub.id = x.subject_id
         ${STUDENT_JOINS}
        where ${where.join(' and ')}
        group by x.student_id
        order by faculty, "group", name`,
    )
    .all({ date: input.date, facultyId: input.facultyId ?? null, groupId: input.groupId ?? null }) as (Omit<
    DailyRow,
    'subjects' | 'level'
  > & { subjects: string | null })[];
  return rows.map((r) => ({
    ...r,
    subjects: (r.subjects ?? '').split(',').filter(Boolean),
    level: attendanceLevel(r.semesterUnexcused, t),
  }));
}

interface SubjectTotals {
  studentId: string;
  educationYear: string;
  semester: string;
  subjectId: string;
  subject: string;
  excused: number;
  unexcused: number;
  totalHours: number | null;
  hours: string | null;
}

/** The newest academic year with absences: the alerts list opens on it. */
export function latestYear(db: Sqlite): string | null {
  return (db.prepare('select max(education_year) as y from attendance').get() as { y: string | null }).y;
}

export function alerts(
  db: Sqlite,
  locale: Locale,
  t: AttendanceThresholds,
  f: { educationYear: string; semester?: string; facultyId?: string; course?: number; groupId?: string },
): AlertRow[] {
  // Sum per student × semester × subject on the attendance rows alone first, then join names and
  // hours to the (far fewer) sums: joining every absence row first was 5–8× slower at 400k rows.
  const where = ['education_year = @year'];
  if (f.semester) where.push('semester = @semester');
  const who: string[] = [];
  if (f.facultyId) who.push('department_id = @facultyId');
  if (f.course) who.push('course = @course');
  if (f.groupId) who.push('group_id = @groupId');
  if (who.length > 0) where.push(`student_id in (select id from students where ${who.join(' and ')})`);
  const params = {
    year: f.educationYear,
    semester: f.semester ?? null,
    facultyId: f.facultyId ?? null,
    course: f.course ?? null,
    groupId: f.groupId ?? null,
  };
  const subjects = db
    .prepare(
      `with x as (
         select student_id, education_year, semester, subject_id,
                sum(hours_excused) as excused, sum(hours_unexcused) as unexcused
           from attendance where ${where.join(' and ')}
          group by student_id, education_year, semester, subject_id)
       select x.student_id as studentId, x.education_year as educationYear, x.semester as semester,
              x.subject_id as subjectId, ${nameSql('sub', locale)} as subject, x.excused, x.unexcused,
              cs.total_hours as totalHours, cs.hours as hours
         from x
         join students s on s.id = x.student_id
         join subjects sub on sub.id = x.subject_id
         left join groups g on g.id = s.group_id
         ${AUDITORIUM_JOIN}`,
    )
    .all(params) as SubjectTotals[];
  const bySemester = new Map<string, SubjectTotals[]>();
  for (const s of subjects) {
    const key = `${s.studentId}|${s.educationYear}|${s.semester}`;
    const list = bySemester.get(key);
    if (list) list.push(s);
    else bySemester.set(key, [s]);
  }
  const flagged: { key: string; first: SubjectTotals; excused: number; unexcused: number; barred: string[] }[] = [];
  // A curriculum subject's hours are parsed once, not once per student.
  const hoursCache = new Map<string, number | null>();
  const auditorium = (s: SubjectTotals) => {
    const k = `${s.totalHours}|${s.hours}`;
    let v = hoursCache.get(k);
    if (v === undefined) hoursCache.set(k, (v = hoursOf(s.totalHours, s.hours)));
    return v;
  };
  for (const [key, list] of bySemester) {
    const e = evaluateSemester(
      list.map((s) => ({ ...s, auditoriumHours: auditorium(s) })),
      t,
    );
    if (e.level === 'none' && e.barred.length === 0) continue;
    flagged.push({ key, first: list[0] as SubjectTotals, ...e, barred: e.barred.map((i) => list[i]?.subject ?? '') });
  }
  const refs = studentRefs(
    db,
    locale,
    flagged.map((f) => f.first.studentId),
  );
  return flagged
    .map((f) => ({
      ...(refs.get(f.first.studentId) as StudentRef),
      educationYear: f.first.educationYear,
      semester: f.first.semester,
      excused: f.excused,
      unexcused: f.unexcused,
      level: attendanceLevel(f.unexcused, t),
      barredSubjects: f.barred,
    }))
    .sort((a, b) => b.unexcused - a.unexcused || COLLATOR.compare(a.name, b.name));
}

/** `studentRef` of many students by id (chunked: SQLite limits bound parameters). */
export function studentRefs(db: Sqlite, locale: Locale, ids: readonly string[]): Map<string, StudentRef> {
  const out = new Map<string, StudentRef>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = db
      .prepare(
        `select ${studentRefSql(locale)} from students s ${STUDENT_JOINS} where s.id in (${chunk.map(() => '?').join(',')})`,
      )
      .all(...chunk) as StudentRef[];
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

export function subjectMonitoring(
  db: Sqlite,
  locale: Locale,
  t: AttendanceThresholds,
  f: { groupId: string; subjectId: string; semester: string; educationYear: string },
) {
  const group = db.prepare('select curriculum_id as curriculumId from groups where id = ?').get(f.groupId) as
    { curriculumId: string | null } | undefined;
  const cs = db
    .prepare(
      `select total_hours as totalHours, hours from curriculum_subjects where curriculum_id = ? and subject_id = ? and semester = ?`,
    )
    .get(group?.curriculumId ?? '', f.subjectId, f.semester) as { totalHours: number; hours: string } | undefined;
  const aud = cs ? hoursOf(cs.totalHours, cs.hours) : null;
  const lessons = (
    db
      .prepare(
        `select count(*) as n from schedule_lessons where group_id = ? and subject_id = ? and semester = ? and education_year = ?`,
      )
      .get(f.groupId, f.subjectId, f.semester, f.educationYear) as { n: number }
  ).n;
  // Every student of the group, absent or not: the monitoring sheet is the whole class list.
  const rows = db
    .prepare(
      `select ${studentRefSql(locale)},
              coalesce(sum(x.hours_excused), 0) as excused, coalesce(sum(x.hours_unexcused), 0) as unexcused
         from students s ${STUDENT_JOINS}
         left join attendance x on x.student_id = s.id and x.subject_id = @subjectId
              and x.semester = @semester and x.education_year = @year
        where s.group_id = @groupId
           or s.id in (select student_id from attendance where group_id = @groupId and subject_id = @subjectId
                        and semester = @semester and education_year = @year)
        group by s.id order by name`,
    )
    .all({ groupId: f.groupId, subjectId: f.subjectId, semester: f.semester, year: f.educationYear }) as (StudentRef & {
    excused: number;
    unexcused: number;
  })[];
  return {
    auditoriumHours: aud,
    lessons,
    rows: rows.map((r) => {
      const s = subjectStatus({ excused: r.excused, unexcused: r.unexcused, auditoriumHours: aud }, t);
      return { ...r, auditoriumHours: aud, percent: s.percent, barred: s.barred };
    }),
  };
}
