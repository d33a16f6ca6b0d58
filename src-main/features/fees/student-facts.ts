import type { ResolvedFacts, RestudyDebtItem } from '../../../src-shared/contract/fees';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import { debtBoundsSql } from '../grades/gpa';
import { loadSystems } from '../grades/systems';

/**
 * What a fee depends on, read from the registry: the specialty code and education form (the tariff row), the
 * citizenship (foreign price), the course and whether it is the last one (graduates' stipend contracts lose two
 * months of stipend). The group's curriculum knows how many years the programme lasts; without one, a bachelor
 * studies four years and a master two (DOMAIN §2.4).
 */

interface FactsRow {
  id: string;
  name: string;
  studentIdNumber: string | null;
  citizenship: string;
  course: number | null;
  educationForm: string | null;
  educationType: string | null;
  paymentForm: string | null;
  groupName: string | null;
  groupForm: string | null;
  groupCourse: number | null;
  specialtyCode: string | null;
  specialtyName: string | null;
  educationPeriod: number | null;
  semesterCount: number | null;
}

export function studentFacts(db: Sqlite, studentId: string): ResolvedFacts {
  const row = db
    .prepare(
      `select st.id, trim(st.last_name_lat || ' ' || st.first_name_lat || ' ' || st.patronymic_lat) as name,
              st.student_id_number as studentIdNumber, st.citizenship, st.course, st.education_form as educationForm,
              st.education_type as educationType, st.payment_form as paymentForm, g.name as groupName,
              g.education_form as groupForm, g.course as groupCourse,
              coalesce(sp.code, gsp.code) as specialtyCode, coalesce(sp.name_uz_latn, gsp.name_uz_latn) as specialtyName,
              c.education_period as educationPeriod, c.semester_count as semesterCount
         from students st
         left join groups g on g.id = st.group_id
         left join specialties sp on sp.id = st.specialty_id
         left join specialties gsp on gsp.id = g.specialty_id
         left join curricula c on c.id = g.curriculum_id
        where st.id = ?`,
    )
    .get(studentId) as FactsRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found');
  const course = row.course ?? row.groupCourse;
  const years =
    row.educationPeriod ??
    (row.semesterCount ? Math.ceil(row.semesterCount / 2) : null) ??
    (row.educationType === '12' ? 2 : 4);
  const citizenship = row.citizenship === '12' || row.citizenship === '13' ? row.citizenship : '11';
  return {
    studentId: row.id,
    studentName: row.name,
    studentIdNumber: row.studentIdNumber,
    group: row.groupName,
    course,
    specialtyCode: row.specialtyCode ?? '',
    specialtyName: row.specialtyName,
    educationForm: row.educationForm ?? row.groupForm ?? '',
    citizenship,
    finalYear: course !== null && course >= years,
    paymentForm: row.paymentForm,
  };
}

/** A visitor's typed facts, shaped like a student's (no registry identity). */
export function visitorFacts(facts: {
  specialtyCode: string;
  educationForm: string;
  citizenship: '11' | '12' | '13';
  finalYear: boolean;
}): ResolvedFacts {
  const specialty = facts.specialtyCode.trim();
  return {
    ...facts,
    specialtyCode: specialty,
    studentId: null,
    studentName: null,
    studentIdNumber: null,
    group: null,
    course: null,
    specialtyName: null,
    paymentForm: null,
  };
}

/**
 * A student's debts: every current result below the pass line of its marking system, as the debtors list
 * of the grades feature counts them (`grades/lists.ts`).
 */
export function studentDebts(db: Sqlite, studentId: string): RestudyDebtItem[] {
  const debt = debtBoundsSql(loadSystems(db));
  const rows = db
    .prepare(
      `select r.id as recordId, r.semester, r.education_year as educationYear, r.credit as credits,
              s.name_uz_latn as uzLatn, s.name_uz_cyrl as uzCyrl, s.name_ru as ru, s.name_en as en
         from academic_records r join subjects s on s.id = r.subject_id
        where r.student_id = ? and r.is_current = 1
          and coalesce(r.grade, 2) < ${debt.sql.replace('marking_system', 'r.marking_system')}
        order by r.semester, s.name_uz_latn`,
    )
    .all(studentId, ...debt.params) as {
    recordId: string;
    semester: string;
    educationYear: string;
    credits: number;
    uzLatn: string;
    uzCyrl: string;
    ru: string;
    en: string;
  }[];
  return rows.map((r) => ({
    recordId: r.recordId,
    semester: r.semester,
    educationYear: r.educationYear,
    credits: r.credits,
    name: { uzLatn: r.uzLatn, uzCyrl: r.uzCyrl, ru: r.ru, en: r.en },
  }));
}
