import { asc, desc, eq } from 'drizzle-orm';
import type { Role } from '../../../src-shared/contract/roles';
import type { ChannelParsedInput } from '../../../src-shared/contract';
import { checkStudent } from '../../../src-shared/domain/student-validation';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import { auditEntityIndex, auditLog } from '../audit/schema';
import { departments, groups, specialties, studentPhotos, students } from '../registry/schema';
import { findStudent, maskPassport, maskPinfl, seesIdentifiers, toStudent, type StudentRow } from './repo';
import { searchStudents } from './search';
import { reindexStudents, STUDENT_NAME_FIELDS, studentSearchText } from './search-index';

type Draft = ChannelParsedInput<'students.create'>;

/** Roles that may accept a PINFL whose check digit fails (DOMAIN §6.1: a supervisor's decision). */
const CHECK_DIGIT_ACCEPTORS: readonly Role[] = ['admin', 'head'];

function validationError(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', 'The student record has errors', { details: { issues } });
}

/** Validates a draft into the columns of a students row (without id, timestamps). */
function studentValues(w: Writer, draft: Draft, ctx: HandlerContext, selfId: string | null) {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const check = checkStudent(draft, today);
  const issues = [...check.errors];
  const s = check.student;
  let pinflCheckAccepted = false;
  // A head's earlier acceptance holds while the PINFL stays the same: a clerk may still edit the phone.
  const stored = selfId ? findStudent(w.db, selfId) : undefined;
  const alreadyAccepted = !!stored && stored.pinflCheckAccepted && stored.pinfl === s.pinfl;
  if (alreadyAccepted) pinflCheckAccepted = true;
  else if (check.warnings.some((w) => w.key === 'warning.pinflCheckDigit')) {
    const accepted = draft.acceptWarnings.includes('pinfl:warning.pinflCheckDigit');
    if (!accepted || !CHECK_DIGIT_ACCEPTORS.includes(ctx.session?.role ?? 'viewer')) {
      issues.push({ path: 'pinfl', key: accepted ? 'error.pinflCheckDigitNeedsHead' : 'warning.pinflCheckDigit' });
    } else pinflCheckAccepted = true;
  }
  if (s.pinfl) {
    const other = w.sqlite
      .prepare('select id from students where pinfl = ? and id <> ? limit 1')
      .get(s.pinfl, selfId ?? '');
    if (other) issues.push({ path: 'pinfl', key: 'error.pinflTaken' });
  }
  const studentIdNumber = draft.studentIdNumber?.trim() || null;
  if (studentIdNumber) {
    const other = w.sqlite
      .prepare('select id from students where student_id_number = ? and id <> ? limit 1')
      .get(studentIdNumber, selfId ?? '');
    if (other) issues.push({ path: 'studentIdNumber', key: 'error.studentIdTaken' });
  }
  let placement = {};
  if (draft.groupId) {
    const g = w.db.select().from(groups).where(eq(groups.id, draft.groupId)).get();
    if (!g) issues.push({ path: 'groupId', key: 'error.notFound' });
    else {
      const sp = w.db.select().from(specialties).where(eq(specialties.id, g.specialtyId)).get();
      placement = {
        groupId: g.id,
        departmentId: g.departmentId,
        specialtyId: g.specialtyId,
        course: g.course,
        educationForm: g.educationForm,
        educationLang: g.educationLang,
        educationType: sp?.educationType ?? null,
      };
    }
  } else {
    placement = { groupId: null };
  }
  if (issues.length > 0) throw validationError(issues);
  const names = Object.fromEntries(STUDENT_NAME_FIELDS.map((f) => [f, s[f]])) as Pick<
    typeof s,
    (typeof STUDENT_NAME_FIELDS)[number]
  >;
  return {
    ...names,
    searchText: studentSearchText(names),
    pinfl: s.pinfl,
    passport: s.passport,
    pinflCheckAccepted,
    birthDate: s.birthDate,
    gender: s.gender,
    citizenship: s.citizenship,
    phone: s.phone,
    email: s.email,
    address: draft.address.trim(),
    studentIdNumber,
    paymentForm: draft.paymentForm,
    status: draft.status,
    ...placement,
  };
}

