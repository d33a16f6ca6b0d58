import { contract, roleMayCall, type Role } from '../../../../src-shared/contract';
import type { Locale } from '../../../../src-shared/contract/common';
import type { Department } from '../../../../src-shared/contract/structure';
import { pathOf, type ShellDef } from '../../../shells/shells';

type TranslateOr = (key: string, fallback: string) => string;

/** Everybody reads orders; only the back office, heads and admins draft them (the buttons follow). */
export function mayEditOrders(role: Role): boolean {
  return roleMayCall(role, contract['orders.saveDraft'].access);
}

/** A faculty's name in the UI language; an untranslated name falls back to the Latin Uzbek one. */
export function departmentLabel(d: Department, locale: Locale): string {
  const own = { 'uz-Latn': d.nameUzLatn, 'uz-Cyrl': d.nameUzCyrl, ru: d.nameRu, en: d.nameEn }[locale];
  return own || d.nameUzLatn;
}

/** HEMIS structure type 11: the faculties a bulk run or a list is narrowed to. */
export function facultiesOf(departments: readonly Department[] | undefined): Department[] {
  return (departments ?? []).filter((d) => d.structureType === '11');
}

export function orderTypeName(tOr: TranslateOr, type: string): string {
  return tOr(`orders.type.${type}`, type);
}

/**
 * A movement's reason in words: expulsions (and transfers out, HEMIS reason 12) use the expulsion
 * classifier, academic leave its own; the others carry no reason.
 */
export function reasonName(tOr: TranslateOr, type: string, reason: string): string {
  if (!reason) return '';
  if (type === 'academicLeave') return tOr(`orders.leaveReason.${reason}`, reason);
  return tOr(`orders.expelReason.${reason}`, reason);
}

/** The card of an order (D1's page `orders/:id`) in the same workspace. */
export function orderPath(shell: ShellDef, id: string): string {
  return `${pathOf(shell)}/orders/${id}`;
}

/** 1 September that begins the academic year `today` falls in (ISO dates). */
export function academicYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return `${month >= 9 ? year : year - 1}-09-01`;
}

/** `2026` → `2026–2027`; anything else as stored. */
export function yearName(code: string): string {
  return /^\d{4}$/.test(code) ? `${code}–${Number(code) + 1}` : code;
}

/** `2026-09` → `09.2026`, as dates are written here. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[2]}.${m[1]}` : month;
}

/** GPA with two decimals and a decimal comma; blank when unknown. */
export function formatGpa(gpa: number | null): string {
  return gpa === null ? '' : gpa.toFixed(2).replace('.', ',');
}
