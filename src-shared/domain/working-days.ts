/**
 * Working-day arithmetic for service-desk deadlines (issue 7: "ready in three working days").
 *
 * Everything is a plain ISO calendar date ('YYYY-MM-DD') as seen on the office wall calendar in Tashkent.
 * There are no times and no time zones in here on purpose: a request taken at 17:55 and one taken at 09:00 on
 * the same day have the same deadline, and converting through a `Date` in local time would shift dates by one
 * on machines whose clock is not set to UTC+5. Callers turn "now" into today's Tashkent date once, outside.
 */

export interface LocalizedName {
  uz: string;
  ru: string;
  en: string;
}

export interface Holiday {
  date: string;
  name: LocalizedName;
}

/** The office-editable calendar. The default one for Uzbekistan is built in `uz-holidays.ts`. */
export interface HolidayCalendar {
  /** Non-working days, including the days off moved by Labor Code art. 208 and extra days set by decree. */
  holidays: Holiday[];
  /** Weekend days made working days by a transfer decree (e.g. a Saturday worked to bridge a holiday). */
  workdays: string[];
  /** Days of the week that are days off: 0 = Sunday … 6 = Saturday. [0, 6] for a five-day week, [0] for six. */
  weekendDays: number[];
}

export const FIVE_DAY_WEEK: readonly number[] = [0, 6];
export const SIX_DAY_WEEK: readonly number[] = [0];

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or null when the text is not a real calendar date (2026-02-30 is not). */
function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC silently rolls 2026-02-30 over to 2 March; a round trip catches it.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

function requireDayNumber(iso: string): number {
  const n = dayNumber(iso);
  if (n === null) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(iso)}`);
  return n;
}

function isoFromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(text: string): boolean {
  return dayNumber(text) !== null;
}

/** The calendar date `days` days after (or before, when negative) `date`. */
export function addCalendarDays(date: string, days: number): string {
  return isoFromDayNumber(requireDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, like `Date.getDay()`. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((requireDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * A listed holiday is never a working day, even if the same date is also listed as a transferred workday:
 * that conflict is reported by `calendarProblems`, and meanwhile the later deadline is the safer reading.
 */
export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
  requireDayNumber(date);
  if (cal.holidays.some((h) => h.date === date)) return false;
  if (cal.workdays.includes(date)) return true;
  return !cal.weekendDays.includes(dayOfWeek(date));
}

// A calendar whose weekend covers all seven days would loop for ever; validation reports it, this stops it.
const MAX_DAYS_WITHOUT_WORK = 366;

function stepToWorkingDay(from: number, direction: 1 | -1, cal: HolidayCalendar): number {
  let n = from;
  for (let i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, n += direction) {
    if (isWorkingDay(isoFromDayNumber(n), cal)) return n;
  }
  throw new RangeError('The calendar has no working day within a year');
}

/** `date` itself when it is a working day, else the next working day after it. */
export function firstWorkingDayFrom(date: string, cal: HolidayCalendar): string {
  return isoFromDayNumber(stepToWorkingDay(requireDayNumber(date), 1, cal));
}

/**
 * The deadline of a request taken on `taken` with a term of `n` working days.
 *
 * Rule: a request counts as taken on `firstWorkingDayFrom(taken)` — one handed in on a Saturday, a holiday
 * or through a kiosk on a Sunday is registered on the next working day, like a request taken that morning —
 * and it is due on the n-th working day after that day. So with n = 3 a Monday request is due on Thursday,
 * a Friday request on Wednesday, and a Saturday request on Thursday (the same as Monday's). n = 0 means
 * "the same working day".
 */
export function addWorkingDays(taken: string, n: number, cal: HolidayCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A term in working days must be a whole number ≥ 0: ${n}`);
  let day = stepToWorkingDay(requireDayNumber(taken), 1, cal);
  for (let i = 0; i < n; i++) day = stepToWorkingDay(day + 1, 1, cal);
  return isoFromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is earlier. So Monday → Thursday
 * is 3, and it is 0 from a Friday to the Sunday after it. For a working day d,
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export function workingDaysBetween(from: string, to: string, cal: HolidayCalendar): number {
  const a = requireDayNumber(from);
  const b = requireDayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let n = lo + 1; n <= hi; n++) if (isWorkingDay(isoFromDayNumber(n), cal)) count++;
  return sign * count;
}

/**
 * How a deadline stands today, for highlighting the queue. `overdue` starts the calendar day after the due
 * date, so on the Saturday after a Friday deadline the request is overdue by 0 working days: late, but no
 * working day has been lost yet.
 */
export type DeadlineStatus =
  { state: 'ok'; workingDaysLeft: number } | { state: 'dueToday' } | { state: 'overdue'; workingDaysOver: number };

export function deadlineState(due: string, today: string, cal: HolidayCalendar): DeadlineStatus {
  const d = requireDayNumber(due);
  const t = requireDayNumber(today);
  if (t === d) return { state: 'dueToday' };
  if (t < d) return { state: 'ok', workingDaysLeft: workingDaysBetween(today, due, cal) };
  return { state: 'overdue', workingDaysOver: workingDaysBetween(due, today, cal) };
}

/** One thing wrong with an edited calendar; `row` is the 0-based row of `list` in the editor. */
export interface CalendarProblem {
  key:
    | 'requests.calendar.badDate'
    | 'requests.calendar.duplicateDate'
    | 'requests.calendar.missingName'
    | 'requests.calendar.workdayIsHoliday'
    | 'requests.calendar.badWeekendDay'
    | 'requests.calendar.noWorkingDays';
  list: 'holidays' | 'workdays' | 'weekendDays';
  row: number;
}

/**
 * Problems in a calendar as the office edited it, every one naming its row, so the editor can mark them all
 * at once. An empty list means the calendar is safe to save and to count deadlines with.
 */
export function calendarProblems(cal: HolidayCalendar): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const holidayDates = new Set<string>();
  cal.holidays.forEach((h, row) => {
    if (!isIsoDate(h.date)) problems.push({ key: 'requests.calendar.badDate', list: 'holidays', row });
    else if (holidayDates.has(h.date)) problems.push({ key: 'requests.calendar.duplicateDate', list: 'holidays', row });
    holidayDates.add(h.date);
    // Only the Uzbek name is required: it is the office's working language and what the queue screen shows.
    if (h.name.uz.trim() === '') problems.push({ key: 'requests.calendar.missingName', list: 'holidays', row });
  });

  const weekendValid = cal.weekendDays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  cal.weekendDays.forEach((d, row) => {
    const repeated = cal.weekendDays.indexOf(d) !== row;
    if (!Number.isInteger(d) || d < 0 || d > 6 || repeated)
      problems.push({ key: 'requests.calendar.badWeekendDay', list: 'weekendDays', row });
  });
  if (weekendValid && new Set(cal.weekendDays).size === 7)
    problems.push({ key: 'requests.calendar.noWorkingDays', list: 'weekendDays', row: 0 });

  const workdayDates = new Set<string>();
  cal.workdays.forEach((date, row) => {
    if (!isIsoDate(date)) problems.push({ key: 'requests.calendar.badDate', list: 'workdays', row });
    else if (workdayDates.has(date)) problems.push({ key: 'requests.calendar.duplicateDate', list: 'workdays', row });
    else if (holidayDates.has(date))
      problems.push({ key: 'requests.calendar.workdayIsHoliday', list: 'workdays', row });
    workdayDates.add(date);
  });
  return problems;
}
