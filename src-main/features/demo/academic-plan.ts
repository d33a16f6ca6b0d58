/**
 * The academic side of the demo as data, a pure function of the demo plan and the demo's day:
 * curricula (specialty × admission year × form) with their semesters and dates, staff (deans,
 * chairs' lecturers, tutors) and each group's weekly timetable. Ids come later, from the writer.
 */
import { FEMALE, MALE, SURNAMES } from './names-data';
import { femaleSurname, russianPatronymic } from './names';
import type { DemoPlan, PlannedGroup } from './plan';
import { PROGRAMMES, type Chair, type Programme, type ProgrammeSubject } from './academic-catalog';
import { intBelow, mix32, pick, pickWeighted, shuffle, streamFor } from './random';
import { FACULTIES } from './structure-data';

const SALT_STAFF = 0x57aff;
const SALT_TIMETABLE = 0x7ab1e;

export interface PlannedCurriculum {
  key: string;
  name: string;
  specialty: number;
  faculty: number;
  yearOfEnter: number;
  form: string;
  type: string;
  markingSystem: '11' | '13';
  programme: Programme;
}

export interface PlannedEmployee {
  employeeIdNumber: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  /** Faculty, and kafedra within it (null for faculty staff: deans, tutors). */
  faculty: number;
  kafedra: number | null;
  position: string;
  kind: 'teacher' | 'employee';
  phone: string;
}

export interface SemesterDates {
  /** HEMIS semester code: 11 for the first, 12 for the second … */
  code: string;
  educationYear: number;
  /** `h_course` code, 11 for the first course. */
  level: string;
  start: string;
  end: string;
  /** First day of its examination session. */
  session: string;
}

export interface TimetableSlot {
  /** 0 = Monday … 4 = Friday. */
  weekday: number;
  pair: number;
  subject: ProgrammeSubject;
  trainingType: string;
  lecturer: string;
  auditorium: string;
  building: string;
}

export interface AcademicPlan {
  /** The demo's day (ISO date): the current semester and the attendance window follow from it. */
  today: string;
  academicYear: number;
  /** Fall (odd) semester, September–January; spring (even) from February. */
  fall: boolean;
  curricula: PlannedCurriculum[];
  /** `curriculumOf[g]` = index into `curricula` of group g. */
  curriculumOf: number[];
  employees: PlannedEmployee[];
  /** `tutorOf[g]` = index into `employees` of group g's tutor. */
  tutorOf: number[];
  /** `lecturers[faculty][kafedra]` = indexes into `employees`. */
  lecturers: number[][][];
}

const FORM_NAME: Record<string, string> = { '11': 'kunduzgi', '12': 'kechki', '13': 'sirtqi', '16': 'masofaviy' };
/** Share of a subject's hours spent in class, by h_education_form (the rest is self-study). */
const CLASS_SHARE: Record<string, number> = { '11': 0.45, '12': 0.35, '13': 0.16, '16': 0.16 };
export const PAIR_TIMES: readonly (readonly [string, string])[] = [
  ['08:30', '09:50'],
  ['10:00', '11:20'],
  ['11:30', '12:50'],
  ['13:30', '14:50'],
  ['15:00', '16:20'],
  ['16:30', '17:50'],
  ['18:00', '19:20'],
];
const POSITIONS = [
  ['Professor', 10],
  ['Dotsent', 30],
  ['Katta oʻqituvchi', 35],
  ['Assistent', 25],
] as const;

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Semester `s` (1-based) of a programme that admitted students in `yearOfEnter`. */
export function semesterDates(yearOfEnter: number, s: number): SemesterDates {
  const educationYear = yearOfEnter + Math.floor((s - 1) / 2);
  const fall = s % 2 === 1;
  const next = educationYear + 1;
  return {
    code: String(10 + s),
    educationYear,
    level: String(10 + Math.ceil(s / 2)),
    start: fall ? `${educationYear}-09-02` : `${next}-02-02`,
    end: fall ? `${next}-01-31` : `${next}-06-30`,
    session: fall ? `${next}-01-05` : `${next}-06-02`,
  };
}

