/**
 * The default holiday calendar for Uzbekistan, as data the office edits (issue 7).
 *
 * Law: the Labor Code lists the non-working holidays — seven fixed dates plus the first day of Ramazon hayiti
 * and of Qurbon hayiti — and its art. 208 (Code of 2022, in force since 30 April 2023) moves a day off that
 * falls on such a holiday to the next working day after it (first applied on 2 October 2023, when Teachers'
 * Day fell on a Sunday). 2 September is NOT in the law's list: it was a day off in 2024 only because
 * 1 September was a Sunday. Everything else — extra days off around New Year, Navruz or the hayits, Saturdays
 * worked to bridge them — comes from a yearly presidential decree and is for the office to add by hand.
 */
import {
  addCalendarDays,
  dayOfWeek,
  FIVE_DAY_WEEK,
  isWorkingDay,
  type Holiday,
  type HolidayCalendar,
  type LocalizedName,
} from './working-days';

interface FixedHoliday {
  monthDay: string;
  name: LocalizedName;
}

const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: '01-01', name: { uz: 'Yangi yil', ru: 'Новый год', en: 'New Year' } },
  {
    monthDay: '03-08',
    name: { uz: 'Xotin-qizlar kuni', ru: 'Международный женский день', en: 'International Women’s Day' },
  },
  { monthDay: '03-21', name: { uz: 'Navroʻz bayrami', ru: 'Навруз', en: 'Navruz' } },
  {
    monthDay: '05-09',
    name: { uz: 'Xotira va qadrlash kuni', ru: 'День памяти и почестей', en: 'Day of Remembrance and Honour' },
  },
  { monthDay: '09-01', name: { uz: 'Mustaqillik kuni', ru: 'День независимости', en: 'Independence Day' } },
  {
    monthDay: '10-01',
    name: {
      uz: 'Oʻqituvchi va murabbiylar kuni',
      ru: 'День учителей и наставников',
      en: 'Teachers’ and Mentors’ Day',
    },
  },
  { monthDay: '12-08', name: { uz: 'Konstitutsiya kuni', ru: 'День Конституции', en: 'Constitution Day' } },
];

const RAMAZON_HAYITI: LocalizedName = { uz: 'Ramazon hayiti', ru: 'Рамазан хайит', en: 'Eid al-Fitr (Ramazon hayiti)' };
const QURBON_HAYITI: LocalizedName = { uz: 'Qurbon hayiti', ru: 'Курбан хайит', en: 'Eid al-Adha (Qurbon hayiti)' };

/**
 * First days of the two hayits. They follow the lunar calendar and are fixed each year by a presidential
 * resolution a few days ahead, on the word of the Muslim Board of Uzbekistan; `decreed: false` marks a date
 * that is only the expected one, which the office must check and edit when the resolution is published.
 */
export const HAYIT_DATES: Readonly<Record<number, { ramazon: string; qurbon: string; decreed: boolean }>> = {
  // Both by resolution: Wednesday 10 April; Sunday 16 June, so Monday 17 June was the day off (art. 208).
  2024: { ramazon: '2024-04-10', qurbon: '2024-06-16', decreed: true },
  // 30 March was a Sunday (Monday 31 March off); 6 June a Friday.
  2025: { ramazon: '2025-03-30', qurbon: '2025-06-06', decreed: true },
  // Ramazon hayiti: resolution PQ-106 of 17 March 2026. Qurbon hayiti 27 May is the expected date (lunar
  // calendar published ahead by the Muslim Boards), not yet decreed.
  2026: { ramazon: '2026-03-20', qurbon: '2026-05-27', decreed: false },
  // Astronomical estimates only (new moons of 8 March and 6 May 2027); either may move by a day.
  2027: { ramazon: '2027-03-09', qurbon: '2027-05-16', decreed: false },
};

function movedDayOffName(of: LocalizedName): LocalizedName {
  return {
    uz: `Koʻchirilgan dam olish kuni (${of.uz})`,
    ru: `Перенесённый выходной (${of.ru})`,
    en: `Day off moved from the weekend (${of.en})`,
  };
}

/**
 * The days off that Labor Code art. 208 adds: each holiday that falls on a weekend day moves that day off to
 * the next day that is neither a weekend day nor a holiday. It depends on the week: 8 March 2025 (a Saturday)
 * gave a five-day office Monday 10 March off, while for a six-day office Saturday was simply the holiday.
 * Holidays are taken in date order so that two weekend holidays in a row move to two different days.
 */
export function movedDaysOff(holidays: readonly Holiday[], weekendDays: readonly number[]): Holiday[] {
  const calendar: HolidayCalendar = { holidays: [...holidays], workdays: [], weekendDays: [...weekendDays] };
  const moved: Holiday[] = [];
  for (const holiday of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!weekendDays.includes(dayOfWeek(holiday.date))) continue;
    let day = addCalendarDays(holiday.date, 1);
    while (!isWorkingDay(day, calendar)) day = addCalendarDays(day, 1);
    const entry = { date: day, name: movedDayOffName(holiday.name) };
    moved.push(entry);
    calendar.holidays.push(entry);
  }
  return moved;
}

/**
 * A year's holidays by law: the fixed dates, the hayits when `HAYIT_DATES` knows the year, and the days off
 * moved by art. 208 for the given week. For a year without hayit dates the office must add them.
 */
export function defaultHolidays(year: number, weekendDays: readonly number[] = FIVE_DAY_WEEK): Holiday[] {
  const holidays: Holiday[] = FIXED_HOLIDAYS.map((h) => ({ date: `${year}-${h.monthDay}`, name: h.name }));
  const hayits = HAYIT_DATES[year];
  if (hayits) {
    holidays.push({ date: hayits.ramazon, name: RAMAZON_HAYITI }, { date: hayits.qurbon, name: QURBON_HAYITI });
  }
  // A hayit can fall on a fixed holiday (Navruz and Ramazon hayiti are one day apart in 2026); the law then
  // gives one day off, not two, so the date is kept once.
  const unique = holidays.filter((h, i) => holidays.findIndex((o) => o.date === h.date) === i);
  const all = [...unique, ...movedDaysOff(unique, weekendDays)];
  return all.sort((a, b) => a.date.localeCompare(b.date));
}

/** The calendar a new installation starts with: the given years by law, no decree transfers yet. */
export function defaultCalendar(
  years: readonly number[],
  weekendDays: readonly number[] = FIVE_DAY_WEEK,
): HolidayCalendar {
  return {
    holidays: years.flatMap((year) => defaultHolidays(year, weekendDays)),
    workdays: [],
    weekendDays: [...weekendDays],
  };
}
