/**
 * Grades and attendance of one demo student, written in the same `demo.students` batch as the
 * student. Every completed semester has its results (scores from a per-student ability, so GPAs
 * spread as in a real faculty, with ~4 % failed attempts, some re-sat on the 2nd record sheet);
 * the current semester has a few weeks of absences, with some students over the 12 h and 36 h
 * borders (DOMAIN §2.4). The last semester's subject results come with their marks per control (JN 30 +
 * ON 20 + YN 50, a re-sit's YN on the 2nd record sheet). Draws come from the student's own stream, so a
 * resumed batch is the same.
 */
import { DEFAULT_MARKING_SYSTEMS, gradeOf, type MarkingSystemCode } from '../../../src-shared/domain/grading';
import type { academicRecords, controlMarks } from '../academic/schema';
import type { attendance } from '../attendance/schema';
import {
  currentSemester,
  dayMs,
  examDay,
  isoDay,
  lecturerOf,
  semesterDates,
  weeklyTimetable,
  type AcademicPlan,
} from './academic-plan';
import { idSource, type IdSource } from './academic-ids';
import type { AcademicIds } from './academic-write';
import type { DemoPlan, PlannedGroup } from './plan';
import { intBelow, mix32, streamFor, type Rng } from './random';

type RecordRow = typeof academicRecords.$inferInsert;
type AttendanceRow = typeof attendance.$inferInsert;
type ControlRow = typeof controlMarks.$inferInsert;

const SALT_GRADES = 0x67ade5;
const DAY = 86_400_000;
/** School days of absences looked back from the demo's day. */
const ATTENDANCE_DAYS = 20;
const APPEAL_REASON = 'Apellyatsiya komissiyasining qaroriga koʻra';

interface Template {
  subjectId: string;
  curriculumSubjectId: string;
  semester: string;
  educationYear: string;
  credit: number;
  ratingGrade: string;
  markingSystem: MarkingSystemCode;
  lecturer: string;
  examDate: string;
  resitDate: string;
  /** Subject difficulty: added to every score. */
  shift: number;
  /** Written with its marks per control: subjects (rating grade 11) of the last semester behind the group. */
  controls: boolean;
}

interface Lesson {
  subjectId: string;
  semester: string;
  educationYear: string;
  trainingType: string;
  date: string;
  pair: string;
  lecturer: string;
}

interface GroupWork {
  completed: Template[];
  lessons: Lesson[];
}

/** The grade of each whole score 0…100, from the shared grading rules (HEMIS default borders). */
const gradeTable = (code: MarkingSystemCode): Int8Array =>
  Int8Array.from({ length: 101 }, (_, s) => gradeOf(s, DEFAULT_MARKING_SYSTEMS[code]) ?? 2);
const GRADE_11 = gradeTable('11');
const GRADE_13 = gradeTable('13');

/** About normal(0, 1): the sum of four uniforms, rescaled. */
function normal(rng: Rng): number {
  return (rng() + rng() + rng() + rng() - 2) * 1.7320508;
}

export interface AcademicRows {
  records: RecordRow[];
  attendance: AttendanceRow[];
  controls: ControlRow[];
}

export interface StudentAcademics {
  (index: number, studentId: string, group: number, status: string, out: AcademicRows): void;
}

