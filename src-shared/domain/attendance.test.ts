import { describe, expect, it } from 'vitest';
import {
  attendanceLevel,
  auditoriumHours,
  checkThresholds,
  DEFAULT_ATTENDANCE_THRESHOLDS as D,
  evaluateSemester,
  levelRank,
  parseHoursByType,
  subjectStatus,
  type AttendanceThresholds,
} from './attendance';

describe('attendance level by unexcused hours a semester (DOMAIN §2.4: 12 / 36 / 74)', () => {
  it.each([
    [0, 'none'],
    [11.5, 'none'],
    [12, 'warning'],
    [35, 'warning'],
    [36, 'reprimand'],
    [73.9, 'reprimand'],
    [74, 'expulsion'],
    [200, 'expulsion'],
  ] as const)('%s h → %s', (hours, level) => {
    expect(attendanceLevel(hours, D)).toBe(level);
  });

  it('follows the borders the office set', () => {
    const strict: AttendanceThresholds = { ...D, warning: 8, reprimand: 20, expulsion: 50 };
    expect(attendanceLevel(10, strict)).toBe('warning');
    expect(attendanceLevel(10, D)).toBe('none');
    expect(attendanceLevel(50, strict)).toBe('expulsion');
  });

  it('ranks levels from none to expulsion', () => {
    expect(['none', 'warning', 'reprimand', 'expulsion'].map((l) => levelRank(l as never))).toEqual([0, 1, 2, 3]);
  });
});

describe('threshold drafts', () => {
  it.each([
    [D, []],
    [{ ...D, warning: 0 }, ['warning']],
    [{ ...D, reprimand: 12 }, ['reprimand']],
    [{ ...D, expulsion: 30 }, ['expulsion']],
    [{ ...D, reprimand: 80 }, ['expulsion']],
    [{ ...D, barredPercent: 0 }, ['barredPercent']],
    [{ ...D, barredPercent: 101 }, ['barredPercent']],
    [{ ...D, warning: 40, barredPercent: 100 }, ['reprimand']],
  ] as const)('%j → issues on %j', (draft, fields) => {
    expect(checkThresholds(draft).map((i) => i.path)).toEqual(fields);
  });
});

describe('auditorium hours: total minus self-study (h_training_type 17)', () => {
  it.each([
    [120, { '11': 30, '13': 30, '17': 60 }, 60],
    [120, { '17': 60 }, 60],
    [120, {}, 120],
    [60, { '11': 30, '12': 14, '13': 16 }, 60],
    [0, { '11': 24, '17': 36 }, 24],
    [0, {}, null],
    [60, { '17': 60 }, null],
    [90, { '11': -4, '17': 30 }, 60],
  ] as const)('total %s, by type %j → %s', (total, byType, expected) => {
    expect(auditoriumHours(total, byType)).toBe(expected);
  });

  it.each([
    ['{"11":30,"17":"60"}', { '11': 30, '17': 60 }],
    ['{"11":"x"}', {}],
    ['[1,2]', {}],
    ['not json', {}],
    [null, {}],
  ] as const)('reads the hours JSON %s', (json, expected) => {
    expect(parseHoursByType(json)).toEqual(expected);
  });
});

describe('the 25 % rule (barred from the final control)', () => {
  it.each([
    // excused, unexcused, auditorium, countsExcused, percent, barred
    [0, 14, 60, false, 23.3, false],
    [0, 15, 60, false, 25, true],
    [0, 9, 36, false, 25, true],
    [10, 10, 60, false, 33.3, false],
    [10, 10, 60, true, 33.3, true],
    [20, 0, 60, true, 33.3, true],
    [0, 0, 60, false, 0, false],
    [0, 40, null, false, null, false],
    [0, 40, 0, false, null, false],
  ] as const)(
    'excused %s + unexcused %s of %s h (excused count: %s) → %s %%, barred %s',
    (ex, un, aud, counts, pct, barred) => {
      const s = subjectStatus(
        { excused: ex, unexcused: un, auditoriumHours: aud },
        { ...D, barredCountsExcused: counts },
      );
      expect(s.percent).toBe(pct);
      expect(s.barred).toBe(barred);
    },
  );

  it('uses the share the office set', () => {
    expect(subjectStatus({ excused: 0, unexcused: 12, auditoriumHours: 60 }, { ...D, barredPercent: 20 }).barred).toBe(
      true,
    );
  });
});

describe('a student’s semester', () => {
  it('sums the subjects, reaches the level by unexcused hours and lists the barred subjects', () => {
    const e = evaluateSemester(
      [
        { excused: 4, unexcused: 10, auditoriumHours: 60 },
        { excused: 0, unexcused: 16, auditoriumHours: 60 },
        { excused: 2, unexcused: 12, auditoriumHours: null },
      ],
      D,
    );
    expect(e).toEqual({ excused: 6, unexcused: 38, level: 'reprimand', barred: [1] });
  });

  it('is "none" without absences', () => {
    expect(evaluateSemester([], D)).toEqual({ excused: 0, unexcused: 0, level: 'none', barred: [] });
  });
});
