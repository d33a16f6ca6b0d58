import type { Exam } from '../../../../src-shared/contract/attendance';
import type { ExamEvent, ExamListExtra } from '../../../../src-shared/domain/documents/exam-list';
import { latinToCyrillic } from '../../../../src-shared/domain/transliterate';
import { studentExams } from '../../attendance/timetable';
import type { ExtraLoader } from './index';
import { sqliteOf } from './sqlite';

/**
 * The group's control events of the academic year, read by the attendance feature's own query
 * (`studentExams`, the one behind `attendance.studentExams`): once per language for the subject names,
 * since the page's language is chosen after the loader runs (a handful of rows each). A name missing in
 * a language falls back as the query does, and Cyrillic is transliterated rather than printed in Latin.
 */
export const loadExamList: ExtraLoader = (db, source): ExamListExtra => {
  const conn = sqliteOf(db);
  const group = conn.prepare(`select group_id as groupId from students where id = ?`).get(source.student.id) as
    { groupId: string | null } | undefined;
  const groupId = group?.groupId ?? null;
  const exams = studentExams(conn, 'uz-Latn', groupId);
  if (exams.length === 0) return { educationYear: null, exams: [] };
  const names = (locale: 'uz-Cyrl' | 'ru' | 'en') =>
    new Map(studentExams(conn, locale, groupId).map((e: Exam) => [e.id, e.subject]));
  const [cyrl, ru, en] = [names('uz-Cyrl'), names('ru'), names('en')];
  const year = conn.prepare(`select education_year as y from exams where id = ?`).get(exams[0]!.id) as { y: string };
  return {
    educationYear: year.y || null,
    exams: exams.map((e): ExamEvent => {
      const ownCyrl = cyrl.get(e.id);
      const cyrillic = ownCyrl && ownCyrl !== e.subject ? ownCyrl : latinToCyrillic(e.subject);
      const ownRu = ru.get(e.id);
      return {
        semester: e.semester,
        subject: {
          'uz-Latn': e.subject,
          'uz-Cyrl': cyrillic,
          ru: ownRu && ownRu !== e.subject ? ownRu : cyrillic,
          en: en.get(e.id) ?? e.subject,
        },
        examType: e.examType,
        finalExamType: e.finalExamType,
        examDate: e.examDate,
        startTime: e.startTime,
        auditorium: e.auditorium,
      };
    }),
  };
};
