import {
  HEMIS_ACADEMIC_ROWS,
  type HemisAcademicRow,
  type HemisCounts,
  type HemisPullSummary,
} from '../../../src-shared/contract/hemis';
import type { Db } from '../../db/store';
import { readMeta } from '../system/settings';
import type { ReferenceCounts } from './reference';

/** Names in the secret store and `app_meta`. */
export const HEMIS_TOKEN_SECRET = 'hemis-token';
export const HEMIS_URL_KEY = 'hemis.url';
export const HEMIS_LAST_PULL_KEY = 'hemis.lastPull';
export const HEMIS_PULL_STATE_KEY = 'hemis.pull.state';

/** Bump when the meaning of a stored pull state changes: an older one is then started afresh. */
export const PULL_STATE_VERSION = 1;

/**
 * An unfinished pull (`app_meta` `hemis.pull.state`), moved in the same transaction as each
 * batch it describes, so a re-run continues after the last whole batch.
 */
export interface PullState {
  version: number;
  pullId: string;
  startedAt: string;
  /** `updated_at_from` (unix seconds) of this pull; null = full. */
  sinceUnix: number | null;
  resumed: boolean;
  reference: ReferenceCounts | null;
  /** Student pages applied (1-based, whole batches only), of `pageCount`. */
  page: number;
  pageCount: number;
  students: HemisCounts;
  requests: number;
}

/** `https://student.otm.uz/` → `https://student.otm.uz/rest`; a path given is kept. */
export function normalizeHemisUrl(input: string): string {
  const s = input.trim().replace(/\/+$/, '');
  if (!s) return '';
  const url = new URL(s);
  return url.pathname === '/' || url.pathname === '' ? `${url.origin}/rest` : `${url.origin}${url.pathname}`;
}

export function readHemisUrl(db: Db): string {
  return readMeta(db, HEMIS_URL_KEY) ?? '';
}

function parseJson<T>(value: string | null): T | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

/** The academic counts of a reference step; null for those it did not count (an older pull state). */
export function academicCounts(reference: ReferenceCounts | null): Record<HemisAcademicRow, HemisCounts | null> {
  return Object.fromEntries(HEMIS_ACADEMIC_ROWS.map((k) => [k, reference?.[k] ?? null])) as Record<
    HemisAcademicRow,
    HemisCounts | null
  >;
}

/** The last successful pull; one stored by an older version lacks the academic counts (null). */
export function readLastPull(db: Db): HemisPullSummary | null {
  const last = parseJson<HemisPullSummary>(readMeta(db, HEMIS_LAST_PULL_KEY));
  return last ? { ...academicCounts(null), ...last } : null;
}

export function readPullState(db: Db): PullState | null {
  const state = parseJson<PullState>(readMeta(db, HEMIS_PULL_STATE_KEY));
  return state?.version === PULL_STATE_VERSION ? state : null;
}

export function unixToIso(seconds: number | null): string | null {
  return seconds === null ? null : new Date(seconds * 1000).toISOString();
}
