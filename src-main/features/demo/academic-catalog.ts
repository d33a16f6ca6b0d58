/**
 * The demo's subject catalogue and the programme (subjects per semester) of every specialty.
 * Both are pure functions of the structure data, not of the seed or the demo's size, so a
 * subject keeps its code in every demo and curricula of one specialty share their subjects.
 */
import { latinToCyrillic } from '../../../src-shared/domain/transliterate';
import {
  BACHELOR_GENERAL,
  COURSE_WORK_CREDIT,
  COURSE_WORK_SEMESTERS,
  FACULTY_POOLS,
  MASTER_GENERAL,
} from './academic-subjects-data';
import { mulberry32 } from './random';
import { FACULTIES } from './structure-data';

export interface SubjectDef {
  code: string;
  uzLatn: string;
  uzCyrl: string;
  ru: string;
  en: string;
}

/** Which kafedra teaches a subject: faculty index and kafedra index inside it. */
export interface Chair {
  faculty: number;
  kafedra: number;
}

export interface ProgrammeSubject {
  /** Index into {@link CATALOG}. */
  subject: number;
  /** 1-based semester of the programme. */
  semester: number;
  credit: number;
  /** h_exam_finish: 11 exam, 12 credit test. */
  examFinish: '11' | '12';
  /** h_rating_grade: 11 subject, 12 course work, 14 internship, 15 graduation work. */
  ratingGrade: string;
  /** h_subject_type: 11 required, 12 elective. */
  subjectType: '11' | '12';
  lab: boolean;
  chair: Chair;
}

export interface Programme {
  semesterCount: number;
  /** `semesters[s - 1]` = the subjects of semester s, in curriculum order. */
  semesters: ProgrammeSubject[][];
}

interface Line {
  uzLatn: string;
  ru: string;
  en: string;
  lab: boolean;
  faculty: number | null;
  kafedra: number;
  span: number;
  credit: number | null;
  zachet: boolean;
  ratingGrade: string;
}

const CREDITS_PER_SEMESTER = 30;

function parseLine(line: string): Line {
  const [uzLatn, ru, en, flags = ''] = line.split('|').map((p) => p.trim());
  if (!uzLatn || !ru || !en) throw new Error(`bad subject line "${line}"`);
  const out: Line = {
    uzLatn,
    ru,
    en,
    lab: false,
    faculty: null,
    kafedra: 0,
    span: 1,
    credit: null,
    zachet: false,
    ratingGrade: '11',
  };
  for (const flag of flags.split(/\s+/).filter(Boolean)) {
    const n = Number(flag.slice(1));
    if (flag === 'L') out.lab = true;
    else if (flag === 'z') out.zachet = true;
    else if (flag[0] === 'f') out.faculty = n;
    else if (flag[0] === 'k') out.kafedra = n;
    else if (flag[0] === 'x') out.span = n;
    else if (flag[0] === 'c') out.credit = n;
    else if (flag[0] === 'r') out.ratingGrade = flag.slice(1);
    else throw new Error(`bad subject flag "${flag}" in "${line}"`);
  }
  return out;
}

/** Applied to each lower-cased word: Russian loanwords keep their spelling in Uzbek Cyrillic. */
const LOANWORD_FIXES: readonly (readonly [RegExp, string])[] = [
  [/компютер/, 'компьютер'],
  [/^обект/, 'объект'],
  [/фолклор/, 'фольклор'],
  // Sotsiologiya → Социология, protsessual → процессуал, funksiya → функция, korrupsiya → коррупция.
  [/тс([ие])/g, 'ц$1'],
  [/нкси/g, 'нкци'],
  [/енсиал/g, 'енциал'],
  [/упси/g, 'упци'],
];

/** Uzbek Cyrillic of a subject name: transliteration, with the Russian spellings loanwords keep. */
export function subjectCyrillic(latin: string): string {
  return latinToCyrillic(latin).replace(/[а-яёўқғҳ]+/giu, (word) => {
    let lower = word.toLowerCase();
    for (const [re, to] of LOANWORD_FIXES) lower = lower.replace(re, to);
    return word[0] === word[0]?.toLowerCase() ? lower : (lower[0] ?? '').toUpperCase() + lower.slice(1);
  });
}

const PREFIXES = ['AT', 'IQ', 'MT', 'TF', 'FL', 'TR', 'YU', 'PP'];

/** All subjects of the demo university, each once (a name shared by two faculties is one subject). */
export const CATALOG: SubjectDef[] = [];
const byName = new Map<string, number>();

const serials = new Map<string, number>();

/** The catalogue index of a subject, added under the next code of `prefix` (or `code`) when new. */
function subjectOf(uzLatn: string, ru: string, en: string, prefix: string, code?: string): number {
  const known = byName.get(uzLatn);
  if (known !== undefined) return known;
  const index = CATALOG.length;
  const serial = (serials.get(prefix) ?? 0) + 1;
  serials.set(prefix, serial);
  CATALOG.push({
    code: code ?? `${prefix}${String(serial).padStart(3, '0')}`,
    uzLatn,
    uzCyrl: subjectCyrillic(uzLatn),
    ru,
    en,
  });
  byName.set(uzLatn, index);
  return index;
}

