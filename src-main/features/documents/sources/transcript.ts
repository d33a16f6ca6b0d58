import type { SubjectNames } from '../../../../src-shared/contract/grades';
import type { Names } from '../../../../src-shared/domain/documents/source';
import type { TranscriptExtra } from '../../../../src-shared/domain/documents/transcript';
import { latinToCyrillic } from '../../../../src-shared/domain/transliterate';
import type { Db } from '../../../db/store';
import { transcriptOf } from '../../grades/transcript';
import type { ExtraLoader } from './index';
import { sqliteOf } from './sqlite';

/** A subject's name in every document language; a missing one is derived, as for faculties. */
function namesOf(n: SubjectNames): Names {
  const cyrl = n.uzCyrl || latinToCyrillic(n.uzLatn);
  return { 'uz-Latn': n.uzLatn, 'uz-Cyrl': cyrl, ru: n.ru || cyrl, en: n.en || n.uzLatn };
}

/** Total academic load per curriculum subject; 0 in the curriculum means "not given", printed as a dash. */
function hoursOf(db: Db, ids: string[]): Map<string, number> {
  if (ids.length === 0) return new Map();
  const rows = sqliteOf(db)
    .prepare(
      `select id, total_hours as hours from curriculum_subjects
        where id in (select value from json_each(?)) and total_hours > 0`,
    )
    .all(JSON.stringify(ids)) as { id: string; hours: number }[];
  return new Map(rows.map((r) => [r.id, r.hours]));
}

/**
 * The student's transcript as the grades feature reads it (`transcriptOf`: current results, letters,
 * GPA per semester, year and overall), plus the curriculum's hours: the printed figures are the card's.
 */
export const loadTranscript: ExtraLoader = (db, source): TranscriptExtra => {
  const t = transcriptOf(sqliteOf(db), source.student.id);
  const rows = t.semesters.flatMap((s) => s.rows);
  const hours = hoursOf(db, [...new Set(rows.flatMap((r) => (r.curriculumSubjectId ? [r.curriculumSubjectId] : [])))]);
  return {
    markingSystem: t.markingSystem,
    gpaLimit: t.gpaLimit,
    semesters: t.semesters.map((s) => ({
      semester: s.semester,
      educationYear: s.educationYear,
      credits: s.credits,
      gpa: s.gpa,
      rows: s.rows.map((r) => ({
        subject: namesOf(r.subject),
        credit: r.credit,
        hours: (r.curriculumSubjectId ? hours.get(r.curriculumSubjectId) : undefined) ?? null,
        totalPoint: r.totalPoint,
        grade: r.grade,
        letter: r.letter,
      })),
    })),
    years: t.years.map((y) => ({ educationYear: y.educationYear, gpa: y.gpa, creditSum: y.creditSum })),
    overall: { gpa: t.overall.gpa, creditSum: t.overall.creditSum },
    creditsEarned: t.creditsEarned,
  };
};
