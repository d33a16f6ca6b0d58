import { addCalendarDays } from '../../../src-shared/domain/working-days';
import {
  CHECKLIST_ITEMS,
  normaliseChecklist,
  nextApplicationNumber,
  type ApplicationStatus,
  type ChecklistEntry,
} from '../../../src-shared/domain/foreign-admission';
import { passportLatin } from '../../../src-shared/domain/search-key';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import type { DemoContext } from '../demo/service-desk';
import { foreignApplications } from './schema';

/** name, given name, passport, country, sex, status, days ago. */
const APPLICANTS: readonly [string, string, string, string, '11' | '12', ApplicationStatus, number][] = [
  ['RAHMONOV', 'Firdavs', '400718235', 'TJ', '11', 'admitted', 20],
  ['SHARMA', 'Priya', 'V4821937', 'IN', '12', 'documentsComplete', 15],
  ['KHAN', 'Imran', 'BN5519023', 'PK', '11', 'submitted', 9],
  ['NURLANOV', 'Aibek', 'N13377421', 'KZ', '11', 'submitted', 6],
  ['KIM', 'Minjun', 'M90412786', 'KR', '11', 'draft', 1],
  ['WANG', 'Lei', 'E72046615', 'CN', '12', 'rejected', 25],
];

/** A demo foreign student's passport shape says where it was issued (see the demo students' generator). */
function countryOfPassport(passport: string): string {
  if (/^N\d+$/.test(passport)) return 'KZ';
  if (/^A\d+$/.test(passport)) return 'TM';
  if (/^P0/.test(passport)) return 'AF';
  if (/^7\d+$/.test(passport)) return 'RU';
  return 'TJ';
}

/** Which documents are in: all for a decided application, some for one in work, none for a draft. */
function checklistFor(status: ApplicationStatus, receivedOn: string, partial: number): ChecklistEntry[] {
  return normaliseChecklist(
    CHECKLIST_ITEMS.map(({ item, required }, i) => {
      const received =
        status === 'draft'
          ? false
          : status === 'submitted' || status === 'rejected'
            ? required && i < partial
            : required || (status === 'registered' && item !== 'recognition');
      return { item, received, receivedOn: received ? receivedOn : null, note: '' };
    }),
  );
}

/**
 * The foreign part of the demo data (issue 7): eight applications across the statuses. Two are the admission
 * files of demo students who are already foreign citizens (registered); one is admitted and waits to be
 * registered in a first-year group of its specialty, so the whole path can be shown. Same seed, same data.
 */
export function writeDemoForeign(w: Writer, ctx: DemoContext): void {
  const groups = w.sqlite
    .prepare(
      `select id, specialty_id as specialtyId, education_form as form, education_lang as lang from groups
        where active = 1 and course = 1 order by name limit 3`,
    )
    .all() as { id: string; specialtyId: string; form: string; lang: string }[];
  if (groups.length === 0) return;
  const year = Number(ctx.today.slice(0, 4));
  const numbers = (w.sqlite.prepare('select number from foreign_applications').all() as { number: string }[]).map(
    (r) => r.number,
  );
  let seq = 0;
  const at = (daysAgo: number) => `${addCalendarDays(ctx.today, -daysAgo)}T05:00:00.000Z`;
  const add = (values: Omit<typeof foreignApplications.$inferInsert, 'id' | 'number' | 'createdBy'>) => {
    seq++;
    // After any application already there: the demo may run on a database that has some.
    const number = nextApplicationNumber(year, numbers);
    numbers.push(number);
    w.insert(foreignApplications, {
      id: uuidv7(Date.parse(values.createdAt) + seq),
      number,
      createdBy: ctx.login,
      ...values,
    });
  };

  const students = w.sqlite
    .prepare(
      `select s.id, s.last_name_lat as lastName, s.first_name_lat as firstName, s.patronymic_lat as patronymic,
              s.last_name_passport as lastNamePassport, s.first_name_passport as firstNamePassport, s.passport,
              s.birth_date as birthDate, s.gender, s.specialty_id as specialtyId, s.education_form as form,
              s.education_lang as lang, s.course, s.group_id as groupId
         from students s where s.citizenship = '12' and s.group_id is not null and s.passport is not null
        order by s.student_id_number limit 2`,
    )
    .all() as {
    id: string;
    lastName: string;
    firstName: string;
    patronymic: string;
    lastNamePassport: string;
    firstNamePassport: string;
    passport: string;
    birthDate: string | null;
    gender: string | null;
    specialtyId: string;
    form: string;
    lang: string;
    course: number;
    groupId: string;
  }[];
  students.forEach((s, i) => {
    const created = at(67 - i * 7);
    add({
      lastName: s.lastNamePassport || s.lastName,
      firstName: s.firstNamePassport || s.firstName,
      patronymic: passportLatin(s.patronymic),
      passportNumber: s.passport,
      country: countryOfPassport(s.passport),
      birthDate: s.birthDate,
      gender: s.gender,
      specialtyId: s.specialtyId,
      educationForm: s.form,
      educationLang: s.lang,
      course: s.course,
      status: 'registered',
      checklist: JSON.stringify(checklistFor('registered', created.slice(0, 10), 0)),
      groupId: s.groupId,
      studentId: s.id,
      createdAt: created,
      updatedAt: at(47 - i * 7),
    });
  });

  APPLICANTS.forEach(([lastName, firstName, passport, country, gender, status, daysAgo], i) => {
    const g = groups[i % groups.length]!;
    const created = at(daysAgo);
    add({
      lastName,
      firstName,
      passportNumber: passport,
      country,
      birthDate: `${year - 18 - (i % 3)}-0${1 + (i % 9)}-1${i % 9}`,
      gender,
      phone: country === 'TJ' ? '+992 93 555 10 20' : '',
      email: `${lastName.toLowerCase()}.${firstName.toLowerCase()}@example.org`,
      specialtyId: g.specialtyId,
      educationForm: g.form,
      educationLang: g.lang,
      course: 1,
      status,
      checklist: JSON.stringify(checklistFor(status, created.slice(0, 10), 4 + i)),
      rejectReason: status === 'rejected' ? 'Taʼlim hujjati apostilsiz va tarjimasiz' : null,
      notes: status === 'submitted' ? 'Qolgan hujjatlar elchixona orqali kutilmoqda' : '',
      createdAt: created,
      updatedAt: created,
    });
  });
}
