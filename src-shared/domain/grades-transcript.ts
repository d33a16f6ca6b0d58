import {
  computeGpa,
  countedGrade,
  creditEarned,
  isDebt,
  letterFor,
  type AcademicResult,
  type GpaSummary,
  type MarkingSystem,
} from './grading';

/** One current result as the transcript needs it (the entry that counts for a subject × semester). */
export interface ResultRow {
  semester: string;
  educationYear: string;
  credit: number;
  totalPoint: number | null;
  grade: number | null;
  ratingGrade: string;
  markingSystem: string;
}

export type Marked<R> = R & { letter: string | null; debt: boolean; earned: boolean };

export interface TranscriptSemester<R> {
  semester: string;
  educationYear: string;
  rows: Marked<R>[];
  credits: number;
  gpa: number | null;
}

export interface Transcript<R> {
  semesters: TranscriptSemester<R>[];
  /** One-year GPA per academic year with counted results (HEMIS `one_year`), oldest first. */
  years: (GpaSummary & { educationYear: string })[];
  /** All-years GPA (HEMIS `all_year`). */
  overall: GpaSummary;
  creditsEarned: number;
  debts: Marked<R>[];
  debtCredits: number;
}

const toResult = (r: ResultRow): AcademicResult => ({
  credit: r.credit,
  grade: countedGrade(r.grade),
  ratingGrade: r.ratingGrade,
  educationYear: r.educationYear,
});

/**
 * A student's transcript from their current results: semesters in order, letters (DOMAIN §2.2),
 * debts and earned credits by each result's own marking system, and GPA (§2.3) by the student's
 * marking system (the curriculum's pass line decides promotion).
 */
export function buildTranscript<R extends ResultRow>(
  rows: readonly R[],
  system: MarkingSystem,
  systemOf: (code: string) => MarkingSystem,
): Transcript<R> {
  const marked = rows.map((r): Marked<R> => {
    const own = systemOf(r.markingSystem);
    return {
      ...r,
      letter: letterFor(r.totalPoint, own),
      debt: isDebt(r.grade, own),
      earned: creditEarned(r.grade, r.totalPoint, own),
    };
  });
  const bySemester = new Map<string, Marked<R>[]>();
  for (const r of marked) {
    const key = `${r.semester}|${r.educationYear}`;
    const list = bySemester.get(key);
    if (list) list.push(r);
    else bySemester.set(key, [r]);
  }
  const semesters = [...bySemester.values()]
    .map((list) => {
      const first = list[0] as Marked<R>;
      return {
        semester: first.semester,
        educationYear: first.educationYear,
        rows: list,
        credits: list.reduce((s, r) => s + r.credit, 0),
        gpa: computeGpa(list.map(toResult), system, { kind: 'all_year' }).gpa,
      };
    })
    .sort((a, b) => Number(a.semester) - Number(b.semester) || a.educationYear.localeCompare(b.educationYear));
  const results = marked.map(toResult);
  const years = [...new Set(marked.map((r) => r.educationYear))]
    .sort()
    .map((educationYear) => ({ educationYear, ...computeGpa(results, system, { kind: 'one_year', educationYear }) }))
    // A year of only uncounted results (a state exam) has no GPA to show.
    .filter((y) => y.subjects > 0);
  const debts = marked.filter((r) => r.debt);
  return {
    semesters,
    years,
    overall: computeGpa(results, system, { kind: 'all_year' }),
    creditsEarned: marked.filter((r) => r.earned).reduce((s, r) => s + r.credit, 0),
    debts,
    debtCredits: debts.reduce((s, r) => s + r.credit, 0),
  };
}
