import type { FittingGroup } from '../../../src-shared/contract/foreign';
import { remainingSemestersOfCourse } from '../../../src-shared/domain/foreign-admission';
import { normalizeUzPhone } from '../../../src-shared/domain/phone';
import { checkStudent } from '../../../src-shared/domain/student-validation';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { educationYearOfRun } from '../orders/bulk-plan';
import { groups, students } from '../registry/schema';
import { applySubjects } from '../structure/bulk';
import { placementOf } from '../structure/groups';
import { reindexStudents, STUDENT_NAME_FIELDS, studentSearchText } from '../students/search-index';
import { conflict, todayOf, validationError } from './applications';
import { applicationDetail, requireApplication, type ApplicationRow } from './repo';
import { foreignApplications } from './schema';

type GroupRow = typeof groups.$inferSelect;

/** The curriculum subjects of the group's course still ahead this academic year (none without a curriculum). */
function subjectsAhead(db: Sqlite, group: Pick<GroupRow, 'curriculumId' | 'course'>, today: string): string[] {
  if (!group.curriculumId) return [];
  const semesters = remainingSemestersOfCourse(group.course, today);
  return (
    db
      .prepare(
        `select id from curriculum_subjects where curriculum_id = ? and active = 1
           and semester in (${semesters.map(() => '?').join(', ')}) order by semester, position`,
      )
      .all(group.curriculumId, ...semesters) as { id: string }[]
  ).map((r) => r.id);
}

/** Why this group cannot take this applicant: another specialty, education form or course, or closed. */
function groupIssues(app: ApplicationRow, g: GroupRow): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!g.active) issues.push({ path: 'groupId', key: 'foreign.error.groupInactive' });
  if (g.specialtyId !== app.specialtyId) issues.push({ path: 'groupId', key: 'foreign.error.groupSpecialty' });
  if (app.educationForm && g.educationForm !== app.educationForm) {
    issues.push({ path: 'groupId', key: 'foreign.error.groupForm' });
  }
  if (g.course !== app.course) issues.push({ path: 'groupId', key: 'foreign.error.groupCourse' });
  return issues;
}

/** The student's fields named as the application names them, so a refusal points at the form's field. */
const FIELD_OF: Record<string, string> = {
  lastNameLat: 'lastName',
  firstNameLat: 'firstName',
  patronymicLat: 'patronymic',
  lastNamePassport: 'lastName',
  firstNamePassport: 'firstName',
  passport: 'passportNumber',
};

/**
 * The students row of a foreign student, through the checks of the students feature's create path
 * (`checkStudent`, the name index): passport names copied as they are, citizenship 12, a contract student.
 */
function insertStudent(w: Writer, app: ApplicationRow, group: GroupRow, today: string, educationYear: string): string {
  const check = checkStudent(
    {
      lastNameLat: app.lastName,
      firstNameLat: app.firstName,
      patronymicLat: app.patronymic,
      lastNamePassport: app.lastName,
      firstNamePassport: app.firstName,
      passport: app.passportNumber,
      birthDate: app.birthDate,
      gender: app.gender,
      citizenship: '12',
      // The card keeps Uzbek numbers only (E.164 +998…); a home-country number stays on the application.
      phone: normalizeUzPhone(app.phone) ?? null,
      email: app.email,
    },
    today,
  );
  if (check.errors.length > 0) {
    throw validationError(check.errors.map((e) => ({ ...e, path: FIELD_OF[e.path] ?? e.path })));
  }
  const s = check.student;
  const names = Object.fromEntries(STUDENT_NAME_FIELDS.map((f) => [f, s[f]])) as Pick<
    typeof s,
    (typeof STUDENT_NAME_FIELDS)[number]
  >;
  const id = uuidv7(Date.parse(w.now));
  w.insert(students, {
    id,
    ...names,
    searchText: studentSearchText(names),
    pinfl: null,
    passport: s.passport,
    birthDate: s.birthDate,
    gender: s.gender,
    citizenship: '12',
    phone: s.phone,
    email: s.email,
    paymentForm: '12',
    status: '11',
    yearOfEnter: Number(educationYear),
    ...placementOf(w, group),
    createdAt: w.now,
    updatedAt: w.now,
  });
  reindexStudents(w.sqlite, [id]);
  return id;
}

/**
 * Registers an admitted applicant: the student in the group, the group's curriculum subjects for the rest of the
 * year through the structure feature's own assignment (run inside this command, so it is one audited change),
 * and the application linked and closed as registered. All of it, or nothing.
 */
export function registerApplication(ctx: HandlerContext, applicationId: string, groupId: string): void {
  const today = todayOf(ctx.clock.now());
  ctx.command((w) => {
    const app = requireApplication(w.sqlite, applicationId);
    if (app.status !== 'admitted') throw conflict('foreign.error.notAdmitted', 'Only an admitted applicant registers');
    const group = w.get(groups, groupId);
    if (!group) throw new AppError('NOT_FOUND', 'foreign.error.groupNotFound', 'No such group');
    const issues = groupIssues(app, group);
    if (issues.length > 0) throw validationError(issues);
    const taken = w.sqlite.prepare('select id from students where passport = ? limit 1').get(app.passportNumber);
    if (taken) {
      throw new AppError('CONFLICT', 'foreign.error.passportStudent', 'The passport is already a student’s', {
        details: { issues: [{ path: 'passportNumber', key: 'foreign.error.passportStudent' }] },
      });
    }
    const educationYear = educationYearOfRun(w.sqlite, ctx.clock);
    const studentId = insertStudent(w, app, group, today, educationYear);
    const subjectIds = subjectsAhead(w.sqlite, group, today);
    if (subjectIds.length > 0) {
      // The structure feature's own assignment, inside this command.
      applySubjects(w, {
        studentIds: [studentId],
        curriculumSubjectIds: subjectIds,
        educationYear,
        restudy: false,
        subjectGroup: '',
      });
    }
    w.update(foreignApplications, app.id, { status: 'registered', groupId: group.id, studentId, updatedAt: w.now });
  });
}

/** Active groups of the application's specialty, form and course, with what registration would give. */
export function fittingGroups(db: Sqlite, applicationId: string, today: string): FittingGroup[] {
  const app = requireApplication(db, applicationId);
  const rows = db
    .prepare(
      `select g.id, g.name, g.course, g.education_lang as educationLang, g.curriculum_id as curriculumId,
              d.name_uz_latn as faculty, c.name as curriculum,
              (select count(*) from students s where s.group_id = g.id) as students
         from groups g join departments d on d.id = g.department_id left join curricula c on c.id = g.curriculum_id
        where g.active = 1 and g.specialty_id = ? and g.course = ? and (? is null or g.education_form = ?)
        order by g.name`,
    )
    .all(app.specialtyId, app.course, app.educationForm, app.educationForm) as (Omit<FittingGroup, 'subjects'> & {
    curriculumId: string | null;
  })[];
  return rows.map(({ curriculumId, ...g }) => ({
    ...g,
    subjects: subjectsAhead(db, { curriculumId, course: g.course }, today).length,
  }));
}

export const registerHandlers: HandlersOf<'foreign.groups' | 'foreign.register'> = {
  'foreign.groups': (input, ctx) => fittingGroups(ctx.store.reader, input.id, todayOf(ctx.clock.now())),
  'foreign.register': (input, ctx) => {
    registerApplication(ctx, input.id, input.groupId);
    return applicationDetail(ctx.store.reader, input.id);
  },
};