/** The semester group `g` studies on the demo's day (1-based). */
export function currentSemester(g: PlannedGroup, fall: boolean): number {
  return 2 * (g.course - 1) + (fall ? 1 : 2);
}

/** Hours of a curriculum subject by h_training_type, for a form of study. */
export function hoursOf(p: ProgrammeSubject, form: string): { total: number; hours: Record<string, number> } {
  const total = Math.round(p.credit * 30);
  if (p.ratingGrade === '14') return { total, hours: { '13': total } };
  if (p.ratingGrade === '12') return { total, hours: { '16': total } };
  if (p.ratingGrade === '15') return { total, hours: { '17': total } };
  const inClass = 2 * Math.round((total * (CLASS_SHARE[form] ?? 0.45)) / 2);
  const lecture = 2 * Math.round((inClass * 0.45) / 2);
  return { total, hours: { '11': lecture, [p.lab ? '12' : '13']: inClass - lecture, '17': total - inClass } };
}

/** Date `days` after `iso`, moved off Sunday. */
export function examDay(iso: string, days: number): string {
  const ms = dayMs(iso) + days * 86_400_000;
  return isoDay(new Date(ms).getUTCDay() === 0 ? ms + 86_400_000 : ms);
}

function planEmployees(plan: DemoPlan): Pick<AcademicPlan, 'employees' | 'tutorOf' | 'lecturers'> {
  const employees: PlannedEmployee[] = [];
  const add = (faculty: number, kafedra: number | null, position: string, kind: PlannedEmployee['kind']): number => {
    const i = employees.length;
    const rng = streamFor(plan.seed, i, SALT_STAFF);
    const female = rng() < 0.4;
    const surname = pick(rng, SURNAMES);
    const [lastName] = female ? femaleSurname(surname) : surname;
    const [firstName] = pick(rng, female ? FEMALE : MALE);
    const [patronymic] = russianPatronymic(pick(rng, MALE), female);
    employees.push({
      employeeIdNumber: `3170${String(i + 1).padStart(6, '0')}`,
      lastName,
      firstName,
      patronymic,
      faculty,
      kafedra,
      position,
      kind,
      phone: `+99890${String(1_000_000 + intBelow(rng, 8_999_999)).padStart(7, '0')}`,
    });
    return i;
  };
  const groupsOf = FACULTIES.map((_, f) => plan.groups.filter((g) => g.faculty === f).length);
  const lecturers = FACULTIES.map((f, fi) => {
    add(fi, null, 'Dekan', 'employee');
    add(fi, null, 'Dekan oʻrinbosari', 'employee');
    const perKafedra = Math.max(4, Math.round(((groupsOf[fi] ?? 0) * 0.6) / f.kafedras.length));
    return f.kafedras.map((_, ki) => {
      const staff = [add(fi, ki, 'Kafedra mudiri', 'teacher')];
      for (let n = 1; n < perKafedra; n++) {
        staff.push(
          add(fi, ki, pickWeighted(streamFor(plan.seed, employees.length, SALT_STAFF + 1), POSITIONS), 'teacher'),
        );
      }
      return staff;
    });
  });
  // One tutor (tyutor) for every two groups of a faculty.
  const tutorOf = new Array<number>(plan.groups.length);
  FACULTIES.forEach((_, fi) => {
    let tutor = -1;
    let n = 0;
    plan.groups.forEach((g, gi) => {
      if (g.faculty !== fi) return;
      if (n++ % 2 === 0) tutor = add(fi, null, 'Tyutor', 'employee');
      tutorOf[gi] = tutor;
    });
  });
  return { employees, tutorOf, lecturers };
}

export function fullName(e: PlannedEmployee): string {
  return `${e.lastName} ${e.firstName} ${e.patronymic}`;
}

