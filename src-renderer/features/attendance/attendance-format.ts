import type { AttendanceLevel } from '../../../src-shared/domain/attendance';
import { formatNumber } from '../../../src-shared/domain/format';
import type { I18n } from '../../app/i18n';

/** Display helpers of the attendance screens (pure, so the card and the lists say things the same way). */

/** HEMIS semester code 13 → "3-semestr". */
export function semesterName(t: I18n['t'], code: string): string {
  const n = Number(code) - 10;
  return Number.isInteger(n) && n >= 1 && n <= 12 ? t('attendance.semesterName', { n }) : code;
}

/** `2026` → "2026–2027 oʻquv yili". */
export function yearName(t: I18n['t'], code: string): string {
  return /^\d{4}$/.test(code) ? t('attendance.yearName', { from: code, to: Number(code) + 1 }) : code;
}

/** Hours with a decimal comma and no trailing zeros: 2 → "2", 1.5 → "1,5". */
export function hours(value: number): string {
  return formatNumber(Math.round(value * 10) / 10);
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)} %`;
}

/** The worst thing a row shows: barred outranks a border (the student loses the subject outright). */
export type AlertKind = AttendanceLevel | 'barred';

export const LEVEL_COLORS: Record<AlertKind, 'default' | 'info' | 'warning' | 'error' | 'secondary'> = {
  none: 'default',
  warning: 'info',
  reprimand: 'warning',
  expulsion: 'error',
  // Barred from the final control is grave (the subject becomes a debt): red, outlined to tell it from expulsion risk.
  barred: 'error',
};

/** Day of the week of an ISO date, 0 = Sunday (the date is a calendar day, no time zone involved). */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
