import type { FieldIssue } from '../errors';

/**
 * Attendance rules (DOMAIN §2.4). Borders are data the head of office may change; the defaults are
 * HEMIS's `e_attendance_setting_border` rows (12 / 36 / 74 unexcused hours a semester) and
 * NIZOM-824's 25 % rule (a student who misses that share of a subject's auditorium hours without
 * an excuse is barred from its final control).
 */
export interface AttendanceThresholds {
  /** Unexcused hours in a semester from which a student gets a warning (ogohlantirish). */
  warning: number;
  /** … a reprimand (hayfsan). */
  reprimand: number;
  /** … is at risk of expulsion (chetlashtirish). */
  expulsion: number;
  /** Share (%) of a subject's auditorium hours missed that bars the student from its final control. */
  barredPercent: number;
  /**
   * Whether excused hours count towards the 25 % too. NIZOM-824 counts unexcused hours only; some
   * OTMs count every missed hour because the student still did not learn the material.
   */
  barredCountsExcused: boolean;
}

export const DEFAULT_ATTENDANCE_THRESHOLDS: AttendanceThresholds = {
  warning: 12,
  reprimand: 36,
  expulsion: 74,
  barredPercent: 25,
  barredCountsExcused: false,
};

export const ATTENDANCE_LEVELS = ['none', 'warning', 'reprimand', 'expulsion'] as const;
export type AttendanceLevel = (typeof ATTENDANCE_LEVELS)[number];

/** `h_training_type` 17: self-study (mustaqil taʼlim) happens outside the classroom and is never "missed". */
export const SELF_STUDY_TYPE = '17';

/** The most hours one record may hold: a lesson pair is 2 academic hours; a whole day of pairs stays under 12. */
export const MAX_HOURS_PER_LESSON = 12;

/** Problems of a thresholds draft, by field: the borders must grow and the share must be a percentage. */
export function checkThresholds(t: AttendanceThresholds): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!(t.warning > 0)) issues.push({ path: 'warning', key: 'validation.tooSmall', params: { min: 1 } });
  if (!(t.reprimand > t.warning))
    issues.push({ path: 'reprimand', key: 'validation.attendanceBorderOrder', params: { min: t.warning + 1 } });
  if (!(t.expulsion > t.reprimand))
    issues.push({ path: 'expulsion', key: 'validation.attendanceBorderOrder', params: { min: t.reprimand + 1 } });
  if (!(t.barredPercent > 0 && t.barredPercent <= 100))
    issues.push({ path: 'barredPercent', key: 'validation.attendancePercent' });
  return issues;
}

/** The highest level a semester's unexcused hours reach. */
export function attendanceLevel(unexcusedHours: number, t: AttendanceThresholds): AttendanceLevel {
  if (unexcusedHours >= t.expulsion) return 'expulsion';
  if (unexcusedHours >= t.reprimand) return 'reprimand';
  if (unexcusedHours >= t.warning) return 'warning';
  return 'none';
}

/** Orders levels so lists can filter "this level or worse". */
export function levelRank(level: AttendanceLevel): number {
  return ATTENDANCE_LEVELS.indexOf(level);
}

/**
 * A subject's auditorium (classroom) hours: its hours by training type without self-study; when the
 * curriculum lists no per-type hours, the total minus self-study. Null when nothing is known, so a
 * missing curriculum never makes anyone "barred".
 */
export function auditoriumHours(totalHours: number, hoursByType: Record<string, number>): number | null {
  const classroom = Object.entries(hoursByType)
    .filter(([type, h]) => type !== SELF_STUDY_TYPE && Number.isFinite(h) && h > 0)
    .reduce((sum, [, h]) => sum + h, 0);
  if (classroom > 0) return classroom;
  const rest = totalHours - (hoursByType[SELF_STUDY_TYPE] ?? 0);
  return rest > 0 ? rest : null;
}

/** Parses the curriculum's `hours` JSON; anything unreadable counts as "no per-type hours". */
export function parseHoursByType(json: string | null | undefined): Record<string, number> {
  if (!json) return {};
  try {
    const value = JSON.parse(json) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
      if (Number.isFinite(n)) out[k] = n;
    }
    return out;
  } catch {
    return {};
  }
}

export interface SubjectAbsence {
  excused: number;
  unexcused: number;
  /** Null when the subject's hours are unknown. */
  auditoriumHours: number | null;
}

export interface SubjectStatus {
  /** Missed hours (excused + unexcused) as a share of the auditorium hours, one decimal; null if unknown. */
  percent: number | null;
  /** The hours the 25 % rule counts, as a share; null if unknown. */
  countedPercent: number | null;
  barred: boolean;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Where one subject stands against the 25 % rule. */
export function subjectStatus(a: SubjectAbsence, t: AttendanceThresholds): SubjectStatus {
  if (a.auditoriumHours === null || a.auditoriumHours <= 0)
    return { percent: null, countedPercent: null, barred: false };
  const counted = a.unexcused + (t.barredCountsExcused ? a.excused : 0);
  // Compared on hours, not on the rounded percentage: 9 of 36 hours is exactly 25 %.
  const barred = counted > 0 && counted * 100 >= t.barredPercent * a.auditoriumHours;
  return {
    percent: oneDecimal(((a.excused + a.unexcused) * 100) / a.auditoriumHours),
    countedPercent: oneDecimal((counted * 100) / a.auditoriumHours),
    barred,
  };
}

export interface SemesterEvaluation {
  excused: number;
  unexcused: number;
  level: AttendanceLevel;
  /** Indices (into the input) of the subjects the student is barred from. */
  barred: number[];
}

/** One student's semester: totals, the level reached, and the subjects they are barred from. */
export function evaluateSemester(subjects: readonly SubjectAbsence[], t: AttendanceThresholds): SemesterEvaluation {
  let excused = 0;
  let unexcused = 0;
  const barred: number[] = [];
  subjects.forEach((s, i) => {
    excused += s.excused;
    unexcused += s.unexcused;
    if (subjectStatus(s, t).barred) barred.push(i);
  });
  return { excused, unexcused, level: attendanceLevel(unexcused, t), barred };
}
