import { mix32, mulberry32, pickWeighted, shuffle, type Rng } from './random';
import { FACULTIES, type FacultyDef, type SpecialtyDef } from './structure-data';

/** Average students per group; actual sizes vary between about 20 and 30. */
export const GROUP_SIZE = 25;

export interface PlannedGroup {
  name: string;
  faculty: number;
  specialty: number;
  course: number;
  yearOfEnter: number;
  /** h_education_form */
  form: string;
  /** h_language */
  lang: string;
  size: number;
}

export interface SpecialtyRef {
  faculty: number;
  def: SpecialtyDef;
  /** 1-based number used in style-B group names (`211-23` = specialty 2, group 11). */
  number: number;
}

export interface DemoPlan {
  seed: number;
  students: number;
  academicYear: number;
  specialties: SpecialtyRef[];
  groups: PlannedGroup[];
  /** `slots[i]` = index of the group of student i; shuffled so any prefix is spread over all groups. */
  slots: Uint32Array;
}

const FORM_WEIGHT: Record<string, number> = { '11': 0.72, '12': 0.07, '13': 0.16, '16': 0.05 };
const LANG_WEIGHT: Record<string, number> = { '11': 0.78, '12': 0.22 };
/** A cohort shrinks a little each year (expulsions, transfers). */
const COURSE_WEIGHT = [1, 0.95, 0.9, 0.85];
const FORM_TAG: Record<string, string> = { '11': '', '12': 'K', '13': 'S', '16': 'M' };

/** The academic year that contains `date` starts in September (2026-11-28 → 2026). */
export function academicYearOf(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function coursesOf(def: SpecialtyDef): number {
  return def.type === '12' ? 2 : 4;
}

interface Cell {
  specialty: number;
  course: number;
  form: string;
  lang: string;
}

function cellsWithWeights(specialties: SpecialtyRef[]): (readonly [Cell, number])[] {
  const cells: (readonly [Cell, number])[] = [];
  specialties.forEach((s, specialty) => {
    const forms = s.def.forms ?? ['11', '13'];
    const langs = s.def.langs ?? ['11', '12'];
    const formTotal = forms.reduce((t, f) => t + (FORM_WEIGHT[f] ?? 0), 0);
    const langTotal = langs.reduce((t, l) => t + (LANG_WEIGHT[l] ?? 0), 0);
    for (let course = 1; course <= coursesOf(s.def); course++) {
      for (const form of forms) {
        for (const lang of langs) {
          const w =
            s.def.weight *
            (COURSE_WEIGHT[course - 1] ?? 1) *
            ((FORM_WEIGHT[form] ?? 0) / formTotal) *
            ((LANG_WEIGHT[lang] ?? 0) / langTotal);
          cells.push([{ specialty, course, form, lang }, w]);
        }
      }
    }
  });
  return cells;
}

/** Splits `total` into `weights.length` whole parts proportional to the weights (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

function groupName(f: FacultyDef, s: SpecialtyRef, g: Cell, yy: string, nn: number): string {
  const tag = FORM_TAG[g.form] ?? '';
  const ru = g.lang === '12' ? 'R' : '';
  const n2 = String(nn).padStart(2, '0');
  return f.groupStyle === 'A'
    ? `${tag ? `${tag}-` : ''}${s.def.abbr}-${yy}-${n2}${ru}`
    : `${tag}${s.number}${n2}${ru}-${yy}`;
}

/**
 * The whole demo institution as data, a pure function of (seed, students, academic year): the
 * groups needed for `students` (about 25 each) are drawn over specialty × course × form ×
 * language in proportion to realistic intake weights, so a small demo looks like the
 * mainstream of a big one.
 */
export function buildPlan(seed: number, students: number, academicYear: number): DemoPlan {
  const rng: Rng = mulberry32(mix32(seed ^ 0x5eed5));
  const specialties: SpecialtyRef[] = FACULTIES.flatMap((f, faculty) =>
    f.specialties.map((def) => ({ faculty, def })),
  ).map((s, i) => ({ ...s, number: i + 1 }));
  const groupCount = students === 0 ? 0 : Math.max(1, Math.round(students / GROUP_SIZE));
  const cells = cellsWithWeights(specialties);
  const drawn: Cell[] = [];
  for (let i = 0; i < groupCount; i++) drawn.push(pickWeighted(rng, cells));
  drawn.sort(
    (a, b) =>
      a.specialty - b.specialty ||
      a.course - b.course ||
      Number(a.form) - Number(b.form) ||
      Number(a.lang) - Number(b.lang),
  );
  const sizes = apportion(
    students,
    drawn.map(() => 20 + rng() * 10),
  );
  const counters = new Map<string, number>();
  const used = new Set<string>();
  const groups: PlannedGroup[] = drawn.map((cell, i) => {
    const s = specialties[cell.specialty] as SpecialtyRef;
    const faculty = FACULTIES[s.faculty] as FacultyDef;
    const yearOfEnter = academicYear - cell.course + 1;
    const yy = String(yearOfEnter % 100).padStart(2, '0');
    const key = `${cell.specialty}/${yearOfEnter}`;
    const nn = (counters.get(key) ?? 0) + 1;
    counters.set(key, nn);
    let name = groupName(faculty, s, cell, yy, nn);
    // Style-B numbers could in theory run together (2 + 101 vs 21 + 01); names must stay unique.
    for (let k = 0; used.has(name); k++)
      name = `${groupName(faculty, s, cell, yy, nn)}${'abcdefghij'[k % 10]}${k >= 10 ? k : ''}`;
    used.add(name);
    return {
      name,
      faculty: s.faculty,
      specialty: cell.specialty,
      course: cell.course,
      yearOfEnter,
      form: cell.form,
      lang: cell.lang,
      size: sizes[i] ?? 0,
    };
  });
  const slots = new Uint32Array(students);
  let at = 0;
  groups.forEach((g, gi) => {
    slots.fill(gi, at, at + g.size);
    at += g.size;
  });
  shuffle(rng, slots);
  return { seed, students, academicYear, specialties, groups, slots };
}
