import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './uz-holidays';
import {
  addCalendarDays,
  addWorkingDays,
  calendarProblems,
  dayOfWeek,
  deadlineState,
  firstWorkingDayFrom,
  isWorkingDay,
  SIX_DAY_WEEK,
  workingDaysBetween,
  type DeadlineStatus,
  type HolidayCalendar,
} from './working-days';

// 2026 by law, five-day week: Fri 20 March Ramazon hayiti, Sat 21 March Navruz (day off moved to Mon 23),
// Sun 8 March (→ Mon 9), Sat 9 May (→ Mon 11), Wed 27 May Qurbon hayiti, Tue 1 September, Thu 1 January 2026,
// Fri 1 January 2027.
const fiveDay = defaultCalendar([2025, 2026, 2027]);
const sixDay = defaultCalendar([2025, 2026, 2027], SIX_DAY_WEEK);
// A decree that makes Saturday 14 March 2026 a working day (as transfer decrees do to bridge a holiday).
const withTransfer: HolidayCalendar = { ...fiveDay, workdays: ['2026-03-14'] };
// Navruz listed without the art. 208 move: a holiday on a weekend then costs the office nothing.
const bare: HolidayCalendar = {
  holidays: [{ date: '2026-03-21', name: { uz: 'Navroʻz bayrami', ru: '', en: '' } }],
  workdays: [],
  weekendDays: [0, 6],
};

