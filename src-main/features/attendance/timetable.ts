import type { Exam, Lesson, NextClassAndExam } from '../../../src-shared/contract/attendance';
import type { Locale } from '../../../src-shared/contract/common';
import { addDays, nextExam, nextLesson, tashkentMoment, weekOf } from '../../../src-shared/domain/attendance-timetable';
import type { Sqlite } from '../../db/connection';
import { nameSql } from './repo';

/** Timetable reads: a group's week, its next lesson and exam, a student's control events. */

const lessonColumns = (locale: Locale) => `l.id as id, l.group_id as groupId, g.name as "group",
  ${nameSql('sub', locale)} as subject, l.training_type as trainingType, l.lesson_date as lessonDate,
  l.lesson_pair as lessonPair, l.start_time as startTime, l.end_time as endTime, l.auditorium as auditorium,
  l.building as building, l.lecturer as lecturer`;

const examColumns = (locale: Locale) => `e.id as id, e.group_id as groupId, g.name as "group",
  ${nameSql('sub', locale)} as subject, e.semester as semester, e.exam_type as examType,
  e.final_exam_type as finalExamType, e.exam_date as examDate, e.start_time as startTime,
  e.auditorium as auditorium, e.lecturer as lecturer`;

const LESSON_FROM = `from schedule_lessons l join groups g on g.id = l.group_id join subjects sub on sub.id = l.subject_id`;
const EXAM_FROM = `from exams e join groups g on g.id = e.group_id join subjects sub on sub.id = e.subject_id`;
/** How far ahead "next class" looks: past the longest holiday between semesters. */
const LOOKAHEAD_DAYS = 120;

export function lessonsBetween(db: Sqlite, locale: Locale, groupId: string, from: string, to: string): Lesson[] {
  return db
    .prepare(
      `select ${lessonColumns(locale)} ${LESSON_FROM}
        where l.group_id = ? and l.lesson_date between ? and ?
        order by l.lesson_date, l.start_time, l.lesson_pair`,
    )
    .all(groupId, from, to) as Lesson[];
}

export function examsBetween(db: Sqlite, locale: Locale, groupId: string, from: string, to: string): Exam[] {
  return db
    .prepare(
      `select ${examColumns(locale)} ${EXAM_FROM}
        where e.group_id = ? and e.exam_date between ? and ? order by e.exam_date, e.start_time`,
    )
    .all(groupId, from, to) as Exam[];
}

export function nextFor(db: Sqlite, locale: Locale, groupId: string | null, now: Date): NextClassAndExam {
  if (!groupId) return { lesson: null, exam: null };
  const today = tashkentMoment(now).date;
  // Lessons of today (one may be going on) and of the coming days; the first few days are enough.
  const lessons = db
    .prepare(
      `select ${lessonColumns(locale)} ${LESSON_FROM}
        where l.group_id = ? and l.lesson_date between ? and ?
        order by l.lesson_date, l.start_time limit 40`,
    )
    .all(groupId, today, addDays(today, LOOKAHEAD_DAYS)) as Lesson[];
  const exams = examsBetween(db, locale, groupId, today, addDays(today, 366));
  const lesson = nextLesson(lessons, now);
  const exam = nextExam(exams, now);
  return {
    lesson: lesson ? { ...lesson.item, inProgress: lesson.inProgress } : null,
    exam: exam ? { ...exam.item, inProgress: exam.inProgress } : null,
  };
}

export function week(db: Sqlite, locale: Locale, groupId: string | null, date: string) {
  const { start, end } = weekOf(date);
  if (!groupId) return { weekStart: start, weekEnd: end, lessons: [], exams: [] };
  return {
    weekStart: start,
    weekEnd: end,
    lessons: lessonsBetween(db, locale, groupId, start, end),
    exams: examsBetween(db, locale, groupId, start, end),
  };
}

/**
 * A student's control events for printing: the group's exams of the academic year the latest one
 * belongs to (a printed list of last year's re-sits would mislead).
 */
export function studentExams(db: Sqlite, locale: Locale, groupId: string | null): Exam[] {
  if (!groupId) return [];
  const year = (
    db.prepare(`select max(education_year) as y from exams where group_id = ?`).get(groupId) as { y: string | null }
  ).y;
  if (year === null) return [];
  return db
    .prepare(
      `select ${examColumns(locale)} ${EXAM_FROM}
        where e.group_id = ? and e.education_year = ? order by e.exam_date, e.start_time`,
    )
    .all(groupId, year) as Exam[];
}
