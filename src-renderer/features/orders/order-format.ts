import type { OrderStudentState } from '../../../src-shared/contract/orders';
import type { MessageParams } from '../../../src-shared/i18n';
import { codeName } from '../students/classifiers';

type TKey = (key: string, params?: MessageParams) => string;
type TOr = (key: string, fallback: string) => string;

export interface ProblemLike {
  key: string;
  params?: Record<string, string | number>;
}

/** A problem in the person's language; an open order's type code is named, not shown as `academicLeave`. */
export function problemText(tKey: TKey, tOr: TOr, p: ProblemLike): string {
  const params: MessageParams = { ...p.params };
  if (typeof params.type === 'string') params.type = tOr(`orders.type.${params.type}`, params.type);
  if (p.key === 'orders.problem.status' && typeof params.status === 'string') {
    params.status = codeName(tOr, 'status', params.status);
  }
  return tKey(p.key, params);
}

/** "Oʻqimoqda · 2-kurs · KI-23-01": what a movement changed, as much of it as is known. */
export function stateText(
  tOr: TOr,
  courseN: (course: number) => string,
  s: Partial<OrderStudentState> | null | undefined,
): string {
  if (!s) return '—';
  const parts = [
    s.status ? codeName(tOr, 'status', s.status) : '',
    s.course !== null && s.course !== undefined ? courseN(s.course) : '',
    s.groupName ?? '',
    [s.lastNameLat, s.firstNameLat, s.patronymicLat].filter(Boolean).join(' '),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : '—';
}

/**
 * What changed between two states, each side with only the fields that differ: the card's history reads
 * "Oʻqimoqda → Akademik taʼtilda", not the whole placement twice. When nothing changed (a repeat-year
 * order, a leave extended) the placement is told once, without the name.
 */
export function changeOf(
  before: Partial<OrderStudentState>,
  after: Partial<OrderStudentState>,
): { same: boolean; before: Partial<OrderStudentState>; after: Partial<OrderStudentState> } {
  const keys = ['status', 'course', 'groupName', 'lastNameLat', 'firstNameLat', 'patronymicLat'] as const;
  const changed = keys.filter((k) => after[k] !== undefined && before[k] !== after[k]);
  if (changed.length === 0) {
    const { status, course, groupName } = after;
    const placement = { status, course, groupName };
    return { same: true, before: placement, after: placement };
  }
  const pick = (s: Partial<OrderStudentState>) => Object.fromEntries(changed.map((k) => [k, s[k]]));
  return { same: false, before: pick(before), after: pick(after) };
}

/**
 * The student an error issue names. Issues of a refused apply or approve point at a line by index
 * (`lines.3.reason`) or by the student's id (path or `studentId` param).
 */
export function issueStudentId(
  issue: { path: string; params?: Record<string, unknown> },
  studentIds: readonly string[],
): string | null {
  const param = issue.params?.studentId;
  if (typeof param === 'string' && studentIds.includes(param)) return param;
  const index = /^lines\.(\d+)/.exec(issue.path);
  if (index) return studentIds[Number(index[1])] ?? null;
  return studentIds.find((id) => issue.path === id || issue.path.split('.').includes(id)) ?? null;
}

const SIGNER_KEY = 'registrator.orders.signer';

export interface Signer {
  name: string;
  position: string;
}

/** The rector signs most orders: the last signer is offered again on this computer. */
export function lastSigner(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): Signer {
  try {
    const raw = storage?.getItem(SIGNER_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Signer>) : {};
    return { name: String(parsed.name ?? ''), position: String(parsed.position ?? '') };
  } catch {
    return { name: '', position: '' };
  }
}

export function rememberSigner(
  signer: Signer,
  storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null,
): void {
  try {
    storage?.setItem(SIGNER_KEY, JSON.stringify(signer));
  } catch {
    // A locked-down profile: the signer is simply typed again next time.
  }
}