describe('dates', () => {
  it.each([
    ['2026-03-21', 6],
    ['2026-03-22', 0],
    ['2026-03-23', 1],
    ['1969-12-31', 3],
    ['2024-02-29', 4],
  ])('%s is day %i of the week', (date, day) => {
    expect(dayOfWeek(date)).toBe(day);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i calendar days = %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-3-1', '21.03.2026', ''])('refuses %j', (bad) => {
    expect(() => isWorkingDay(bad, fiveDay)).toThrow(RangeError);
    expect(() => addWorkingDays(bad, 3, fiveDay)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each<[string, string, HolidayCalendar, boolean]>([
    ['an ordinary Tuesday', '2026-03-17', fiveDay, true],
    ['Ramazon hayiti', '2026-03-20', fiveDay, false],
    ['Navruz on a Saturday', '2026-03-21', fiveDay, false],
    ['the Monday Navruz moved to', '2026-03-23', fiveDay, false],
    ['the same Monday in a six-day office (Navruz was on its working Saturday)', '2026-03-23', sixDay, true],
    ['an ordinary Saturday, five-day week', '2026-03-14', fiveDay, false],
    ['an ordinary Saturday, six-day week', '2026-03-14', sixDay, true],
    ['a Saturday made a working day by decree', '2026-03-14', withTransfer, true],
    ['New Year 2027', '2027-01-01', fiveDay, false],
    ['Independence Day', '2026-09-01', fiveDay, false],
    ['2 September (not a holiday in the law)', '2026-09-02', fiveDay, true],
  ])('%s (%s): %s', (_, date, cal, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  it('lets a holiday win over the same date listed as a transferred workday', () => {
    expect(isWorkingDay('2026-03-20', { ...fiveDay, workdays: ['2026-03-20'] })).toBe(false);
  });
});

describe('addWorkingDays (the deadline)', () => {
  it.each<[string, string, number, HolidayCalendar, string]>([
    ['Monday, 3 days: Thursday', '2026-03-16', 3, fiveDay, '2026-03-19'],
    ['Tuesday before Navruz jumps the hayit, Navruz and the moved Monday', '2026-03-17', 3, fiveDay, '2026-03-24'],
    ['Thursday before the hayit, 1 day', '2026-03-19', 1, fiveDay, '2026-03-24'],
    ['taken on Navruz: registered Tuesday 24, due Friday', '2026-03-21', 3, fiveDay, '2026-03-27'],
    ['taken on a Saturday: the same deadline as Monday', '2026-03-28', 3, fiveDay, '2026-04-02'],
    ['taken on a holiday with 0 days: the first working day', '2026-03-20', 0, fiveDay, '2026-03-24'],
    ['same-day service on a working day', '2026-03-17', 0, fiveDay, '2026-03-17'],
    ['six-day office: Navruz Saturday is off, the Monday is not', '2026-03-19', 1, sixDay, '2026-03-23'],
    ['six-day office: Friday + 1 is Saturday', '2026-03-13', 1, sixDay, '2026-03-14'],
    ['a decree-transferred Saturday counts', '2026-03-13', 1, withTransfer, '2026-03-14'],
    ['a holiday on a weekend without the art. 208 move costs nothing', '2026-03-20', 1, bare, '2026-03-23'],
    ['New Year: 31 December 2025 + 3', '2025-12-31', 3, fiveDay, '2026-01-06'],
    ['across the year: 31 December 2026 + 2', '2026-12-31', 2, fiveDay, '2027-01-05'],
    ['the 1 September week: Friday 28 August + 3', '2026-08-28', 3, fiveDay, '2026-09-03'],
    ['Remembrance Day on a Saturday moves to Monday 11 May', '2026-05-08', 1, fiveDay, '2026-05-12'],
    ['Qurbon hayiti on a Wednesday', '2026-05-26', 1, fiveDay, '2026-05-28'],
  ])('%s', (_, taken, n, cal, due) => {
    expect(addWorkingDays(taken, n, cal)).toBe(due);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a term of %s', (n) => {
    expect(() => addWorkingDays('2026-03-16', n, fiveDay)).toThrow(RangeError);
  });

  it('stops with an error on a calendar with no working days instead of looping', () => {
    const never: HolidayCalendar = { holidays: [], workdays: [], weekendDays: [0, 1, 2, 3, 4, 5, 6] };
    expect(() => addWorkingDays('2026-03-16', 1, never)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each<[string, string, HolidayCalendar, number]>([
    ['2026-03-16', '2026-03-19', fiveDay, 3],
    ['2026-03-19', '2026-03-24', fiveDay, 1],
    ['2026-03-24', '2026-03-19', fiveDay, -1],
    ['2026-03-27', '2026-03-29', fiveDay, 0],
    ['2026-03-17', '2026-03-17', fiveDay, 0],
    ['2026-12-31', '2027-01-05', fiveDay, 2],
    ['2026-03-19', '2026-03-24', sixDay, 2],
  ])('%s → %s: %i', (from, to, cal, expected) => {
    expect(workingDaysBetween(from, to, cal)).toBe(expected);
  });
});

describe('deadlineState', () => {
  it.each<[string, string, string, DeadlineStatus]>([
    ['three working days ahead', '2026-03-19', '2026-03-16', { state: 'ok', workingDaysLeft: 3 }],
    ['the holidays in between do not count', '2026-03-24', '2026-03-19', { state: 'ok', workingDaysLeft: 1 }],
    ['on the day', '2026-03-24', '2026-03-24', { state: 'dueToday' }],
    [
      'the day after, a holiday: late by 0 working days',
      '2026-03-19',
      '2026-03-20',
      { state: 'overdue', workingDaysOver: 0 },
    ],
    ['after the holidays', '2026-03-19', '2026-03-25', { state: 'overdue', workingDaysOver: 2 }],
    ['across New Year', '2026-12-30', '2027-01-04', { state: 'overdue', workingDaysOver: 2 }],
  ])('%s', (_, due, today, expected) => {
    expect(deadlineState(due, today, fiveDay)).toEqual(expected);
  });
});

describe('properties over every day of 2026', () => {
  const days = Array.from({ length: 365 }, (_, i) => addCalendarDays('2026-01-01', i));
  const calendars: [string, HolidayCalendar][] = [
    ['five-day', fiveDay],
    ['six-day', sixDay],
    ['with a transfer', withTransfer],
  ];

  it.each(calendars)(
    '%s: the deadline is a working day, n working days after registration, and grows with n',
    (_, cal) => {
      const failures: string[] = [];
      for (const day of days) {
        const registered = firstWorkingDayFrom(day, cal);
        let previous = '';
        for (let n = 0; n <= 10; n++) {
          const due = addWorkingDays(day, n, cal);
          if (!isWorkingDay(due, cal)) failures.push(`${day}+${n}=${due} is not a working day`);
          if (workingDaysBetween(registered, due, cal) !== n) failures.push(`${day}+${n}=${due} is not ${n} days on`);
          if (due < day || due <= previous) failures.push(`${day}+${n}=${due} does not move forward`);
          if (isWorkingDay(day, cal) && workingDaysBetween(day, due, cal) !== n) failures.push(`${day}+${n}: between`);
          previous = due;
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('a deadline is never due-today or overdue before its day, and always overdue after it', () => {
    for (const today of days) {
      const due = '2026-06-15';
      const state = deadlineState(due, today, fiveDay).state;
      expect(state).toBe(today < due ? 'ok' : today === due ? 'dueToday' : 'overdue');
    }
  });
});

describe('calendarProblems', () => {
  const name = { uz: 'Bayram', ru: '', en: '' };
  it.each<[string, Partial<HolidayCalendar>, { key: string; list: string; row: number }[]]>([
    ['the default calendar is clean', {}, []],
    [
      'a date that does not exist and a date in the wrong format',
      {
        holidays: [
          { date: '2026-02-30', name },
          { date: '21.03.2026', name },
        ],
      },
      [
        { key: 'requests.calendar.badDate', list: 'holidays', row: 0 },
        { key: 'requests.calendar.badDate', list: 'holidays', row: 1 },
      ],
    ],
    [
      'the same holiday twice',
      {
        holidays: [
          { date: '2026-03-21', name },
          { date: '2026-03-21', name },
        ],
      },
      [{ key: 'requests.calendar.duplicateDate', list: 'holidays', row: 1 }],
    ],
    [
      'a holiday without an Uzbek name',
      { holidays: [{ date: '2026-03-21', name: { uz: '  ', ru: 'Навруз', en: 'Navruz' } }] },
      [{ key: 'requests.calendar.missingName', list: 'holidays', row: 0 }],
    ],
    [
      'transferred workdays: bad, repeated, and one that is also a holiday',
      { holidays: [{ date: '2026-03-21', name }], workdays: ['2026-13-01', '2026-03-14', '2026-03-14', '2026-03-21'] },
      [
        { key: 'requests.calendar.badDate', list: 'workdays', row: 0 },
        { key: 'requests.calendar.duplicateDate', list: 'workdays', row: 2 },
        { key: 'requests.calendar.workdayIsHoliday', list: 'workdays', row: 3 },
      ],
    ],
    [
      'weekend days out of range or repeated',
      { weekendDays: [0, 7, 0] },
      [
        { key: 'requests.calendar.badWeekendDay', list: 'weekendDays', row: 1 },
        { key: 'requests.calendar.badWeekendDay', list: 'weekendDays', row: 2 },
      ],
    ],
    [
      'a week with no working day',
      { weekendDays: [0, 1, 2, 3, 4, 5, 6] },
      [{ key: 'requests.calendar.noWorkingDays', list: 'weekendDays', row: 0 }],
    ],
  ])('%s', (_, change, expected) => {
    expect(calendarProblems({ ...fiveDay, ...change })).toEqual(expected);
  });
});