export function academicsFactory(
  plan: DemoPlan,
  academic: AcademicPlan,
  ids: AcademicIds,
  groupIds: readonly string[],
  createdBy: string,
): (now: string) => StudentAcademics {
  // Group work is built once per run; the batch's time stamps and ids change with each batch.
  const works = new Map<number, GroupWork>();
  let now = '';
  let nextId: IdSource = idSource(0);
  const todayMs = dayMs(academic.today);

  const workOf = (gi: number): GroupWork => {
    const known = works.get(gi);
    if (known) return known;
    const g = plan.groups[gi] as PlannedGroup;
    const ci = academic.curriculumOf[gi] as number;
    const c = academic.curricula[ci];
    const completed: Template[] = [];
    const lessons: Lesson[] = [];
    if (c) {
      const current = currentSemester(g, academic.fall);
      for (let s = 1; s < current; s++) {
        const d = semesterDates(g.yearOfEnter, s);
        (c.programme.semesters[s - 1] ?? []).forEach((p, position) => {
          if (p.ratingGrade === '15') return;
          completed.push({
            subjectId: ids.subjectIds[p.subject] as string,
            curriculumSubjectId: ids.curriculumSubjectIds[ci]?.[s - 1]?.[position] as string,
            semester: d.code,
            educationYear: String(d.educationYear),
            credit: p.credit,
            ratingGrade: p.ratingGrade,
            markingSystem: c.markingSystem,
            lecturer: lecturerOf(academic, gi, p),
            examDate: examDay(d.session, 3 * position + (gi % 2)),
            resitDate: examDay(d.session, 24 + position),
            shift: (mix32(p.subject * 7919 + 17) % 9) - 5,
            controls: s === current - 1 && p.ratingGrade === '11',
          });
        });
      }
      const d = semesterDates(g.yearOfEnter, current);
      const timetable = weeklyTimetable(plan, academic, gi);
      const first = Math.max(dayMs(d.start), todayMs - 28 * DAY);
      let days = 0;
      for (let t = todayMs - DAY; t >= first && days < ATTENDANCE_DAYS; t -= DAY) {
        const weekday = (new Date(t).getUTCDay() + 6) % 7;
        if (weekday > 4) continue;
        days++;
        const date = isoDay(t);
        for (const slot of timetable) {
          if (slot.weekday !== weekday) continue;
          lessons.push({
            subjectId: ids.subjectIds[slot.subject.subject] as string,
            semester: d.code,
            educationYear: String(d.educationYear),
            trainingType: slot.trainingType,
            date,
            pair: String(slot.pair),
            lecturer: slot.lecturer,
          });
        }
      }
    }
    const work = { completed, lessons };
    works.set(gi, work);
    return work;
  };

  const row = (t: Template, studentId: string, score: number, examDate: string, attempt: number): RecordRow => ({
    id: nextId(),
    studentId,
    subjectId: t.subjectId,
    curriculumSubjectId: t.curriculumSubjectId,
    semester: t.semester,
    educationYear: t.educationYear,
    credit: t.credit,
    totalPoint: score,
    grade: (t.markingSystem === '11' ? GRADE_11 : GRADE_13)[score] ?? 2,
    ratingGrade: t.ratingGrade,
    markingSystem: t.markingSystem,
    attempt,
    restudy: false,
    lecturer: t.lecturer,
    examDate,
    replacesId: null,
    reason: '',
    source: 'manual',
    hemisId: null,
    isCurrent: true,
    createdBy,
    createdAt: now,
  });

  const student: StudentAcademics = (index, studentId, gi, status, out) => {
    const work = workOf(gi);
    const rng = streamFor(plan.seed, index, SALT_GRADES);
    const ability = normal(rng) - (status === '12' ? 1.2 : 0);
    const failP = Math.min(0.5, Math.max(0.002, 0.021 * Math.exp(-1.1 * ability)));
    const mean = 77 + 8 * ability;
    for (const t of work.completed) {
      const pass = t.markingSystem === '11' ? 55 : 60;
      if (rng() < failP) {
        const failed = 25 + intBelow(rng, pass - 25);
        const first = row(t, studentId, failed, t.examDate, 1);
        out.records.push(first);
        // Most failed subjects are re-sat on the 2nd record sheet; the rest stay academic debts.
        let resit: number | null = null;
        if (rng() < 0.6) {
          first.isCurrent = false;
          resit = pass + intBelow(rng, 16);
          out.records.push(row(t, studentId, resit, t.resitDate, 2));
        }
        controls(t, studentId, failed, resit, out.controls);
        continue;
      }
      let score = Math.round(mean + t.shift + 7 * normal(rng));
      if (score < pass) score = pass + intBelow(rng, 6);
      if (score > 100) score = 100 - intBelow(rng, 3);
      const record = row(t, studentId, score, t.examDate, 1);
      out.records.push(record);
      if (rng() < 0.004 && score < 96) {
        // An appeal raised the score: the first entry stays, no longer current; the new one names it.
        record.isCurrent = false;
        const raised = row(t, studentId, score + 2 + intBelow(rng, 4), t.examDate, 1);
        raised.replacesId = record.id;
        raised.reason = APPEAL_REASON;
        out.records.push(raised);
        // The appeal re-marked the final control: the marks add up to the raised score.
        score = raised.totalPoint as number;
      }
      controls(t, studentId, score, null, out.controls);
    }
    absences(rng, index, work.lessons, studentId, gi, out.attendance);
  };

  /**
   * JN + ON + YN adding up to the score; a re-sit is a new YN on the 2nd sheet, JN and ON carried over,
   * so semester work is chosen to leave both YNs within 0…50. Only the last semester's subjects get
   * them, as a pull of the current year would bring: three rows a result for every semester would
   * slow the 100,000-student demo by a fifth.
   */
  function controls(t: Template, studentId: string, score: number, resit: number | null, rows: ControlRow[]) {
    if (!t.controls) return;
    const work = Math.max(resit === null ? 0 : resit - 50, Math.round(score / 2));
    const jn = Math.round(work * 0.6);
    const mark = (examType: string, sheet: string, points: number, maxPoints: number, examDate: string | null) =>
      rows.push({
        id: nextId(),
        studentId,
        subjectId: t.subjectId,
        semester: t.semester,
        educationYear: t.educationYear,
        examType,
        finalExamType: sheet,
        points,
        maxPoints,
        examDate,
        lecturer: t.lecturer,
        source: 'manual',
        hemisId: null,
        updatedAt: now,
      });
    mark('11', '11', jn, 30, null);
    mark('12', '11', work - jn, 20, null);
    mark('13', '11', score - work, 50, t.examDate);
    if (resit !== null) mark('13', '12', resit - work, 50, t.resitDate);
  }

  function absences(rng: Rng, index: number, lessons: Lesson[], studentId: string, gi: number, rows: AttendanceRow[]) {
    const n = lessons.length;
    if (n === 0) return;
    // Pairs missed without excuse: most students 0–3 (0–6 h); ~3 % over the 12 h warning; one in
    // ~150 over the 36 h reprimand border.
    const r = rng();
    let unexcused =
      index % 149 === 7
        ? 19 + intBelow(rng, 8)
        : r < 0.03
          ? 7 + intBelow(rng, 9)
          : r < 0.45
            ? 0
            : r < 0.7
              ? 1
              : r < 0.87
                ? 2
                : 3;
    let excused = rng() < 0.18 ? 1 + intBelow(rng, 4) : 0;
    unexcused = Math.min(unexcused, n);
    excused = Math.min(excused, n - unexcused);
    const taken = new Set<number>();
    const groupId = groupIds[gi] ?? null;
    for (let k = 0; k < unexcused + excused; k++) {
      let i = intBelow(rng, n);
      while (taken.has(i)) i = (i + 1) % n;
      taken.add(i);
      const l = lessons[i] as Lesson;
      rows.push({
        id: nextId(),
        studentId,
        subjectId: l.subjectId,
        groupId,
        semester: l.semester,
        educationYear: l.educationYear,
        trainingType: l.trainingType,
        lessonDate: l.date,
        lessonPair: l.pair,
        hoursExcused: k < unexcused ? 0 : 2,
        hoursUnexcused: k < unexcused ? 2 : 0,
        lecturer: l.lecturer,
        source: 'manual',
        createdAt: now,
      });
    }
  }

  return (batchNow) => {
    now = batchNow;
    nextId = idSource(Date.parse(batchNow));
    return student;
  };
}
