import { contract, roleMayCall, type Role } from '../../../src-shared/contract';
import type { Locale } from '../../../src-shared/contract/common';
import type { ControlMark, SubjectNames } from '../../../src-shared/contract/grades';

/** A subject's name in the UI language; an untranslated name falls back to the Latin Uzbek one. */
export function subjectName(names: SubjectNames, locale: Locale): string {
  const own = { 'uz-Latn': names.uzLatn, 'uz-Cyrl': names.uzCyrl, ru: names.ru, en: names.en }[locale];
  return own || names.uzLatn;
}

/** HEMIS semester code `13` → 3 (codes 11…22 are semesters 1…12). */
export function semesterNumber(code: string): number {
  return Number(code) - 10;
}

/** A score as the record sheet prints it: whole numbers plain, decimals with up to two places. */
export function formatScore(score: number | null): string {
  if (score === null) return '';
  return Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0$/, '');
}

/** One control's mark as the record sheet writes it: `25/30`, or `25` without a maximum. */
export function formatMark(m: Pick<ControlMark, 'points' | 'maxPoints'>): string {
  return m.maxPoints === null ? formatScore(m.points) : `${formatScore(m.points)}/${formatScore(m.maxPoints)}`;
}

/** A result's controls in one line: `JN 25/30 · ON 18/20 · YN 41/50`; `name` gives the short name of a type. */
export function formatControls(marks: readonly ControlMark[], name: (examType: string) => string): string {
  return marks.map((m) => `${name(m.examType)} ${formatMark(m)}`).join(' · ');
}

export function formatGpa(gpa: number | null): string {
  return gpa === null ? '—' : gpa.toFixed(1);
}

/** The `2024` academic-year code as people write it: 2024–2025. */
export function yearName(code: string): string {
  return /^\d{4}$/.test(code) ? `${code}–${Number(code) + 1}` : code;
}

export function mayChangeGrades(role: Role): boolean {
  return roleMayCall(role, contract['grades.correct'].access);
}
