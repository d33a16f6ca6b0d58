import type { ApplicationDetail, ApplicationSummary } from '../../../src-shared/contract/foreign';
import {
  isRequiredItem,
  missingRequired,
  normaliseChecklist,
  type ApplicationStatus,
  type ChecklistEntry,
  type ChecklistItemId,
} from '../../../src-shared/domain/foreign-admission';
import { foldName } from '../../../src-shared/domain/search-key';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import type { foreignApplications } from './schema';

export type ApplicationRow = typeof foreignApplications.$inferSelect;

/** The row as better-sqlite3 returns it (snake_case columns selected under camelCase names). */
const COLUMNS = `a.id, a.number, a.last_name as lastName, a.first_name as firstName, a.patronymic,
  a.passport_number as passportNumber, a.country, a.birth_date as birthDate, a.gender, a.phone, a.email,
  a.specialty_id as specialtyId, a.education_form as educationForm, a.education_lang as educationLang, a.course,
  a.status, a.checklist, a.reject_reason as rejectReason, a.notes, a.group_id as groupId, a.student_id as studentId,
  a.created_by as createdBy, a.created_at as createdAt, a.updated_at as updatedAt,
  case when sp.id is null then null else sp.code || ' ' || sp.name_uz_latn end as specialty`;
const FROM = 'from foreign_applications a left join specialties sp on sp.id = a.specialty_id';

type Raw = ApplicationRow & { specialty: string | null };

export function readChecklist(json: string): ChecklistEntry[] {
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    stored = [];
  }
  return normaliseChecklist(Array.isArray(stored) ? (stored as Partial<ChecklistEntry>[]) : []);
}

function summary(r: Raw): ApplicationSummary {
  return {
    id: r.id,
    number: r.number,
    lastName: r.lastName,
    firstName: r.firstName,
    patronymic: r.patronymic,
    passportNumber: r.passportNumber,
    country: r.country,
    status: r.status as ApplicationStatus,
    specialty: r.specialty,
    educationForm: r.educationForm,
    course: r.course,
    missing: missingRequired(readChecklist(r.checklist)).length,
    studentId: r.studentId,
    createdAt: r.createdAt,
  };
}

export function findApplication(db: Sqlite, id: string): ApplicationRow | undefined {
  return db.prepare(`select ${COLUMNS} ${FROM} where a.id = ?`).get(id) as Raw | undefined;
}

export function requireApplication(db: Sqlite, id: string): ApplicationRow {
  const row = findApplication(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'foreign.error.notFound', `Application ${id} not found`);
  return row;
}

export function applicationDetail(db: Sqlite, id: string): ApplicationDetail {
  const r = db.prepare(`select ${COLUMNS} ${FROM} where a.id = ?`).get(id) as Raw | undefined;
  if (!r) throw new AppError('NOT_FOUND', 'foreign.error.notFound', `Application ${id} not found`);
  const files = db
    .prepare(
      `select id, item, file_name as fileName, mime_type as mimeType, length(data) as bytes, added_by as addedBy,
              added_at as addedAt
         from foreign_application_files where application_id = ? order by added_at`,
    )
    .all(id) as ApplicationDetail['files'];
  const group = r.groupId
    ? (db.prepare('select name from groups where id = ?').get(r.groupId) as { name: string } | undefined)
    : undefined;
  const student = r.studentId
    ? (db
        .prepare(
          `select trim(last_name_lat || ' ' || first_name_lat || ' ' || patronymic_lat) as name from students where id = ?`,
        )
        .get(r.studentId) as { name: string } | undefined)
    : undefined;
  return {
    ...summary(r),
    birthDate: r.birthDate,
    gender: r.gender,
    phone: r.phone,
    email: r.email,
    specialtyId: r.specialtyId,
    educationLang: r.educationLang,
    notes: r.notes,
    rejectReason: r.rejectReason,
    checklist: readChecklist(r.checklist).map((e) => ({ ...e, required: isRequiredItem(e.item) })),
    files: files.map((f) => ({ ...f, item: f.item as ChecklistItemId })),
    groupId: r.groupId,
    groupName: group?.name ?? null,
    studentName: student?.name ?? null,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
  };
}

const folding = new WeakSet<Sqlite>();
/** The folded name is computed per row: the register holds hundreds of applications, not the registry's 100k. */
function withFoldFunction(db: Sqlite): void {
  if (folding.has(db)) return;
  db.function('foreign_fold', { deterministic: true }, (s: unknown) => foldName(String(s ?? '')));
  folding.add(db);
}

export interface ApplicationFilter {
  status?: ApplicationStatus | undefined;
  country?: string | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The register, newest first. The search matches the number, the passport, or the name folded the way the
 * student search folds it (case, apostrophes), so `khasandjanov` finds `KHASANDJANOV`.
 */
export function listApplications(db: Sqlite, f: ApplicationFilter): { items: ApplicationSummary[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    where.push('a.status = ?');
    params.push(f.status);
  }
  if (f.country) {
    where.push('a.country = ?');
    params.push(f.country.toUpperCase());
  }
  const q = f.search?.trim();
  if (q) {
    const passport = q.replace(/\s+/g, '').toUpperCase();
    const words = foldName(q).split(/\s+/).filter(Boolean);
    const nameMatch = words.map(() => 'name_key like ?').join(' and ');
    where.push(`(a.number = ? or a.passport_number like ? or (${nameMatch || '0'}))`);
    params.push(q.toUpperCase(), `${passport}%`, ...words.map((w) => `%${w}%`));
  }
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  withFoldFunction(db);
  const base = `from (select a.*, foreign_fold(a.last_name || ' ' || a.first_name || ' ' || a.patronymic) as name_key
                  from foreign_applications a) a left join specialties sp on sp.id = a.specialty_id ${whereSql}`;
  const total = (db.prepare(`select count(*) as n ${base}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`select ${COLUMNS} ${base} order by a.created_at desc, a.number desc limit ? offset ?`)
    .all(...params, f.limit, f.offset) as Raw[];
  return { items: rows.map(summary), total };
}
