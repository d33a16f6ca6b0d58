import type { AcademicFixture } from './academic-fixtures';

type Item = Record<string, unknown>;

/** Scores of the first three students in the first four subjects (rows: students). */
const SCORES = [
  [92, 64, 95, 71],
  [75, 88, 80, 55],
  [41, 90, 70, 62],
];

/**
 * HEMIS `academic-record-list` items for a fixture's students, as HEMIS sends them: ids as
 * `_student`/`_subject`/`_curriculum`, `_semester` as a code, numbers sometimes as strings, the
 * untrustworthy `finish_credit_status` (true with grade 2 on purpose), `retraining_status`.
 */
export function fakeAcademicRecords(f: AcademicFixture, curriculumHemisId = 31): Item[] {
  return f.students.slice(0, 3).flatMap((s, i) =>
    f.subjects.slice(0, 4).map((subject, j) => {
      const score = SCORES[i]?.[j] ?? 60;
      const grade = score >= 90 ? 5 : score >= 70 ? 4 : score >= 60 ? 3 : 2;
      return {
        id: 5000 + i * 10 + j,
        _student: s.hemisId,
        _subject: j === 1 ? { id: subject.hemisId, name: subject.name } : subject.hemisId,
        _curriculum: curriculumHemisId,
        _semester: subject.semester,
        _education_year: subject.semester === '13' ? '2025' : '2024',
        subject_name: subject.name,
        semester_name: `${Number(subject.semester) - 10}-semestr`,
        credit: j === 0 ? String(subject.credit) : subject.credit,
        total_acload: subject.credit * 30,
        total_point: score,
        grade,
        // HEMIS is known to flag a failed subject as earned: never trusted.
        finish_credit_status: true,
        retraining_status: false,
        employee_name: 'Karimov A.',
      };
    }),
  );
}

/** HEMIS `student-gpa-list` items for a fixture's first students (values chosen by the test). */
export function fakeStudentGpa(f: AcademicFixture, gpas: (number | string)[]): Item[] {
  return gpas.map((gpa, i) => ({
    _student: f.students[i]?.hemisId,
    educationYear: { code: '2024', name: '2024-2025', current: false },
    level: { code: '12', name: '2-kurs' },
    gpa,
    credit_sum: '17',
    subjects: 4,
    debt_subjects: 0,
    can_transfer: true,
    method: 'all_year',
  }));
}

/** The three controls of the 1st record sheet and their maxima: JN 30 + ON 20 + YN 50 = 100 points. */
export const FAKE_CONTROLS = [
  { examType: '11', name: 'Joriy nazorat', max: 30 },
  { examType: '12', name: 'Oraliq nazorat', max: 20 },
  { examType: '13', name: 'Yakuniy nazorat', max: 50 },
] as const;

/** JN, ON and YN points that sum to `score` (each within its maximum). */
export function splitScore(score: number): [number, number, number] {
  const jn = Math.min(30, Math.round(score * 0.3));
  const on = Math.min(20, Math.round(score * 0.2));
  return [jn, on, score - jn - on];
}

/**
 * HEMIS `student-performance-list` items for the marks behind `fakeAcademicRecords` (same students,
 * subjects and scores): JN + ON + YN per result on the 1st record sheet, ids 7000 + …. The field
 * spellings vary on purpose as they do between HEMIS versions: `_student` or `student{id}`,
 * `examType{code,name}` or `_exam_type` or `exam_type`, `exam_date` (unix) or `lesson_date`,
 * `employee{name}` or `employee_name`, points as numbers or strings.
 */
export function fakePerformance(f: AcademicFixture): Item[] {
  return f.students.slice(0, 3).flatMap((s, i) =>
    f.subjects.slice(0, 4).flatMap((subject, j) => {
      const parts = splitScore(SCORES[i]?.[j] ?? 60);
      const year = subject.semester === '13' ? '2025' : '2024';
      return FAKE_CONTROLS.map((c, k): Item => {
        const points = parts[k] ?? 0;
        // 2025-01-10 + days, 10:00 in Tashkent (05:00 UTC).
        const examDate = 1736485200 + (j * 3 + k) * 86_400;
        const odd = (i + j + k) % 2 === 1;
        return {
          id: 7000 + i * 100 + j * 10 + k,
          ...(odd ? { student: { id: s.hemisId, name: s.name } } : { _student: s.hemisId }),
          ...(j === 1 ? { subject: { id: subject.hemisId, name: subject.name } } : { _subject: subject.hemisId }),
          ...(odd ? { semester: { code: subject.semester, name: 'semestr' } } : { _semester: subject.semester }),
          ...(odd ? { educationYear: { code: year, name: `${year}-${Number(year) + 1}` } } : { _education_year: year }),
          ...(k === 0
            ? { examType: { code: c.examType, name: c.name } }
            : k === 1
              ? { _exam_type: c.examType }
              : { exam_type: Number(c.examType) }),
          ...(odd ? { finalExamType: { code: '11', name: '1-qaydnoma' } } : { _final_exam_type: '11' }),
          grade: odd ? String(points) : points,
          max_ball: c.max,
          ...(k === 0 ? { lesson_date: examDate } : { exam_date: examDate }),
          ...(odd ? { employee: { id: 88, name: 'Karimov A.' } } : { employee_name: 'Karimov A.' }),
          updated_at: 1736485200 + i,
          // Fields the app does not read.
          _group: 55,
          percent: Math.round((points / c.max) * 100),
        };
      });
    }),
  );
}
