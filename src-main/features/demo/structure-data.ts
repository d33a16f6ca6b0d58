/**
 * The demo university: faculties (HEMIS structure type 11), their kafedras (12) and specialties
 * with classifier-style codes (bachelor `60xxxxxx`, master `70xxxxxx`, DOMAIN §6.4). Names are
 * written by hand in the four languages: Uzbek Cyrillic keeps Russian loanword spellings
 * (факультет, кафедра), which mechanical transliteration would get wrong.
 */
import { HUMANITIES_FACULTIES } from './faculties-humanities';
import { STEM_FACULTIES } from './faculties-stem';
import type { FacultyDef } from './faculty-defs';

export type { FacultyDef, Names4, SpecialtyDef } from './faculty-defs';

/** Sciences first, then the humanities: the order fixes faculty codes and the demo's groups. */
export const FACULTIES: readonly FacultyDef[] = [...STEM_FACULTIES, ...HUMANITIES_FACULTIES];

/** The institution profile, written only when the database has none yet. */
export const DEMO_INSTITUTION = {
  nameUzLatn: 'Namuna davlat universiteti',
  nameUzCyrl: 'Намуна давлат университети',
  nameRu: 'Образцовый государственный университет',
  nameEn: 'Namuna State University',
  shortName: 'NDU (demo)',
  address: 'Universitet koʻchasi, 4',
  city: 'Toshkent',
  phone: '+998712000000',
  email: 'info@namuna.example.uz',
  stir: '200000000',
  rectorName: 'Karimov Bahodir Rustamovich',
  officeHeadName: 'Yoʻldosheva Dilnoza Akbarovna',
} as const;
