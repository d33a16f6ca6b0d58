import { contract, roleMayCall, type Role } from '../../../src-shared/contract';

/** HEMIS classifier codes of the structure screens (DOMAIN §1.5); names are `structure.code.<kind>.<code>`. */
export const STRUCTURE_CODES = {
  structureType: ['11', '12', '13', '14', '15', '16'],
  examFinish: ['11', '12'],
  subjectType: ['11', '12'],
  ratingGrade: ['11', '12', '13', '14', '15', '16'],
  trainingType: ['11', '12', '13', '14', '15', '16', '17'],
  markingSystem: ['11', '12', '13'],
} as const;
export type StructureCodeKind = keyof typeof STRUCTURE_CODES;

export function structureCodeName(
  tOr: (key: string, fallback: string) => string,
  kind: StructureCodeKind,
  code: string | null | undefined,
): string {
  return code ? tOr(`structure.code.${kind}.${code}`, code) : '';
}

/** The structure is read by every staff role; only some may change it (the buttons follow). */
export function mayEditStructure(role: Role): boolean {
  return roleMayCall(role, contract['structure.saveGroup'].access);
}

/** `2026` → `2026–2027`. */
export const yearLabel = (code: string) => `${code}–${Number(code) + 1}`;

/** A few academic years around now, for pickers (the academic year starts in September). */
export function yearChoices(now = new Date()): string[] {
  const current = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return Array.from({ length: 8 }, (_, i) => String(current - 5 + i));
}
