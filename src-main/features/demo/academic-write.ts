/**
 * Writes the academic structure of the demo inside the `demo.structure` command: academic years,
 * the subject catalogue, staff, curricula with semesters and subjects, and — once the groups
 * exist — their timetable for this week and the next and the final-control exams. A resumed
 * demo reads the ids back by stable keys (subject code, curriculum name, employee number).
 */
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Sqlite } from '../../db/connection';
import type { Writer } from '../../commands/writer';
import {
  curricula,
  curriculumSemesters,
  curriculumSubjects,
  educationYears,
  employees,
  subjects,
} from '../academic/schema';
import { exams, scheduleLessons } from '../attendance/schema';
import { CATALOG } from './academic-catalog';
import {
  currentSemester,
  dayMs,
  examDay,
  hoursOf,
  isoDay,
  lecturerOf,
  PAIR_TIMES,
  semesterDates,
  weeklyTimetable,
  type AcademicPlan,
} from './academic-plan';
import type { DemoPlan, PlannedGroup } from './plan';

export interface StructureIds {
  facultyIds: string[];
  /** `kafedraIds[faculty][kafedra]`. */
  kafedraIds: string[][];
  specialtyIds: string[];
}

export interface AcademicIds {
  /** By catalogue index. */
  subjectIds: string[];
  /** `curriculumSubjectIds[curriculum][semester - 1][position]`. */
  curriculumSubjectIds: string[][][];
  curriculumIds: string[];
  /** By index into the plan's employees. */
  employeeIds: string[];
}

const DAY = 86_400_000;

/** Academic years from the oldest admission to the newest curriculum's last semester. */
function writeYears(w: Writer, academic: AcademicPlan): void {
  const rows = [];
  for (let y = academic.academicYear - 4; y <= academic.academicYear + 3; y++) {
    rows.push({ code: String(y), name: `${y}-${y + 1}`, current: y === academic.academicYear });
  }
  const existing = new Set(
    (w.sqlite.prepare('select code from education_years').all() as { code: string }[]).map((r) => r.code),
  );
  w.bulkInsert(
    educationYears,
    rows.filter((r) => !existing.has(r.code)),
  );
}

/** Everything before the groups: years, subjects, staff, curricula. Returns the new ids. */
export function writeAcademicStructure(w: Writer, academic: AcademicPlan, ids: StructureIds): AcademicIds {
  const ms = Date.parse(w.now);
  writeYears(w, academic);
  const subjectIds = CATALOG.map(() => uuidv7(ms));
  w.bulkInsert(
    subjects,
    CATALOG.map((s, i) => ({
      id: subjectIds[i] as string,
      code: s.code,
      nameUzLatn: s.uzLatn,
      nameUzCyrl: s.uzCyrl,
      nameRu: s.ru,
      nameEn: s.en,
    })),
  );
  const employeeIds = academic.employees.map(() => uuidv7(ms));
  w.bulkInsert(
    employees,
    academic.employees.map((e, i) => ({
      id: employeeIds[i] as string,
      employeeIdNumber: e.employeeIdNumber,
      lastName: e.lastName,
      firstName: e.firstName,
      patronymic: e.patronymic,
      departmentId: e.kafedra === null ? ids.facultyIds[e.faculty] : ids.kafedraIds[e.faculty]?.[e.kafedra],
      position: e.position,
      kind: e.kind,
      phone: e.phone,
    })),
  );
  const curriculumIds = academic.curricula.map(() => uuidv7(ms));
  w.bulkInsert(
    curricula,
    academic.curricula.map((c, i) => ({
      id: curriculumIds[i] as string,
      name: c.name,
      specialtyId: ids.specialtyIds[c.specialty] as string,
      departmentId: ids.facultyIds[c.faculty] as string,
      educationYear: String(c.yearOfEnter),
      educationType: c.type,
      educationForm: c.form,
      markingSystem: c.markingSystem,
      semesterCount: c.programme.semesterCount,
      educationPeriod: c.programme.semesterCount / 2,
      createdAt: w.now,
      updatedAt: w.now,
    })),
  );
  const semesterRows: (typeof curriculumSemesters.$inferInsert)[] = [];
  const subjectRows: (typeof curriculumSubjects.$inferInsert)[] = [];
  const curriculumSubjectIds = academic.curricula.map((c, ci) =>
    c.programme.semesters.map((list, si) => {
      const d = semesterDates(c.yearOfEnter, si + 1);
      semesterRows.push({
        id: uuidv7(ms),
        curriculumId: curriculumIds[ci] as string,
        code: d.code,
        educationYear: String(d.educationYear),
        level: d.level,
        startDate: d.start,
        endDate: d.end,
        current: d.educationYear === academic.academicYear && (si % 2 === 0) === academic.fall,
      });
      return list.map((p, position) => {
        const id = uuidv7(ms);
        const { total, hours } = hoursOf(p, c.form);
        subjectRows.push({
          id,
          curriculumId: curriculumIds[ci] as string,
          subjectId: subjectIds[p.subject] as string,
          semester: d.code,
          credit: p.credit,
          totalHours: total,
          hours: JSON.stringify(hours),
          examFinish: p.examFinish,
          ratingGrade: p.ratingGrade,
          subjectType: p.subjectType,
          departmentId:
            ids.kafedraIds[p.chair.faculty]?.[p.chair.kafedra % (ids.kafedraIds[p.chair.faculty]?.length ?? 1)],
          position: position + 1,
        });
        return id;
      });
    }),
  );
  w.bulkInsert(curriculumSemesters, semesterRows);
  w.bulkInsert(curriculumSubjects, subjectRows);
  return { subjectIds, curriculumSubjectIds, curriculumIds, employeeIds };
}

