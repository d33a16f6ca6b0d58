import { describe, expect, it } from 'vitest';
import {
  addDays,
  isIsoDate,
  nextExam,
  nextLesson,
  normalizeTime,
  shownWeekDate,
  tashkentDateToUnix,
  tashkentMoment,
  unixToTashkentDate,
  weekOf,
} from './attendance-timetable';

/** A Tashkent wall-clock moment as an instant (UTC+5). */
const at = (local: string) => new Date(`${local}:00+05:00`);

describe('Tashkent time (UTC+5, no DST)', () => {
  it.each([
    ['2026-11-28T04:30:00Z', '2026-11-28', '09:30'],
    ['2026-11-28T19:00:00Z', '2026-11-29', '00:00'],
    ['2026-06-30T18:59:00Z', '2026-06-30', '23:59'],
    ['2026-12-31T20:15:00Z', '2027-01-01', '01:15'],
  ])('%s → %s %s', (instant, date, time) => {
    expect(tashkentMoment(new Date(instant))).toEqual({ date, time });
  });

  it('round-trips HEMIS unix lesson dates (Tashkent midnights)', () => {
    expect(tashkentDateToUnix('2026-11-28')).toBe(Date.parse('2026-11-27T19:00:00Z') / 1000);
    expect(unixToTashkentDate(tashkentDateToUnix('2026-11-28'))).toBe('2026-11-28');
  });
});

describe('times and dates as typed', () => {
  it.each([
    ['8:30', '08:30'],
    ['08:30', '08:30'],
    ['13:00:00', '13:00'],
    ['9.45', '09:45'],
    ['24:00', ''],
    ['8:75', ''],
    ['', ''],
    [null, ''],
    ['soat 9', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTime(input)).toBe(expected);
  });

  it.each([
    ['2026-11-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['28.11.2026', false],
    ['2026-13-01', false],
  ])('%s is a date: %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it.each([
    ['2026-11-28', '2026-11-23', '2026-11-29'], // Saturday
    ['2026-11-29', '2026-11-23', '2026-11-29'], // Sunday belongs to the week before
    ['2026-11-30', '2026-11-30', '2026-12-06'], // Monday
    ['2026-12-31', '2026-12-28', '2027-01-03'],
  ])('the week of %s runs %s … %s', (date, start, end) => {
    expect(weekOf(date)).toEqual({ start, end });
  });

  it.each([
    ['2026-11-28', '2026-11-28'],
    ['2026-11-29', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
  ])('on %s the timetable opens on the week of %s', (today, shown) => {
    expect(shownWeekDate(today)).toBe(shown);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

const L = (id: string, lessonDate: string, startTime: string, endTime: string) => ({
  id,
  lessonDate,
  startTime,
  endTime,
});

describe('the next class', () => {
  const week = [
    L('mon-1', '2026-11-30', '08:30', '09:50'),
    L('mon-2', '2026-11-30', '10:00', '11:20'),
    L('tue-1', '2026-12-01', '08:30', '09:50'),
    L('sat-1', '2026-11-28', '13:30', '14:50'),
    L('no-time', '2026-12-02', '', ''),
  ];
  it.each([
    ['2026-11-28T09:00', 'sat-1', false],
    ['2026-11-28T14:00', 'sat-1', true],
    ['2026-11-28T14:50', 'mon-1', false],
    ['2026-11-30T08:30', 'mon-1', true],
    ['2026-11-30T09:55', 'mon-2', false],
    ['2026-11-30T12:00', 'tue-1', false],
    ['2026-12-01T10:00', 'no-time', false],
    ['2026-12-02T15:00', 'no-time', true],
    ['2026-12-03T08:00', null, false],
  ])('at %s (Tashkent) → %s, in progress %s', (local, id, inProgress) => {
    const next = nextLesson(week, at(local));
    expect(next?.item.id ?? null).toBe(id);
    if (next) expect(next.inProgress).toBe(inProgress);
  });

  it('takes the earlier end when two lessons start together', () => {
    const next = nextLesson(
      [L('long', '2026-11-30', '08:30', '11:20'), L('short', '2026-11-30', '08:30', '09:50')],
      at('2026-11-30T07:00'),
    );
    expect(next?.item.id).toBe('short');
  });

  it('knows nothing from an empty timetable', () => {
    expect(nextLesson([], at('2026-11-30T07:00'))).toBeNull();
  });
});

describe('the next exam', () => {
  const exams = [
    { id: 'math', examDate: '2026-12-20', startTime: '09:00' },
    { id: 'hist', examDate: '2026-12-15', startTime: '14:00' },
    { id: 'resit', examDate: '2027-01-10', startTime: '' },
  ];
  it.each([
    ['2026-11-28T09:00', 'hist', false],
    ['2026-12-15T15:00', 'hist', true],
    ['2026-12-15T17:00', 'math', false],
    ['2027-01-10T18:00', 'resit', true],
    ['2027-01-11T08:00', null, false],
  ])('at %s (Tashkent) → %s, in progress %s', (local, id, inProgress) => {
    const next = nextExam(exams, at(local));
    expect(next?.item.id ?? null).toBe(id);
    if (next) expect(next.inProgress).toBe(inProgress);
  });
});