const POOLS: Line[][] = FACULTY_POOLS.map((text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(parseLine),
);
const GENERAL = BACHELOR_GENERAL.map(([semester, line]) => ({ semester, line: parseLine(line) }));
const MASTER = MASTER_GENERAL.map(([semester, line]) => ({ semester, line: parseLine(line) }));

function courseWorkOf(subject: number): number {
  const s = CATALOG[subject] as SubjectDef;
  return subjectOf(`${s.uzLatn} (kurs ishi)`, `${s.ru} (курсовая работа)`, `${s.en} (Course Paper)`, 'K', `${s.code}K`);
}

/** Splits `total` credits over `n` subjects as evenly as whole credits allow, larger first. */
function split(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

/**
 * The programme of specialty `number` (1-based, as in the plan) of `faculty`: the general
 * subjects in their semesters, then the faculty's pool in order (foundations first, the rest in
 * a per-specialty order), each semester ≈ 30 credits over 5–7 subjects.
 */
function buildProgramme(faculty: number, number: number, master: boolean): Programme {
  const rng = mulberry32(0x5ab1ec7 ^ Math.imul(number, 0x9e3779b9));
  const pool = POOLS[faculty] ?? [];
  const prefix = PREFIXES[faculty] ?? 'XX';
  // Roughly the pool's order (foundations before what builds on them), varied per specialty.
  const varied = (lines: Line[]): Line[] =>
    lines
      .map((line, i) => [i + rng() * 6, line] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, line]) => line);
  const order = master
    ? [...varied(pool.slice(8)), ...pool.slice(6, 8)]
    : [...pool.slice(0, 6), ...varied(pool.slice(6))];
  const semesterCount = master ? 4 : 8;
  const cores = master ? [3, 3, 3, 1] : [2, 3, 3, 3, 4, 3, 4, 3];
  if (!master) for (let s = 2; s < 8; s++) cores[s] = (cores[s] ?? 0) + (rng() < 0.25 ? 1 : rng() < 0.2 ? -1 : 0);
  // 5–7 subjects a semester (a master's last semester is the dissertation's).
  const general = master ? MASTER : GENERAL;
  for (let s = 1; s <= (master ? 3 : 8); s++) {
    let n = general.filter((g) => g.semester <= s && s < g.semester + g.line.span).length;
    if (!master && COURSE_WORK_SEMESTERS.includes(s)) n++;
    cores[s - 1] = Math.min(Math.max(cores[s - 1] ?? 0, 5 - n), 7 - n);
  }
  const semesters: ProgrammeSubject[][] = Array.from({ length: semesterCount }, () => []);
  const fixed = new Array<number>(semesterCount).fill(0);
  const place = (semester: number, subject: number, line: Line, credit: number, ratingGrade: string): void => {
    (semesters[semester - 1] as ProgrammeSubject[]).push({
      subject,
      semester,
      credit,
      examFinish: line.zachet || credit <= 2 ? '12' : '11',
      ratingGrade,
      subjectType: '11',
      lab: line.lab,
      chair: { faculty: line.faculty ?? faculty, kafedra: line.kafedra },
    });
  };
  for (const { semester, line } of general) {
    const subject = subjectOf(line.uzLatn, line.ru, line.en, master ? 'MG' : 'UM');
    for (let s = semester; s < semester + line.span && s <= semesterCount; s++) {
      place(s, subject, line, line.credit ?? 4, line.ratingGrade);
      fixed[s - 1] = (fixed[s - 1] ?? 0) + (line.credit ?? 4);
    }
  }
  const coreCount = new Array<number>(semesterCount).fill(0);
  const coresOf: { subject: number; line: Line }[][] = Array.from({ length: semesterCount }, () => []);
  let next = 0;
  for (let s = 1; s <= semesterCount; s++) {
    while ((coreCount[s - 1] ?? 0) < (cores[s - 1] ?? 0)) {
      const line = order[next++];
      if (!line) throw new Error(`faculty ${faculty} has too few subjects for its programme`);
      const subject = subjectOf(line.uzLatn, line.ru, line.en, prefix);
      let slotsLeft = 0;
      for (let t = s; t <= semesterCount; t++) slotsLeft += (cores[t - 1] ?? 0) - (coreCount[t - 1] ?? 0);
      // A short pool stretches its subjects over more semesters (Matematik analiz 1, 2, 3 …).
      const span = order.length - next + 1 < slotsLeft ? Math.max(line.span, 2) : line.span;
      for (let t = s; t < s + span && t <= semesterCount; t++) {
        if (t > s && (coreCount[t - 1] ?? 0) >= (cores[t - 1] ?? 0)) break;
        coresOf[t - 1]?.push({ subject, line });
        coreCount[t - 1] = (coreCount[t - 1] ?? 0) + 1;
      }
    }
  }
  for (let s = 1; s <= semesterCount; s++) {
    const list = coresOf[s - 1] ?? [];
    const courseWork = !master && COURSE_WORK_SEMESTERS.includes(s) ? list[0] : undefined;
    const left = CREDITS_PER_SEMESTER - (fixed[s - 1] ?? 0) - (courseWork ? COURSE_WORK_CREDIT : 0);
    const credits = split(left, list.length);
    list.forEach(({ subject, line }, i) => place(s, subject, line, credits[i] ?? 0, '11'));
    if (courseWork) {
      const line = { ...courseWork.line, zachet: true, lab: false };
      place(s, courseWorkOf(courseWork.subject), line, COURSE_WORK_CREDIT, '12');
    }
    // From the third year on, the last subject of a semester is the students' elective (tanlov fani).
    const electives = (semesters[s - 1] ?? []).filter((p) => p.ratingGrade === '11');
    const last = electives[electives.length - 1];
    if (last && s >= (master ? 2 : 5) && list.length > 1) last.subjectType = '12';
  }
  return { semesterCount, semesters };
}

/** Programmes of all specialties, by the plan's specialty index (faculty order, then specialty order). */
export const PROGRAMMES: readonly Programme[] = FACULTIES.flatMap((f, faculty) =>
  f.specialties.map((def) => ({ faculty, master: def.type === '12' })),
).map(({ faculty, master }, i) => buildProgramme(faculty, i + 1, master));
