import type { AcademicFixture } from './academic-fixtures';

type Item = Record<string, unknown>;

/**
 * HEMIS `academic-record-list` items for a fixture's students, as HEMIS sends them: ids as
 * `_student`/`_subject`/`_curriculum`, `_semester` as a code, numbers sometimes as strings, the
 * untrustworthy `finish_credit_status` (true with grade 2 on purpose), `retraining_status`.
 */
export function fakeAcademicRecords(f: AcademicFixture, curriculumHemisId = 31): Item[] {
  const scores = [
    [92, 64, 95, 71],
    [75, 88, 80, 55],
    [41, 90, 70, 62],
  ];
  return f.students.slice(0, 3).flatMap((s, i) =>
    f.subjects.slice(0, 4).map((subject, j) => {
      const score = scores[i]?.[j] ?? 60;
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
