/** Shapes of the demo university's structure data and the small helpers its tables use. */
export interface Names4 {
  uzLatn: string;
  uzCyrl: string;
  ru: string;
  en: string;
}

export interface SpecialtyDef {
  code: string;
  /** h_education_type: 11 bachelor, 12 master. */
  type: '11' | '12';
  uzLatn: string;
  ru: string;
  en: string;
  /** Group-name prefix (style A) — unique in the university. */
  abbr: string;
  /** Relative intake. */
  weight: number;
  /** h_education_form codes offered; default kunduzgi + sirtqi. */
  forms?: readonly string[];
  /** h_language codes of instruction; default Uzbek and Russian. */
  langs?: readonly string[];
  femaleShare?: number;
}

export interface FacultyDef {
  names: Names4;
  /** How this faculty names its groups: A = `KI-23-01`, B = `211-23`. */
  groupStyle: 'A' | 'B';
  femaleShare: number;
  kafedras: readonly Names4[];
  specialties: readonly SpecialtyDef[];
}

export const ALL_FORMS = ['11', '12', '13', '16'] as const;
export const MASTER = { type: '12', forms: ['11'] } as const;

export const kafedra = (uzLatn: string, uzCyrl: string, ru: string, en: string): Names4 => ({ uzLatn, uzCyrl, ru, en });
