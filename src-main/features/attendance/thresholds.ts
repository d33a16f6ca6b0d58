import { DEFAULT_ATTENDANCE_THRESHOLDS, type AttendanceThresholds } from '../../../src-shared/domain/attendance';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { readMeta } from '../system/settings';

/**
 * The office's attendance borders live in `app_meta` as one JSON value (not as `settings.*` keys):
 * they are read together, changed together by the head of office, and one audit entry shows the
 * whole before/after. Missing or unreadable → HEMIS's defaults (DOMAIN §2.4).
 */
export const THRESHOLDS_KEY = 'attendance.thresholds';

export function readThresholds(db: Db): AttendanceThresholds {
  const raw = readMeta(db, THRESHOLDS_KEY);
  if (!raw) return { ...DEFAULT_ATTENDANCE_THRESHOLDS };
  try {
    const stored = JSON.parse(raw) as Partial<AttendanceThresholds>;
    const out = { ...DEFAULT_ATTENDANCE_THRESHOLDS };
    for (const key of Object.keys(out) as (keyof AttendanceThresholds)[]) {
      const v = stored[key];
      if (typeof v === typeof out[key]) (out as Record<string, unknown>)[key] = v;
    }
    return out;
  } catch {
    return { ...DEFAULT_ATTENDANCE_THRESHOLDS };
  }
}

export function writeThresholds(w: Writer, t: AttendanceThresholds): void {
  w.setMeta(THRESHOLDS_KEY, JSON.stringify(t));
}
