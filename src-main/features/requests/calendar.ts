import { cleanText } from '../../../src-shared/domain/apostrophes';
import { defaultCalendar } from '../../../src-shared/domain/uz-holidays';
import { calendarProblems, type HolidayCalendar } from '../../../src-shared/domain/working-days';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { validationError } from './common';

/**
 * The office's holiday calendar is one JSON value in app_meta: it is read whole for every deadline, edited
 * whole by the head, and one audit entry then shows the calendar before and after.
 */
export const CALENDAR_KEY = 'requests.calendar';

/** The law's holidays of this year and the next, until the office saves its own. */
export function builtInCalendar(today: string): HolidayCalendar {
  const year = Number(today.slice(0, 4));
  return defaultCalendar([year, year + 1]);
}

export function readCalendar(db: Sqlite, today: string): { calendar: HolidayCalendar; isDefault: boolean } {
  const row = db.prepare('select value from app_meta where key = ?').get(CALENDAR_KEY) as { value: string } | undefined;
  if (row) {
    try {
      const stored = JSON.parse(row.value) as HolidayCalendar;
      // A calendar that no longer passes the checks (hand-edited database) is not trusted for deadlines.
      if (Array.isArray(stored.holidays) && calendarProblems(stored).length === 0)
        return { calendar: stored, isDefault: false };
    } catch {
      // unreadable: fall through to the law's calendar
    }
  }
  return { calendar: builtInCalendar(today), isDefault: true };
}

/** Checks the edited calendar and saves it sorted; every problem names its list and row. */
export function saveCalendar(w: Writer, input: HolidayCalendar): HolidayCalendar {
  const calendar: HolidayCalendar = {
    holidays: input.holidays.map((h) => ({
      date: h.date.trim(),
      name: { uz: cleanText(h.name.uz), ru: cleanText(h.name.ru), en: cleanText(h.name.en) },
    })),
    workdays: input.workdays.map((d) => d.trim()),
    weekendDays: [...input.weekendDays],
  };
  const problems = calendarProblems(calendar);
  if (problems.length > 0) {
    throw validationError(
      problems.map((p) => ({
        path: `${p.list}.${p.row}`,
        key: p.key,
        params: { row: p.row + 1 },
      })),
      'The calendar has errors',
      'requests.error.calendar',
    );
  }
  const sorted: HolidayCalendar = {
    holidays: [...calendar.holidays].sort((a, b) => a.date.localeCompare(b.date)),
    workdays: [...calendar.workdays].sort(),
    weekendDays: [...calendar.weekendDays].sort(),
  };
  w.setMeta(CALENDAR_KEY, JSON.stringify(sorted));
  return sorted;
}