/** Monday of the week that holds `iso`. */
export function mondayOf(iso: string): number {
  const ms = dayMs(iso);
  return ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;
}

/** This week's and next week's lessons of every group, and the exams that end its semester. */
export function writeGroupCalendar(
  w: Writer,
  plan: DemoPlan,
  academic: AcademicPlan,
  ids: AcademicIds,
  groupIds: string[],
): void {
  const ms = Date.parse(w.now);
  const monday = mondayOf(academic.today);
  const lessons: (typeof scheduleLessons.$inferInsert)[] = [];
  const examRows: (typeof exams.$inferInsert)[] = [];
  plan.groups.forEach((g: PlannedGroup, gi) => {
    const groupId = groupIds[gi] as string;
    const curriculum = academic.curricula[academic.curriculumOf[gi] as number];
    if (!curriculum) return;
    const s = currentSemester(g, academic.fall);
    const d = semesterDates(g.yearOfEnter, s);
    for (const slot of weeklyTimetable(plan, academic, gi)) {
      for (let week = 0; week < 2; week++) {
        const [start, end] = PAIR_TIMES[slot.pair - 1] ?? ['', ''];
        lessons.push({
          id: uuidv7(ms),
          groupId,
          subjectId: ids.subjectIds[slot.subject.subject] as string,
          semester: d.code,
          educationYear: String(d.educationYear),
          trainingType: slot.trainingType,
          lessonDate: isoDay(monday + (week * 7 + slot.weekday) * DAY),
          lessonPair: String(slot.pair),
          startTime: start,
          endTime: end,
          auditorium: slot.auditorium,
          building: slot.building,
          lecturer: slot.lecturer,
          source: 'manual',
        });
      }
    }
    const list = curriculum.programme.semesters[s - 1] ?? [];
    list.forEach((p, i) => {
      if (p.ratingGrade === '15') return;
      examRows.push({
        id: uuidv7(ms),
        groupId,
        subjectId: ids.subjectIds[p.subject] as string,
        semester: d.code,
        educationYear: String(d.educationYear),
        examType: '13',
        finalExamType: '11',
        examDate: examDay(d.session, 3 * i + (gi % 2)),
        startTime: g.form === '12' ? '15:00' : '09:00',
        auditorium: `${1 + (gi % 4)}${String(1 + ((gi + i) % 30)).padStart(2, '0')}`,
        lecturer: lecturerOf(academic, gi, p),
        source: 'manual',
      });
    });
  });
  w.bulkInsert(scheduleLessons, lessons);
  w.bulkInsert(exams, examRows);
}

/** The ids of an already written academic structure, by the plan's stable keys. */
export function readAcademicIds(sqlite: Sqlite, academic: AcademicPlan): AcademicIds {
  const subjectByCode = new Map(
    (sqlite.prepare('select id, code from subjects').all() as { id: string; code: string }[]).map((r) => [
      r.code,
      r.id,
    ]),
  );
  const curriculumByName = new Map(
    (sqlite.prepare('select id, name from curricula').all() as { id: string; name: string }[]).map((r) => [
      r.name,
      r.id,
    ]),
  );
  const employeeByNumber = new Map(
    (
      sqlite.prepare('select id, employee_id_number as n from employees').all() as { id: string; n: string | null }[]
    ).map((r) => [r.n, r.id]),
  );
  const places = new Map(
    (
      sqlite.prepare('select id, curriculum_id as c, semester as s, position as p from curriculum_subjects').all() as {
        id: string;
        c: string;
        s: string;
        p: number;
      }[]
    ).map((r) => [`${r.c}/${r.s}/${r.p}`, r.id]),
  );
  const missing = (what: string): never => {
    throw new Error(`the demo's ${what} is missing; the demo cannot be resumed`);
  };
  const subjectIds = CATALOG.map((s) => subjectByCode.get(s.code) ?? missing(`subject ${s.code}`));
  const curriculumIds = academic.curricula.map((c) => curriculumByName.get(c.name) ?? missing(`curriculum ${c.name}`));
  const curriculumSubjectIds = academic.curricula.map((c, ci) =>
    c.programme.semesters.map((list, si) =>
      list.map(
        (_, position) =>
          places.get(`${curriculumIds[ci]}/${10 + si + 1}/${position + 1}`) ??
          missing(`curriculum subject of ${c.name}`),
      ),
    ),
  );
  const employeeIds = academic.employees.map(
    (e) => employeeByNumber.get(e.employeeIdNumber) ?? missing(`employee ${e.employeeIdNumber}`),
  );
  return { subjectIds, curriculumSubjectIds, curriculumIds, employeeIds };
}
