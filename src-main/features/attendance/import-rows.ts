import { MAX_HOURS_PER_LESSON } from '../../../src-shared/domain/attendance';
import { foldName } from '../../../src-shared/domain/search-key';
import type { FieldIssue } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import type { Cell } from '../students/import/read-sheet';
import { textOf } from '../students/import/sheet-values';
import { semesterOn } from './repo';
import type { attendance, exams, scheduleLessons } from './schema';
import {
  attemptOf,
  dateOf,
  educationYearOf,
  examTypeOf,
  hoursOf,
  semesterOf,
  timeOf,
  trainingTypeOf,
  type ImportField,
} from './import-columns';

/**
 * One spreadsheet row → the row to upsert, or the problems that reject it (each naming its field;
 * the job turns the field into the column header the file used). Lookups are loaded once per job.
 */
type Stmt = ReturnType<Sqlite['prepare']>;

export interface RowContext {
  today: string;
  students: { byId: Stmt; byPinfl: Stmt };
  subjects: Map<string, string>;
  groups: Map<string, { id: string; curriculumId: string | null }>;
  db: Sqlite;
  now: string;
}

export function loadRowContext(db: Sqlite, today: string, now: string): RowContext {
  const subjects = new Map<string, string>();
  const rows = db
    .prepare('select id, code, name_uz_latn as a, name_uz_cyrl as b, name_ru as c, name_en as d from subjects')
    .all() as { id: string; code: string; a: string; b: string; c: string; d: string }[];
  for (const s of rows) {
    for (const name of [s.code, s.a, s.b, s.c, s.d]) if (name) subjects.set(foldName(name), s.id);
  }
  const groups = new Map(
    (
      db.prepare('select id, name, curriculum_id as curriculumId from groups').all() as {
        id: string;
        name: string;
        curriculumId: string | null;
      }[]
    ).map((g) => [groupKey(g.name), { id: g.id, curriculumId: g.curriculumId }]),
  );
  return {
    today,
    now,
    db,
    subjects,
    groups,
    students: {
      byId: db.prepare(
        'select s.id, s.group_id as groupId, g.curriculum_id as curriculumId from students s left join groups g on g.id = s.group_id where s.student_id_number = ?',
      ),
      byPinfl: db.prepare(
        'select s.id, s.group_id as groupId, g.curriculum_id as curriculumId from students s left join groups g on g.id = s.group_id where s.pinfl = ?',
      ),
    },
  };
}

/** Group names as typed in sheets: spaces and case differ (`ke-24 01` = `KE-24-01` is not assumed). */
export function groupKey(name: string): string {
  return name.replace(/\s+/g, '').toUpperCase();
}

type Get = (f: ImportField) => Cell | undefined;
type Result<T> = { row: T; issues: [] } | { row: null; issues: FieldIssue[] };

function common(get: Get, ctx: RowContext, issues: FieldIssue[]) {
  const subjectText = textOf(get('subject'));
  const subjectId = subjectText ? (ctx.subjects.get(foldName(subjectText)) ?? null) : null;
  if (!subjectText) issues.push({ path: 'subject', key: 'validation.required' });
  else if (!subjectId)
    issues.push({ path: 'subject', key: 'validation.attendanceUnknownSubject', params: { value: subjectText } });
  const dateCell = get('date');
  const date = dateOf(dateCell);
  if (textOf(dateCell) === '') issues.push({ path: 'date', key: 'validation.required' });
  else if (!date) issues.push({ path: 'date', key: 'validation.invalidDate' });
  const code = (f: ImportField, parse: (t: string) => string | null): string | null => {
    const text = textOf(get(f));
    const v = parse(text);
    if (v === null) issues.push({ path: f, key: 'validation.invalidValue', params: { value: text } });
    return v;
  };
  const semesterText = textOf(get('semester'));
  const yearText = textOf(get('educationYear'));
  const semester = semesterText ? code('semester', semesterOf) : null;
  const educationYear = yearText ? code('educationYear', educationYearOf) : null;
  return { subjectId, date, semester, educationYear, code };
}

function placeSemester(
  ctx: RowContext,
  curriculumId: string | null,
  date: string | null,
  given: { semester: string | null; educationYear: string | null },
  issues: FieldIssue[],
): { semester: string; educationYear: string } | null {
  if (given.semester && given.educationYear) return { semester: given.semester, educationYear: given.educationYear };
  const derived = date ? semesterOn(ctx.db, curriculumId, date) : null;
  if (!derived) {
    if (date)
      issues.push({ path: given.semester ? 'educationYear' : 'semester', key: 'validation.attendanceNoSemester' });
    return null;
  }
  return { semester: given.semester ?? derived.semester, educationYear: given.educationYear ?? derived.educationYear };
}

