import { cleanText } from '../../../src-shared/domain/apostrophes';
import { DEFAULT_MARKING_SYSTEMS } from '../../../src-shared/domain/grading';
import { validGpaLimit } from '../../../src-shared/domain/structure-borders';
import {
  educationYearName,
  levelCode,
  normalizeHours,
  semesterNumber,
} from '../../../src-shared/domain/structure-codes';
import type { Writer } from '../../commands/writer';
import { curricula, curriculumSemesters, curriculumSubjects, educationYears, subjects } from '../academic/schema';
import { specialties } from '../registry/schema';
import {
  courseOf,
  hemisDate,
  type CurriculumItem,
  type CurriculumSubjectItem,
  type EmployeeItem,
  type MarkingSystemItem,
  type SemesterItem,
} from '../hemis/items';
import { upsertByKey, uzNames } from './common';
import { findSubjectByName } from './subjects';

import { applyEmployees, applyMarkingSystems } from './hemis-staff';
import { finder, put, zero, type Counts } from './hemis-upsert';

export interface AcademicReference {
  curricula: CurriculumItem[];
  semesters: SemesterItem[];
  curriculumSubjects: CurriculumSubjectItem[];
  markingSystems: MarkingSystemItem[];
  employees: EmployeeItem[];
}

export interface AcademicCounts {
  markingSystems: Counts;
  employees: Counts;
  curricula: Counts;
  semesters: Counts;
  subjects: Counts;
  curriculumSubjects: Counts;
}

/** HEMIS id → local id of what the structure step already applied. */
export interface StructureIds {
  departments: Map<number, string>;
  specialties: Map<number, string>;
}

/** Inserts or updates one row, counting what happened; `undefined` values leave a column as it is. */
const SEMESTER = /^(1[1-9]|2[0-2])$/;

/**
 * Marking systems (the OTM's pass lines; borders stay the OTM's own or HEMIS's defaults), employees,
 * academic years, curricula, semesters and curriculum subjects, inside the reference command.
 * Returns HEMIS curriculum id → local id, for the groups.
 */
