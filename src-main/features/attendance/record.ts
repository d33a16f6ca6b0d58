import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { HandlerContext } from '../../backend/context';
import { requireStudent, semesterOn } from './repo';
import { attendance } from './schema';
import { ATTENDANCE_SPEC, upsertRows } from './upsert';

type Input = ChannelParsedInput<'attendance.record'>;
type Output = ChannelOutput<'attendance.record'>;

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', 'The absence has errors', { details: { issues } });
}

/**
 * Enters or corrects one absence by hand. The row becomes `manual`, so a later HEMIS pull or import
 * does not undo the correction; 0 + 0 hours removes it. The reason goes into the audit entry.
 */
export function recordAbsence(input: Input, ctx: HandlerContext): Output {
  return ctx.command((w) => {
    const student = requireStudent(w.sqlite, input.studentId);
    const issues: FieldIssue[] = [];
    if (!w.sqlite.prepare('select 1 from subjects where id = ?').get(input.subjectId))
      issues.push({ path: 'subjectId', key: 'error.notFound' });
    if (input.lessonDate > tashkentMoment(ctx.clock.now()).date)
      issues.push({ path: 'lessonDate', key: 'validation.attendanceFutureDate' });
    const key = [input.studentId, input.subjectId, input.lessonDate, input.lessonPair];
    const existing = w.sqlite
      .prepare(
        'select id, semester, education_year as educationYear from attendance where student_id = ? and subject_id = ? and lesson_date = ? and lesson_pair = ?',
      )
      .get(...key) as { id: string; semester: string; educationYear: string } | undefined;
    const zero = input.hoursExcused + input.hoursUnexcused === 0;
    if (zero && !existing) issues.push({ path: 'hoursUnexcused', key: 'validation.attendanceNoHours' });
    const placed =
      input.semester && input.educationYear
        ? { semester: input.semester, educationYear: input.educationYear }
        : (existing ?? semesterOn(w.sqlite, student.curriculumId, input.lessonDate));
    if (!placed) issues.push({ path: 'semester', key: 'validation.required' });
    if (issues.length > 0 || !placed) throw invalid(issues);
    if (zero && existing) {
      w.recordEvent('attendance', existing.id, { reason: input.reason });
      w.delete(attendance, existing.id);
      return { id: existing.id, action: 'removed' as const };
    }
    const counts = upsertRows(
      w.sqlite,
      w,
      ATTENDANCE_SPEC,
      [
        {
          hemisId: null,
          studentId: input.studentId,
          subjectId: input.subjectId,
          groupId: student.groupId,
          semester: placed.semester,
          educationYear: placed.educationYear,
          trainingType: input.trainingType,
          lessonDate: input.lessonDate,
          lessonPair: input.lessonPair,
          hoursExcused: input.hoursExcused,
          hoursUnexcused: input.hoursUnexcused,
          source: 'manual',
          createdAt: w.now,
        },
      ],
      Date.parse(w.now),
    );
    const row = w.sqlite.prepare(
      'select id from attendance where student_id = ? and subject_id = ? and lesson_date = ? and lesson_pair = ?',
    );
    const id = (row.get(...key) as { id: string }).id;
    const action = counts.created ? 'created' : counts.updated ? 'updated' : 'unchanged';
    // The reason is audited with the change; a correction that changes nothing leaves no entry.
    if (action !== 'unchanged') w.recordEvent('attendance', id, { reason: input.reason });
    return { id, action };
  });
}