export function attendanceRow(get: Get, ctx: RowContext): Result<Omit<typeof attendance.$inferInsert, 'id'>> {
  const issues: FieldIssue[] = [];
  const sid = textOf(get('studentIdNumber'));
  const pinfl = textOf(get('pinfl'));
  const student = (sid ? ctx.students.byId.get(sid) : pinfl ? ctx.students.byPinfl.get(pinfl) : undefined) as
    { id: string; groupId: string | null; curriculumId: string | null } | undefined;
  const who = sid ? 'studentIdNumber' : 'pinfl';
  if (!sid && !pinfl) issues.push({ path: who, key: 'validation.required' });
  else if (!student)
    issues.push({ path: who, key: 'validation.attendanceUnknownStudent', params: { value: sid || pinfl } });
  const c = common(get, ctx, issues);
  if (c.date && c.date > ctx.today) issues.push({ path: 'date', key: 'validation.attendanceFutureDate' });
  const trainingType = c.code('trainingType', trainingTypeOf);
  const hours = (f: 'excused' | 'unexcused') => {
    const h = hoursOf(get(f));
    if (h === null || h < 0 || h > MAX_HOURS_PER_LESSON)
      issues.push({ path: f, key: 'validation.attendanceHours', params: { max: MAX_HOURS_PER_LESSON } });
    return h ?? 0;
  };
  const excused = hours('excused');
  const unexcused = hours('unexcused');
  if (excused + unexcused === 0 && !issues.some((i) => i.path === 'excused' || i.path === 'unexcused'))
    issues.push({ path: 'unexcused', key: 'validation.attendanceNoHours' });
  // An unknown student has no curriculum: asking for the semester too would only add noise.
  const placed = placeSemester(ctx, student?.curriculumId ?? null, c.date, c, student ? issues : []);
  if (issues.length > 0 || !student || !c.subjectId || !c.date || !placed) return { row: null, issues };
  return {
    issues: [],
    row: {
      hemisId: null,
      studentId: student.id,
      subjectId: c.subjectId,
      groupId: student.groupId,
      ...placed,
      trainingType: trainingType ?? '11',
      lessonDate: c.date,
      lessonPair: textOf(get('pair')),
      hoursExcused: excused,
      hoursUnexcused: unexcused,
      lecturer: textOf(get('lecturer')),
      source: 'excel',
      createdAt: ctx.now,
    },
  };
}

function groupOf(get: Get, ctx: RowContext, issues: FieldIssue[]) {
  const text = textOf(get('group'));
  const g = text ? ctx.groups.get(groupKey(text)) : undefined;
  if (!text) issues.push({ path: 'group', key: 'validation.required' });
  else if (!g) issues.push({ path: 'group', key: 'validation.attendanceUnknownGroup', params: { value: text } });
  return g ?? null;
}

function timeField(get: Get, f: 'startTime' | 'endTime', issues: FieldIssue[]): string {
  const text = textOf(get(f));
  const t = timeOf(get(f));
  if (text !== '' && t === '') issues.push({ path: f, key: 'validation.invalidValue', params: { value: text } });
  return t;
}

export function lessonRow(get: Get, ctx: RowContext): Result<Omit<typeof scheduleLessons.$inferInsert, 'id'>> {
  const issues: FieldIssue[] = [];
  const group = groupOf(get, ctx, issues);
  const c = common(get, ctx, issues);
  const trainingType = c.code('trainingType', trainingTypeOf);
  const startTime = timeField(get, 'startTime', issues);
  const endTime = timeField(get, 'endTime', issues);
  if (startTime && endTime && endTime <= startTime)
    issues.push({ path: 'endTime', key: 'validation.attendanceEndBeforeStart' });
  const placed = placeSemester(ctx, group?.curriculumId ?? null, c.date, c, []);
  if (issues.length > 0 || !group || !c.subjectId || !c.date) return { row: null, issues };
  return {
    issues: [],
    row: {
      hemisId: null,
      groupId: group.id,
      subjectId: c.subjectId,
      semester: placed?.semester ?? '',
      educationYear: placed?.educationYear ?? '',
      trainingType: trainingType ?? '11',
      lessonDate: c.date,
      lessonPair: textOf(get('pair')),
      startTime,
      endTime,
      auditorium: textOf(get('auditorium')),
      building: textOf(get('building')),
      lecturer: textOf(get('lecturer')),
      source: 'excel',
    },
  };
}

export function examRow(get: Get, ctx: RowContext): Result<Omit<typeof exams.$inferInsert, 'id'>> {
  const issues: FieldIssue[] = [];
  const group = groupOf(get, ctx, issues);
  const c = common(get, ctx, issues);
  const examType = c.code('examType', examTypeOf);
  const attempt = c.code('attempt', attemptOf);
  const startTime = timeField(get, 'startTime', issues);
  const placed = placeSemester(ctx, group?.curriculumId ?? null, c.date, c, []);
  if (issues.length > 0 || !group || !c.subjectId || !c.date || !examType || !attempt) return { row: null, issues };
  return {
    issues: [],
    row: {
      hemisId: null,
      groupId: group.id,
      subjectId: c.subjectId,
      semester: placed?.semester ?? '',
      educationYear: placed?.educationYear ?? '',
      examType,
      finalExamType: attempt,
      examDate: c.date,
      startTime,
      auditorium: textOf(get('auditorium')),
      lecturer: textOf(get('lecturer')),
      source: 'excel',
    },
  };
}