export function applyAcademic(
  w: Writer,
  ref: AcademicReference,
  ids: StructureIds,
): { counts: AcademicCounts; curricula: Map<number, string> } {
  const counts: AcademicCounts = {
    markingSystems: zero(),
    employees: zero(),
    curricula: zero(),
    semesters: zero(),
    subjects: zero(),
    curriculumSubjects: zero(),
  };

  applyMarkingSystems(w, ref.markingSystems, counts.markingSystems);
  applyEmployees(w, ref.employees, ids.departments, counts.employees);

  // Academic years named by the curricula and semesters.
  const years = new Map<string, { name: string | null; current: boolean | null }>();
  type YearRef = { code?: string | null; name?: string | null; current?: boolean | null };
  const noteYear = (y: YearRef | null | undefined) => {
    if (!y?.code || !/^\d{4}$/.test(y.code)) return;
    // A bare `_education_year` code says nothing of the name or the current flag: a fuller reference fills them.
    const seen = years.get(y.code);
    years.set(y.code, { name: seen?.name ?? y.name ?? null, current: seen?.current ?? y.current ?? null });
  };
  for (const c of ref.curricula) noteYear(c.educationYear);
  for (const s of ref.semesters)
    noteYear(
      s.education_year ??
        s.educationYear ??
        (s._education_year ? { code: s._education_year, name: null, current: null } : null),
    );
  const known = new Map(
    w.db
      .select()
      .from(educationYears)
      .all()
      .map((y) => [y.code, y]),
  );
  // One year is current: when HEMIS names one, every other year (also one only typed here) stops being it.
  const hemisCurrent = [...years].find(([, y]) => y.current === true)?.[0] ?? null;
  for (const [code, y] of years) {
    const before = known.get(code);
    upsertByKey(w, educationYears, educationYears.code, code, {
      code,
      name: cleanText(y.name ?? '') || before?.name || educationYearName(code),
      current: hemisCurrent !== null ? code === hemisCurrent : (y.current ?? before?.current ?? false),
    });
  }
  if (hemisCurrent !== null) {
    for (const [code, before] of known) {
      if (years.has(code) || !before.current) continue;
      upsertByKey(w, educationYears, educationYears.code, code, { ...before, current: false });
    }
  }

  const curriculumIds = new Map<number, string>();
  const semesterCount = new Map<number, number>();
  for (const s of ref.semesters) {
    const n = semesterNumber(s.code ?? '') ?? 0;
    if (s._curriculum != null) semesterCount.set(s._curriculum, Math.max(n, semesterCount.get(s._curriculum) ?? 0));
  }
  const findCurriculum = finder(
    w.db.select().from(curricula).all(),
    (r) => `${r.specialtyId}|${r.educationYear}|${r.educationForm}|${r.name}`,
  );
  for (const c of ref.curricula) {
    const specialtyId = c.specialty?.id != null ? ids.specialties.get(c.specialty.id) : undefined;
    const specialty = specialtyId ? w.get(specialties, specialtyId) : undefined;
    const departmentId =
      (c.department?.id != null ? ids.departments.get(c.department.id) : undefined) ?? specialty?.departmentId;
    const year = c.educationYear?.code;
    if (!specialty || !departmentId || !year || !/^\d{4}$/.test(year)) {
      counts.curricula.rejected++;
      continue;
    }
    const form = c.educationForm ?? '11';
    const name = cleanText(c.name ?? '') || `${specialty.code} ${year}`;
    const existing = findCurriculum(c.id, `${specialty.id}|${year}|${form}|${name}`);
    const count = Math.min(
      12,
      Math.max(1, c.semester_count ?? semesterCount.get(c.id) ?? existing?.semesterCount ?? 8),
    );
    const gpa = c.markingSystem?.gpa_limit;
    const id = put(
      w,
      curricula,
      existing?.id,
      {
        hemisId: c.id,
        name,
        specialtyId: specialty.id,
        departmentId,
        educationYear: year,
        educationType: c.educationType ?? specialty.educationType,
        educationForm: form,
        markingSystem:
          c.markingSystem?.code && c.markingSystem.code in DEFAULT_MARKING_SYSTEMS
            ? c.markingSystem.code
            : (existing?.markingSystem ?? '13'),
        semesterCount: count,
        educationPeriod: c.education_period ?? existing?.educationPeriod ?? Math.ceil(count / 2),
        gpaLimit: gpa != null && validGpaLimit(gpa) ? gpa : (existing?.gpaLimit ?? 2.4),
        active: c.active ?? true,
        createdAt: existing?.createdAt ?? w.now,
      },
      counts.curricula,
      { updatedAt: w.now },
    );
    curriculumIds.set(c.id, id);
  }

  const findSemester = finder(w.db.select().from(curriculumSemesters).all(), (r) => `${r.curriculumId}|${r.code}`);
  for (const s of ref.semesters) {
    const curriculumId = s._curriculum != null ? curriculumIds.get(s._curriculum) : undefined;
    const code = s.code ?? '';
    const curriculum = curriculumId ? w.get(curricula, curriculumId) : undefined;
    if (!curriculum || !SEMESTER.test(code)) {
      counts.semesters.rejected++;
      continue;
    }
    const n = semesterNumber(code) as number;
    const year =
      s._education_year ??
      s.education_year?.code ??
      s.educationYear?.code ??
      String(Number(curriculum.educationYear) + Math.floor((n - 1) / 2));
    const existing = findSemester(s.id, `${curriculum.id}|${code}`);
    put(
      w,
      curriculumSemesters,
      existing?.id,
      {
        hemisId: s.id,
        curriculumId: curriculum.id,
        code,
        educationYear: year,
        level: courseOf(s.level) !== null ? (s.level as string) : levelCode(Math.ceil(n / 2)),
        startDate: hemisDate(s.start_date) ?? existing?.startDate ?? null,
        endDate: hemisDate(s.end_date) ?? existing?.endDate ?? null,
        current: s.current ?? false,
      },
      counts.semesters,
    );
  }

  const findSubject = finder(w.db.select().from(subjects).all(), (r) => `#${r.id}`);
  const findPlace = finder(
    w.db.select().from(curriculumSubjects).all(),
    (r) => `${r.curriculumId}|${r.semester}|${r.subjectId}`,
  );
  for (const cs of ref.curriculumSubjects) {
    const curriculumId = cs._curriculum != null ? curriculumIds.get(cs._curriculum) : undefined;
    const semester = cs.semester ?? cs._semester ?? '';
    const name = cleanText(cs.subject?.name ?? '');
    if (
      !curriculumId ||
      !SEMESTER.test(semester) ||
      !name ||
      cs.subject?.id == null ||
      cs.credit == null ||
      cs.credit < 0
    ) {
      counts.curriculumSubjects.rejected++;
      continue;
    }
    const known =
      findSubject(cs.subject.id, `#hemis${cs.subject.id}`) ?? findSubjectByName(w.db, name, cs.subject.code ?? '');
    const n = uzNames({ nameUzLatn: name, nameUzCyrl: '', nameRu: '', nameEn: '' });
    // A Cyrillic form an office typed stays while the Latin name is the same.
    const keepCyr = known && known.nameUzLatn === n.nameUzLatn && known.nameUzCyrl !== '';
    const subjectId = put(
      w,
      subjects,
      known?.id,
      {
        hemisId: cs.subject.id,
        code: cleanText(cs.subject.code ?? '') || (known?.code ?? ''),
        nameUzLatn: n.nameUzLatn,
        nameUzCyrl: keepCyr ? undefined : n.nameUzCyrl,
      },
      counts.subjects,
    );
    const hours: Record<string, number> = {};
    for (const d of cs.subjectDetails ?? [])
      if (d.trainingType && d.academic_load) hours[d.trainingType] = Math.round(d.academic_load);
    const norm = normalizeHours(hours);
    const existing = findPlace(cs.id, `${curriculumId}|${semester}|${subjectId}`);
    put(
      w,
      curriculumSubjects,
      existing?.id,
      {
        hemisId: cs.id,
        curriculumId,
        subjectId,
        semester,
        credit: cs.credit,
        totalHours: Math.round(cs.total_acload ?? norm.total),
        hours: JSON.stringify(norm.hours),
        examFinish: cs.examFinish ?? '11',
        ratingGrade: cs.ratingGrade ?? '11',
        subjectType: cs.subjectType ?? '11',
        departmentId: cs.department?.id != null ? (ids.departments.get(cs.department.id) ?? null) : null,
        position: Math.round(cs.position ?? existing?.position ?? 0),
        active: cs.active ?? true,
      },
      counts.curriculumSubjects,
    );
  }
  return { counts, curricula: curriculumIds };
}
