/**
 * Timetable arithmetic in Tashkent time (UTC+5, no daylight saving since 1992): which lesson or exam
 * comes next, which week a date falls in. Lesson dates are calendar days and times are `HH:MM` wall
 * clock in Tashkent, as HEMIS shows them; `now` is an instant. Pure, so the counter's answer to
 * "when and where is my next class" is table-tested.
 */
export const TASHKENT_OFFSET_MINUTES = 5 * 60;

/** An exam without an end time still counts as "next" this long after it started (a latecomer asks where it is). */
export const EXAM_GRACE_MINUTES = 180;

export interface LocalMoment {
  /** `yyyy-mm-dd` in Tashkent. */
  date: string;
  /** `HH:MM` in Tashkent. */
  time: string;
}

export function tashkentMoment(now: Date): LocalMoment {
  const iso = new Date(now.getTime() + TASHKENT_OFFSET_MINUTES * 60_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** `8:30`, `08:30`, `08:30:00`, `8.30` → `08:30`; anything else → ''. */
export function normalizeTime(value: string | null | undefined): string {
  const m = /^\s*(\d{1,2})[:.](\d{2})(?::\d{2})?\s*$/.exec(value ?? '');
  if (!m) return '';
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return '';
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

function minutes(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

export interface TimedLesson {
  lessonDate: string;
  startTime: string;
  endTime: string;
}

export interface TimedExam {
  examDate: string;
  startTime: string;
}

/** A lesson's start and end on one comparable scale; a lesson without times fills its whole day. */
function lessonSpan(l: TimedLesson): [string, string] {
  const start = l.startTime || '00:00';
  const end = l.endTime || (l.startTime ? addMinutes(l.startTime, 80) : '23:59');
  return [`${l.lessonDate} ${start}`, `${l.lessonDate} ${end}`];
}

function addMinutes(time: string, add: number): string {
  const total = Math.min(minutes(time) + add, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export interface Next<T> {
  item: T;
  /** The lesson is going on right now (the student is late, not early). */
  inProgress: boolean;
}

/** The lesson going on now, or else the first one still to start. */
export function nextLesson<T extends TimedLesson>(lessons: readonly T[], now: Date): Next<T> | null {
  const m = tashkentMoment(now);
  const at = `${m.date} ${m.time}`;
  let best: { item: T; start: string; end: string } | null = null;
  for (const l of lessons) {
    const [start, end] = lessonSpan(l);
    if (end <= at) continue;
    if (!best || start < best.start || (start === best.start && end < best.end)) best = { item: l, start, end };
  }
  return best ? { item: best.item, inProgress: best.start <= at } : null;
}

/** The first exam that has not started yet, or started less than `EXAM_GRACE_MINUTES` ago. */
export function nextExam<T extends TimedExam>(exams: readonly T[], now: Date): Next<T> | null {
  const m = tashkentMoment(now);
  const at = `${m.date} ${m.time}`;
  let best: { item: T; start: string } | null = null;
  for (const e of exams) {
    const start = `${e.examDate} ${e.startTime || '00:00'}`;
    const end = `${e.examDate} ${e.startTime ? addMinutes(e.startTime, EXAM_GRACE_MINUTES) : '23:59'}`;
    if (end <= at) continue;
    if (!best || start < best.start) best = { item: e, start };
  }
  return best ? { item: best.item, inProgress: best.start <= at } : null;
}

/** Adds whole days to a `yyyy-mm-dd` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday and Sunday of the week `date` falls in (Uzbek timetables run Monday to Saturday). */
export function weekOf(date: string): { start: string; end: string } {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const start = addDays(date, day === 0 ? -6 : 1 - day);
  return { start, end: addDays(start, 6) };
}

/** The day whose week the timetable opens on: today, but on a Sunday (no classes) the week starting tomorrow. */
export function shownWeekDate(today: string): string {
  return new Date(`${today}T00:00:00Z`).getUTCDay() === 0 ? addDays(today, 1) : today;
}

/** A real calendar date `yyyy-mm-dd` (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A HEMIS unix timestamp (seconds; lesson dates are Tashkent midnights) → its Tashkent calendar day. */
export function unixToTashkentDate(seconds: number): string {
  return tashkentMoment(new Date(seconds * 1000)).date;
}

/** A Tashkent calendar day → the unix second of its midnight (HEMIS `lesson_date_from`). */
export function tashkentDateToUnix(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000 - TASHKENT_OFFSET_MINUTES * 60;
}
