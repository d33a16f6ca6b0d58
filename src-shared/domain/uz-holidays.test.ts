import { describe, expect, it } from 'vitest';
import { defaultCalendar, defaultHolidays, HAYIT_DATES, movedDaysOff } from './uz-holidays';
import { calendarProblems, FIVE_DAY_WEEK, isIsoDate, SIX_DAY_WEEK } from './working-days';

const dates = (year: number, week: readonly number[] = FIVE_DAY_WEEK) => defaultHolidays(year, week).map((h) => h.date);

describe('defaultHolidays', () => {
  it('2026, five-day week: the law’s days plus the Monday after each weekend holiday', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-03-08', // Sunday
      '2026-03-09', // moved from 8 March
      '2026-03-20', // Ramazon hayiti, Friday
      '2026-03-21', // Navruz, Saturday
      '2026-03-23', // moved from 21 March
      '2026-05-09', // Saturday
      '2026-05-11', // moved from 9 May
      '2026-05-27', // Qurbon hayiti (expected date)
      '2026-09-01',
      '2026-10-01',
      '2026-12-08',
    ]);
  });

  it('2026, six-day week: a Saturday holiday is just the holiday, nothing moves', () => {
    expect(dates(2026, SIX_DAY_WEEK)).toEqual([
      '2026-01-01',
      '2026-03-08',
      '2026-03-09',
      '2026-03-20',
      '2026-03-21',
      '2026-05-09',
      '2026-05-27',
      '2026-09-01',
      '2026-10-01',
      '2026-12-08',
    ]);
  });

  // Days off reported in the news for those years, each one the result of art. 208.
  it.each<[string, number, readonly number[], string, boolean]>([
    [
      'Teachers’ Day on Sunday 1 Oct 2023 → Monday 2 Oct (the first move under the new Code)',
      2023,
      FIVE_DAY_WEEK,
      '2023-10-02',
      true,
    ],
    ['Qurbon hayiti on Sunday 16 June 2024 → Monday 17 June', 2024, FIVE_DAY_WEEK, '2024-06-17', true],
    ['Independence Day on Sunday 1 Sep 2024 → Monday 2 Sep', 2024, FIVE_DAY_WEEK, '2024-09-02', true],
    ['Constitution Day on Sunday 8 Dec 2024 → Monday 9 Dec', 2024, FIVE_DAY_WEEK, '2024-12-09', true],
    ['Women’s Day on Saturday 8 Mar 2025 → Monday 10 Mar, five-day week', 2025, FIVE_DAY_WEEK, '2025-03-10', true],
    ['… but a working Monday for a six-day week', 2025, SIX_DAY_WEEK, '2025-03-10', false],
    ['Ramazon hayiti on Sunday 30 Mar 2025 → Monday 31 Mar for everyone', 2025, SIX_DAY_WEEK, '2025-03-31', true],
    ['2 September is no holiday when the 1st is a weekday', 2026, FIVE_DAY_WEEK, '2026-09-02', false],
  ])('%s', (_, year, week, date, isDayOff) => {
    expect(dates(year, week).includes(date)).toBe(isDayOff);
  });

  it('a year without known hayit dates gets the seven fixed holidays and their moves only', () => {
    // 1 September and 8 December 2030 are Sundays.
    expect(dates(2030)).toEqual([
      '2030-01-01',
      '2030-03-08',
      '2030-03-21',
      '2030-05-09',
      '2030-09-01',
      '2030-09-02',
      '2030-10-01',
      '2030-12-08',
      '2030-12-09',
    ]);
  });

  it('names the moved day after the holiday it comes from, in each language', () => {
    const moved = defaultHolidays(2026).find((h) => h.date === '2026-03-23');
    expect(moved?.name).toEqual({
      uz: 'Koʻchirilgan dam olish kuni (Navroʻz bayrami)',
      ru: 'Перенесённый выходной (Навруз)',
      en: 'Day off moved from the weekend (Navruz)',
    });
  });
});

describe('movedDaysOff', () => {
  const name = { uz: 'B', ru: 'B', en: 'B' };
  it('moves two weekend holidays in a row to two different days', () => {
    const moved = movedDaysOff(
      [
        { date: '2026-03-21', name }, // Saturday
        { date: '2026-03-22', name }, // Sunday
      ],
      FIVE_DAY_WEEK,
    );
    expect(moved.map((h) => h.date)).toEqual(['2026-03-23', '2026-03-24']);
  });

  it('skips a holiday that follows the weekend', () => {
    const moved = movedDaysOff(
      [
        { date: '2026-03-22', name }, // Sunday
        { date: '2026-03-23', name }, // Monday, itself a holiday
      ],
      FIVE_DAY_WEEK,
    );
    expect(moved.map((h) => h.date)).toEqual(['2026-03-24']);
  });
});

describe('the default data', () => {
  it.each(Object.entries(HAYIT_DATES))('%s: both hayits are real dates of that year', (year, { ramazon, qurbon }) => {
    expect([isIsoDate(ramazon), isIsoDate(qurbon)]).toEqual([true, true]);
    expect([ramazon.slice(0, 4), qurbon.slice(0, 4)]).toEqual([year, year]);
    expect(ramazon < qurbon).toBe(true);
  });

  it.each([
    ['five-day', FIVE_DAY_WEEK],
    ['six-day', SIX_DAY_WEEK],
  ])('the %s default calendar for 2024–2027 passes its own validation', (_, week) => {
    expect(calendarProblems(defaultCalendar([2024, 2025, 2026, 2027], week))).toEqual([]);
  });
});