function requireStudent(db: HandlerContext['store']['db'], id: string): StudentRow {
  const row = findStudent(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', `Student ${id} not found`);
  return row;
}

/** Fields that are index or bookkeeping, not something a person changed. */
const HIDDEN_FIELDS = new Set(['searchText', 'updatedAt', 'createdAt', 'id']);

export const studentsHandlers: HandlersOf<
  | 'students.search'
  | 'students.get'
  | 'students.create'
  | 'students.update'
  | 'students.setPhoto'
  | 'students.revealIdentifiers'
  | 'students.history'
  | 'students.groups'
> = {
  'students.search': (input, ctx) => {
    const started = performance.now();
    const items = searchStudents(ctx.store.reader, input.query, input.limit, ctx.session?.role ?? null);
    return { items, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
  },

  'students.get': (input, ctx) =>
    toStudent(ctx.store.db, requireStudent(ctx.store.db, input.id), ctx.session?.role ?? null),

  'students.create': (input, ctx) => {
    const id = uuidv7(ctx.clock.now().getTime());
    ctx.command((w) => {
      const values = studentValues(w, input, ctx, null);
      w.insert(students, { id, ...values, createdAt: w.now, updatedAt: w.now });
      reindexStudents(w.sqlite, [id]);
    });
    return toStudent(ctx.store.db, requireStudent(ctx.store.db, id), ctx.session?.role ?? null);
  },

  'students.update': (input, ctx) => {
    ctx.command((w) => {
      const current = findStudent(w.db, input.id);
      if (!current) throw new AppError('NOT_FOUND', 'error.notFound', `Student ${input.id} not found`);
      const values = studentValues(w, input, ctx, input.id);
      // A PINFL accepted earlier stays accepted while it does not change.
      if (current.pinfl === values.pinfl && current.pinflCheckAccepted) values.pinflCheckAccepted = true;
      w.update(students, input.id, { ...values, updatedAt: w.now });
      reindexStudents(w.sqlite, [input.id]);
    });
    return toStudent(ctx.store.db, requireStudent(ctx.store.db, input.id), ctx.session?.role ?? null);
  },

  'students.setPhoto': (input, ctx) => {
    ctx.command((w) => {
      if (!findStudent(w.db, input.id)) throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found');
      const existing = w.db.select().from(studentPhotos).where(eq(studentPhotos.id, input.id)).get();
      if (input.photo === '') {
        if (existing) w.delete(studentPhotos, input.id);
      } else if (existing) {
        w.update(studentPhotos, input.id, { photo: input.photo, thumb: input.thumb || input.photo, updatedAt: w.now });
      } else {
        w.insert(studentPhotos, {
          id: input.id,
          photo: input.photo,
          thumb: input.thumb || input.photo,
          updatedAt: w.now,
        });
      }
    });
    return { ok: true };
  },

  'students.revealIdentifiers': (input, ctx) => {
    const row = requireStudent(ctx.store.db, input.id);
    ctx.command((w) => w.recordEvent('students', input.id, { revealed: ['pinfl', 'passport'], reason: input.reason }));
    return { pinfl: row.pinfl, passport: row.passport };
  },

  'students.history': (input, ctx) => {
    requireStudent(ctx.store.db, input.id);
    const rows = ctx.store.db
      .select({
        seq: auditLog.seq,
        at: auditLog.at,
        actorLogin: auditLog.actorLogin,
        command: auditLog.command,
        changes: auditLog.changes,
      })
      .from(auditEntityIndex)
      .innerJoin(auditLog, eq(auditLog.seq, auditEntityIndex.seq))
      .where(eq(auditEntityIndex.entityId, input.id))
      .orderBy(desc(auditEntityIndex.seq))
      .limit(500)
      .all();
    // Roles that see identifiers masked on the card see them masked in the history too.
    const masked = !seesIdentifiers(ctx.session?.role ?? null);
    return rows.map((r) => {
      const changes = (
        JSON.parse(r.changes) as {
          table: string;
          id: string | null;
          before: Record<string, unknown> | null;
          after: Record<string, unknown> | null;
        }[]
      )
        .filter((c) => c.id === input.id)
        .flatMap((c) => {
          // A photo change is one line, whatever image fields it touched.
          if (c.table === 'student_photos') return [{ field: 'photo', before: null, after: null }];
          const keys = new Set([...Object.keys(c.before ?? {}), ...Object.keys(c.after ?? {})]);
          return [...keys]
            .filter((k) => !HIDDEN_FIELDS.has(k) && JSON.stringify(c.before?.[k]) !== JSON.stringify(c.after?.[k]))
            .filter((k) => c.before !== null || (c.after?.[k] ?? null) !== null)
            .map((k) => {
              const mask = masked && k === 'pinfl' ? maskPinfl : masked && k === 'passport' ? maskPassport : null;
              const value = (v: unknown) => (mask && typeof v === 'string' ? mask(v) : (v ?? null));
              return { field: k, before: value(c.before?.[k]), after: value(c.after?.[k]) };
            });
        });
      return { seq: r.seq, at: r.at, actorLogin: r.actorLogin, command: r.command, changes };
    });
  },

  'students.groups': (_input, ctx) =>
    ctx.store.db
      .select({ id: groups.id, name: groups.name, course: groups.course, faculty: departments.nameUzLatn })
      .from(groups)
      .innerJoin(departments, eq(departments.id, groups.departmentId))
      .where(eq(groups.active, true))
      .orderBy(asc(groups.name))
      .all(),
};
