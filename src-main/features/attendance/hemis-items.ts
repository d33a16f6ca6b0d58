import { z } from 'zod';
import { classifier as code, entity, idValue, num, str } from '../hemis/item-fields';
import { normalizeTime, unixToTashkentDate } from '../../../src-shared/domain/attendance-timetable';

/**
 * Readers of HEMIS `attendance-list`, `schedule-list` and `exam-list` items (DOMAIN §1.4), built from the
 * shared tolerant field readers. `exam-list` is not in the public digests field by field; the reader takes
 * the names HEMIS uses elsewhere (`examType`, `finalExamType`, `exam_date`) and their snake_case twins.
 */

const pair = z.object({ code: str, start_time: str, end_time: str }).nullable().optional().catch(null);
/** Unix seconds (HEMIS) or an ISO date → Tashkent calendar day. */
const day = z
  .union([z.number(), z.string()])
  .nullable()
  .optional()
  .catch(null)
  .transform((v) => {
    if (typeof v === 'number' && Number.isFinite(v)) return unixToTashkentDate(v);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
    if (typeof v === 'string' && /^\d+$/.test(v)) return unixToTashkentDate(Number(v));
    return null;
  });
const auditorium = z
  .union([
    z.object({ name: str, code: str, building: z.object({ name: str }).nullable().optional().catch(null) }),
    z.string(),
  ])
  .nullable()
  .optional()
  .catch(null);

export const attendanceItem = z.object({
  id: idValue,
  student: entity,
  subject: entity,
  group: entity,
  employee: entity,
  semester: code,
  educationYear: code,
  trainingType: code,
  lessonPair: pair,
  lesson_date: day,
  absent_on: num,
  absent_off: num,
});
export type AttendanceItem = z.infer<typeof attendanceItem>;

export const scheduleItem = z.object({
  id: idValue,
  subject: entity,
  group: entity,
  employee: entity,
  semester: code,
  educationYear: code,
  trainingType: code,
  lessonPair: pair,
  auditorium,
  lesson_date: day,
});
export type ScheduleItem = z.infer<typeof scheduleItem>;

export const examItem = z.object({
  id: idValue,
  subject: entity,
  group: entity,
  employee: entity,
  semester: code,
  educationYear: code,
  examType: code,
  exam_type: code,
  finalExamType: code,
  final_exam_type: code,
  lessonPair: pair,
  auditorium,
  exam_date: day,
  date: day,
  start_time: str,
});
export type ExamItem = z.infer<typeof examItem>;

export function roomOf(a: z.infer<typeof auditorium>): { auditorium: string; building: string } {
  if (!a) return { auditorium: '', building: '' };
  if (typeof a === 'string') return { auditorium: a, building: '' };
  return { auditorium: a.name ?? a.code ?? '', building: a.building?.name ?? '' };
}

export function timesOf(p: z.infer<typeof pair>): { lessonPair: string; startTime: string; endTime: string } {
  return {
    lessonPair: p?.code ?? '',
    startTime: normalizeTime(p?.start_time),
    endTime: normalizeTime(p?.end_time),
  };
}
