import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import { subjects } from '../academic/schema';
import type { attendance, exams, scheduleLessons } from './schema';
import { attendanceItem, examItem, roomOf, scheduleItem, timesOf } from './hemis-items';

/**
 * HEMIS items → rows of our tables, inside the batch command. `student.id`, `group.id` and
 * `subject.id` are HEMIS ids and are looked up by the `hemis_id` columns. A subject the catalogue
 * does not know yet is added from the item's embedded `{id, name, code}` (the structure pull may
 * come later and will find it by the same HEMIS id); an unknown student or group skips the item,
 * with the reason counted, because inventing people or groups from a journal line would be wrong.
 */
export type PullEndpoint = 'attendance-list' | 'schedule-list' | 'exam-list';

export const SKIP_REASONS = ['unreadable', 'unknownStudent', 'unknownGroup', 'noSubject', 'noDate'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface Mapped<T> {
  rows: T[];
  skipped: { hemisId: number | null; reason: SkipReason }[];
}

export class HemisLookup {
  private readonly studentStmt;
  private readonly groupStmt;
  private readonly subjectStmt;
  private readonly subjectCache = new Map<number, string>();

  constructor(private readonly w: Writer) {
    this.studentStmt = w.sqlite.prepare('select id, group_id as groupId from students where hemis_id = ?');
    this.groupStmt = w.sqlite.prepare('select id from groups where hemis_id = ?');
    this.subjectStmt = w.sqlite.prepare('select id from subjects where hemis_id = ?');
  }

  student(hemisId: number | null | undefined): { id: string; groupId: string | null } | null {
    if (hemisId === null || hemisId === undefined) return null;
    return (this.studentStmt.get(hemisId) as { id: string; groupId: string | null } | undefined) ?? null;
  }

  group(hemisId: number | null | undefined): string | null {
    if (hemisId === null || hemisId === undefined) return null;
    return (this.groupStmt.get(hemisId) as { id: string } | undefined)?.id ?? null;
  }

  subject(s: { id?: number | null; name?: string | null; code?: string | null } | null | undefined): string | null {
    if (!s || s.id === null || s.id === undefined) return null;
    const cached = this.subjectCache.get(s.id);
    if (cached) return cached;
    let id = (this.subjectStmt.get(s.id) as { id: string } | undefined)?.id;
    if (!id) {
      id = uuidv7(Date.parse(this.w.now));
      this.w.insert(subjects, { id, hemisId: s.id, code: s.code ?? '', nameUzLatn: s.name?.trim() || `#${s.id}` });
    }
    this.subjectCache.set(s.id, id);
    return id;
  }
}

type AttendanceRow = Omit<typeof attendance.$inferInsert, 'id'>;
type LessonRow = Omit<typeof scheduleLessons.$inferInsert, 'id'>;
type ExamRow = Omit<typeof exams.$inferInsert, 'id'>;

export function mapAttendance(items: unknown[], look: HemisLookup, now: string): Mapped<AttendanceRow> {
  const out: Mapped<AttendanceRow> = { rows: [], skipped: [] };
  for (const raw of items) {
    const p = attendanceItem.safeParse(raw);
    if (!p.success) {
      out.skipped.push({ hemisId: null, reason: 'unreadable' });
      continue;
    }
    const i = p.data;
    const student = look.student(i.student?.id);
    const skip = (reason: SkipReason) => out.skipped.push({ hemisId: i.id, reason });
    if (!student) {
      skip('unknownStudent');
      continue;
    }
    if (!i.lesson_date) {
      skip('noDate');
      continue;
    }
    const subjectId = look.subject(i.subject);
    if (!subjectId) {
      skip('noSubject');
      continue;
    }
    out.rows.push({
      hemisId: i.id,
      studentId: student.id,
      subjectId,
      groupId: look.group(i.group?.id) ?? student.groupId,
      semester: i.semester ?? '',
      educationYear: i.educationYear ?? '',
      trainingType: i.trainingType ?? '11',
      lessonDate: i.lesson_date,
      lessonPair: timesOf(i.lessonPair).lessonPair,
      hoursExcused: i.absent_on ?? 0,
      hoursUnexcused: i.absent_off ?? 0,
      lecturer: i.employee?.name ?? '',
      source: 'hemis',
      createdAt: now,
    });
  }
  return out;
}

export function mapSchedule(items: unknown[], look: HemisLookup): Mapped<LessonRow> {
  const out: Mapped<LessonRow> = { rows: [], skipped: [] };
  for (const raw of items) {
    const p = scheduleItem.safeParse(raw);
    if (!p.success) {
      out.skipped.push({ hemisId: null, reason: 'unreadable' });
      continue;
    }
    const i = p.data;
    const groupId = look.group(i.group?.id);
    const skip = (reason: SkipReason) => out.skipped.push({ hemisId: i.id, reason });
    if (!groupId) {
      skip('unknownGroup');
      continue;
    }
    if (!i.lesson_date) {
      skip('noDate');
      continue;
    }
    const subjectId = look.subject(i.subject);
    if (!subjectId) {
      skip('noSubject');
      continue;
    }
    out.rows.push({
      hemisId: i.id,
      groupId,
      subjectId,
      semester: i.semester ?? '',
      educationYear: i.educationYear ?? '',
      trainingType: i.trainingType ?? '11',
      lessonDate: i.lesson_date,
      ...timesOf(i.lessonPair),
      ...roomOf(i.auditorium),
      lecturer: i.employee?.name ?? '',
      source: 'hemis',
    });
  }
  return out;
}

export function mapExams(items: unknown[], look: HemisLookup): Mapped<ExamRow> {
  const out: Mapped<ExamRow> = { rows: [], skipped: [] };
  for (const raw of items) {
    const p = examItem.safeParse(raw);
    if (!p.success) {
      out.skipped.push({ hemisId: null, reason: 'unreadable' });
      continue;
    }
    const i = p.data;
    const groupId = look.group(i.group?.id);
    const date = i.exam_date ?? i.date;
    const skip = (reason: SkipReason) => out.skipped.push({ hemisId: i.id, reason });
    if (!groupId) {
      skip('unknownGroup');
      continue;
    }
    if (!date) {
      skip('noDate');
      continue;
    }
    const subjectId = look.subject(i.subject);
    if (!subjectId) {
      skip('noSubject');
      continue;
    }
    out.rows.push({
      hemisId: i.id,
      groupId,
      subjectId,
      semester: i.semester ?? '',
      educationYear: i.educationYear ?? '',
      examType: i.examType ?? i.exam_type ?? '13',
      finalExamType: i.finalExamType ?? i.final_exam_type ?? '11',
      examDate: date,
      startTime: timesOf(i.lessonPair).startTime || normalizeStart(i.start_time),
      auditorium: roomOf(i.auditorium).auditorium,
      lecturer: i.employee?.name ?? '',
      source: 'hemis',
    });
  }
  return out;
}

function normalizeStart(v: string | null | undefined): string {
  const m = /(\d{1,2})[:.](\d{2})/.exec(v ?? '');
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2]}` : '';
}