/** The lecturer who teaches subject `p` to group `g` (the same one every semester and lesson). */
export function lecturerOf(academic: AcademicPlan, g: number, p: ProgrammeSubject): string {
  const chair: Chair = p.chair;
  const faculty = academic.lecturers[chair.faculty] ?? [];
  const staff = faculty[chair.kafedra % Math.max(1, faculty.length)] ?? [];
  const i = staff[mix32(Math.imul(g + 1, 0x9e3779b9) ^ p.subject) % Math.max(1, staff.length)];
  const e = i === undefined ? undefined : academic.employees[i];
  return e ? fullName(e) : '';
}

/** Curricula, staff and calendar of the demo on `today` (an ISO date). */
export function buildAcademicPlan(plan: DemoPlan, today: string): AcademicPlan {
  const month = Number(today.slice(5, 7));
  const fall = month >= 9 || month === 1;
  const curricula: PlannedCurriculum[] = [];
  const byKey = new Map<string, number>();
  const curriculumOf = plan.groups.map((g) => {
    const key = `${g.specialty}/${g.yearOfEnter}/${g.form}`;
    let i = byKey.get(key);
    if (i === undefined) {
      const s = plan.specialties[g.specialty];
      const programme = PROGRAMMES[g.specialty];
      if (!s || !programme) throw new Error(`demo plan has no specialty ${g.specialty}`);
      i = curricula.length;
      byKey.set(key, i);
      curricula.push({
        key,
        name: `${s.def.code} ${s.def.uzLatn}, ${g.yearOfEnter}–${g.yearOfEnter + 1}, ${FORM_NAME[g.form] ?? g.form}`,
        specialty: g.specialty,
        faculty: g.faculty,
        yearOfEnter: g.yearOfEnter,
        form: g.form,
        type: s.def.type,
        // The oldest law curriculum predates the credit system: 100-point rating (DOMAIN §2.1).
        markingSystem: s.def.code === '60420100' && g.yearOfEnter <= plan.academicYear - 3 ? '11' : '13',
        programme,
      });
    }
    return i;
  });
  return { today, academicYear: plan.academicYear, fall, curricula, curriculumOf, ...planEmployees(plan) };
}

/**
 * Group `g`'s week in its current semester: every taught subject a lecture pair and a practice
 * (or lab) pair, spread over Monday–Friday; evening groups from the fifth pair. Part-time forms
 * (sirtqi, masofaviy) study in sessions and have no weekly timetable.
 */
export function weeklyTimetable(plan: DemoPlan, academic: AcademicPlan, g: number): TimetableSlot[] {
  const group = plan.groups[g] as PlannedGroup;
  if (group.form !== '11' && group.form !== '12') return [];
  const programme = academic.curricula[academic.curriculumOf[g] as number]?.programme;
  const subjects = programme?.semesters[currentSemester(group, academic.fall) - 1] ?? [];
  const rng = streamFor(plan.seed, g, SALT_TIMETABLE);
  const lessons: { subject: ProgrammeSubject; trainingType: string }[] = [];
  for (const subject of subjects) {
    if (subject.ratingGrade !== '11') continue;
    const { hours } = hoursOf(subject, group.form);
    if ((hours['11'] ?? 0) > 0) lessons.push({ subject, trainingType: '11' });
    const practice = subject.lab ? '12' : '13';
    if ((hours[practice] ?? 0) > 0) lessons.push({ subject, trainingType: practice });
  }
  const firstPair = group.form === '12' ? 5 : 1;
  const cells = shuffle(
    rng,
    Array.from({ length: 15 }, (_, i) => [i % 5, firstPair + Math.floor(i / 5)] as const),
  ).slice(0, lessons.length);
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const building = `${1 + (group.faculty % 4)}-bino`;
  return lessons.map((lesson, i) => {
    const [weekday, pair] = cells[i] ?? [0, firstPair];
    return {
      weekday,
      pair,
      subject: lesson.subject,
      trainingType: lesson.trainingType,
      lecturer: lecturerOf(academic, g, lesson.subject),
      auditorium: `${1 + intBelow(rng, 4)}${String(1 + intBelow(rng, 30)).padStart(2, '0')}`,
      building,
    };
  });
}
