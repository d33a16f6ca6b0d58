import { makePinfl } from '../../../src-shared/domain/pinfl';
import { FEMALE, MALE, NOT_FATHERS, RU_FEMALE, RU_MALE, RU_SURNAMES, SURNAMES, type NamePair } from './names-data';
import { passportLatin } from '../../../src-shared/domain/search-key';
import { femaleSurname, russianPatronymic, russifiedPassportName, uzbekPatronymic } from './names';
import type { DemoPlan, PlannedGroup } from './plan';
import { permutation, intBelow, pick, pickWeighted, streamFor, type Rng } from './random';
import { FACULTIES } from './structure-data';

/** A student as the generator makes it; ids and timestamps are added by the writer. */
export interface DemoStudent {
  studentIdNumber: string;
  pinfl: string | null;
  passport: string;
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  lastNameCyr: string;
  firstNameCyr: string;
  patronymicCyr: string;
  /** As in the passport (MRZ Latin); about a quarter carry the Russified spelling of older records. */
  lastNamePassport: string;
  firstNamePassport: string;
  birthDate: string;
  /** h_gender: 11 male, 12 female. */
  gender: '11' | '12';
  /** h_citizenship_type: 11 citizen, 12 foreigner. */
  citizenship: '11' | '12';
  phone: string;
  group: number;
  course: number;
  educationForm: string;
  educationType: string;
  /** h_payment_form: 11 grant, 12 contract. */
  paymentForm: '11' | '12';
  /** h_student_status: 11 studying, 12 expelled, 13 academic leave. */
  status: '11' | '12' | '13';
  yearOfEnter: number;
}

/** Invented 3-digit university prefix of the 12-digit HEMIS-style student id (DOMAIN §6.4). */
const UNIVERSITY_CODE = '317';
const OPERATORS = ['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77', '50', '55', '20'];
/** ID cards (since 2021) are `AD…`; older biometric passports AA/AB/AC/AE, regional FA/KA. */
const PASSPORT_SERIES = [
  ['AD', 45],
  ['AA', 12],
  ['AB', 12],
  ['AC', 12],
  ['AE', 9],
  ['FA', 5],
  ['KA', 5],
] as const;
/** Foreign passports, none of them of the Uzbek `AA1234567` shape. */
const FOREIGN_PASSPORTS: readonly (readonly [(n: string) => string, number])[] = [
  [(n) => `4${n}${n.slice(0, 1)}`, 35], // Tajikistan: 9 digits
  [(n) => `N${n}${n.slice(-1)}`, 25], // Kazakhstan: N + 8 digits
  [(n) => `A${n}`, 20], // Turkmenistan: letter + 7 digits
  [(n) => `P0${n}`, 10], // Afghanistan
  [(n) => `7${n.slice(0, 1)}${n}`, 10], // Russia: 9 digits (series 7x)
];
const FATHERS = MALE;
const RU_FATHERS = RU_MALE.filter(([latin]) => !NOT_FATHERS.has(latin));
const ID_SPACE = 10_000_000;
/** PINFL district (001–999) × serial (001–999). */
const PINFL_SPACE = 999 * 999;
export const MAX_DEMO_STUDENTS = 500_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Age on entering, by education type and form: day-time bachelors straight from school, part-time older. */
function ageAtEntry(rng: Rng, type: string, form: string): number {
  if (type === '12') return 22 + Math.floor(rng() ** 2 * 9);
  if (form !== '11') return 18 + Math.floor(rng() ** 2 * 20);
  return pickWeighted(rng, [
    [17, 25],
    [18, 48],
    [19, 16],
    [20, 6],
    [21, 3],
    [22 + intBelow(rng, 5), 2],
  ] as const);
}

export interface StudentFactory {
  (index: number): DemoStudent;
}

/**
 * Student `index` of the plan, from its own random stream: the same (seed, index) always gives
 * the same person. PINFL (district, serial), passport and student-id numbers come from
 * permutations of the index, so they are unique across the whole demo without any lookup.
 */
export function studentFactory(plan: DemoPlan): StudentFactory {
  const pinflSlot = permutation(PINFL_SPACE, plan.seed ^ 0x9f1);
  const passportNo = permutation(ID_SPACE, plan.seed ^ 0xa55);
  const idNo = permutation(ID_SPACE, plan.seed ^ 0x1d);
  return (index: number): DemoStudent => {
    const group = plan.slots[index] as number;
    const g = plan.groups[group] as PlannedGroup;
    const spec = plan.specialties[g.specialty];
    if (!spec) throw new Error(`demo plan has no specialty ${g.specialty}`);
    const rng = streamFor(plan.seed, index);

    const foreign = rng() < 0.02;
    const russian = rng() < (g.lang === '12' ? 0.3 : 0.01);
    const female = rng() < (spec.def.femaleShare ?? FACULTIES[spec.faculty]?.femaleShare ?? 0.5);
    const surname: NamePair = pick(rng, russian ? RU_SURNAMES : SURNAMES);
    const [lastNameLat, lastNameCyr] = female ? femaleSurname(surname) : surname;
    const [firstNameLat, firstNameCyr] = pick(rng, russian ? (female ? RU_FEMALE : RU_MALE) : female ? FEMALE : MALE);
    const father = pick(rng, russian ? RU_FATHERS : FATHERS);
    const [patronymicLat, patronymicCyr] =
      !russian && rng() < 0.6 ? uzbekPatronymic(father, female) : russianPatronymic(father, female);

    const age = ageAtEntry(rng, spec.def.type, g.form);
    // Born in the year before 1 September of (entry year − age): `age` years old on the first day.
    const firstDay = Date.UTC(g.yearOfEnter - age, 8, 1);
    const birthDate = isoDate(firstDay - (1 + intBelow(rng, 365)) * 86_400_000);

    const slot = pinflSlot(index);
    const pinfl = foreign
      ? null
      : makePinfl(birthDate, female ? 'female' : 'male', Math.floor(slot / 999) + 1, (slot % 999) + 1);
    const number = pad(passportNo(index), 7);
    const passport = foreign
      ? pickWeighted(rng, FOREIGN_PASSPORTS)(number)
      : `${pickWeighted(rng, PASSPORT_SERIES)}${number}`;
    const phone = `+998${pick(rng, OPERATORS)}${pad(intBelow(rng, ID_SPACE), 7)}`;

    const russifiedPassport = !foreign && rng() < 0.25;
    const lastNamePassport = russifiedPassport ? russifiedPassportName(lastNameLat) : passportLatin(lastNameLat);
    const firstNamePassport = russifiedPassport ? russifiedPassportName(firstNameLat) : passportLatin(firstNameLat);

    const statusRoll = rng();
    return {
      studentIdNumber: `${UNIVERSITY_CODE}${pad(g.yearOfEnter % 100, 2)}${pad(idNo(index), 7)}`,
      pinfl,
      passport,
      lastNameLat,
      firstNameLat,
      patronymicLat,
      lastNameCyr,
      firstNameCyr,
      patronymicCyr,
      lastNamePassport,
      firstNamePassport,
      birthDate,
      gender: female ? '12' : '11',
      citizenship: foreign ? '12' : '11',
      phone,
      group,
      course: g.course,
      educationForm: g.form,
      educationType: spec.def.type,
      paymentForm: !foreign && rng() < 0.25 ? '11' : '12',
      status: statusRoll < 0.94 ? '11' : statusRoll < 0.97 ? '13' : '12',
      yearOfEnter: g.yearOfEnter,
    };
  };
}
