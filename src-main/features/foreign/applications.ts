import { createHash } from 'node:crypto';
import type { ChannelParsedInput } from '../../../src-shared/contract';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import {
  applyAction,
  isOpenApplication,
  nextApplicationNumber,
  normaliseChecklist,
  statusAfterChecklist,
  type ApplicationStatus,
} from '../../../src-shared/domain/foreign-admission';
import { checkApplicant } from '../../../src-shared/domain/foreign-applicant';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import { scanBytes } from '../orders/lifecycle-scan';
import { applicationDetail, listApplications, readChecklist, requireApplication, type ApplicationRow } from './repo';
import { foreignApplications } from './schema';

type Draft = ChannelParsedInput<'foreign.create'>;

export const todayOf = (now: Date): string => tashkentMoment(now).date;

export function validationError(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', 'The application has errors', { details: { issues } });
}

export function conflict(key: string, message: string): AppError {
  return new AppError('CONFLICT', key, message);
}

/** The columns a draft sets, checked; the same passport may not have two live applications. */
function draftValues(w: Writer, draft: Draft, today: string, selfId: string | null) {
  const { value, issues } = checkApplicant(draft, today);
  if (!draft.specialtyId) issues.push({ path: 'specialtyId', key: 'validation.required' });
  else if (!w.sqlite.prepare('select 1 from specialties where id = ?').get(draft.specialtyId)) {
    issues.push({ path: 'specialtyId', key: 'error.notFound' });
  }
  if (value.passportNumber) {
    const other = w.sqlite
      .prepare(
        `select number from foreign_applications where passport_number = ? and status <> 'rejected' and id <> ? limit 1`,
      )
      .get(value.passportNumber, selfId ?? '') as { number: string } | undefined;
    if (other) issues.push({ path: 'passportNumber', key: 'foreign.error.passportApplied', params: other });
  }
  if (issues.length > 0) throw validationError(issues);
  return {
    ...value,
    specialtyId: draft.specialtyId,
    educationForm: draft.educationForm,
    educationLang: draft.educationLang,
    course: draft.course,
    notes: draft.notes,
  };
}

function requireOpen(row: ApplicationRow): void {
  if (!isOpenApplication(row.status as ApplicationStatus)) {
    throw conflict('foreign.error.closed', 'The application is registered or rejected');
  }
}

function fileRow(w: Writer, fileId: string) {
  const row = w.sqlite
    .prepare(
      'select id, application_id as applicationId, item, file_name as fileName from foreign_application_files where id = ?',
    )
    .get(fileId) as { id: string; applicationId: string; item: string; fileName: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'foreign.error.fileNotFound', 'No such file');
  return row;
}

export const applicationHandlers: HandlersOf<
  | 'foreign.list'
  | 'foreign.get'
  | 'foreign.create'
  | 'foreign.update'
  | 'foreign.setChecklistItem'
  | 'foreign.attachFile'
  | 'foreign.removeFile'
  | 'foreign.file'
  | 'foreign.transition'
> = {
  'foreign.list': (input, ctx) => listApplications(ctx.store.reader, input),
  'foreign.get': (input, ctx) => applicationDetail(ctx.store.reader, input.id),

  'foreign.create': (input, ctx) => {
    const now = ctx.clock.now();
    const id = uuidv7(now.getTime());
    const today = todayOf(now);
    ctx.command((w) => {
      const values = draftValues(w, input, today, null);
      const year = Number(today.slice(0, 4));
      const numbers = w.sqlite
        .prepare('select number from foreign_applications where number like ?')
        .all(`F-${year}/%`) as { number: string }[];
      w.insert(foreignApplications, {
        id,
        number: nextApplicationNumber(
          year,
          numbers.map((n) => n.number),
        ),
        ...values,
        status: 'draft',
        checklist: JSON.stringify(normaliseChecklist([])),
        createdBy: ctx.actor.login,
        createdAt: w.now,
        updatedAt: w.now,
      });
    });
    return applicationDetail(ctx.store.reader, id);
  },

  'foreign.update': (input, ctx) => {
    const today = todayOf(ctx.clock.now());
    ctx.command((w) => {
      requireOpen(requireApplication(w.sqlite, input.id));
      w.update(foreignApplications, input.id, { ...draftValues(w, input, today, input.id), updatedAt: w.now });
    });
    return applicationDetail(ctx.store.reader, input.id);
  },

  'foreign.setChecklistItem': (input, ctx) => {
    const today = todayOf(ctx.clock.now());
    ctx.command((w) => {
      const row = requireApplication(w.sqlite, input.id);
      const before = readChecklist(row.checklist);
      if (input.receivedOn && input.receivedOn > today) {
        throw validationError([{ path: 'receivedOn', key: 'foreign.error.futureDate' }]);
      }
      const after = before.map((e) =>
        e.item === input.item
          ? {
              item: e.item,
              received: input.received,
              // Ticking an item without a date means it came in today.
              receivedOn: input.received ? (input.receivedOn ?? e.receivedOn ?? today) : null,
              note: cleanText(input.note),
            }
          : e,
      );
      const next = statusAfterChecklist(row.status as ApplicationStatus, before, after);
      if (!next.ok) throw conflict(next.key, 'The checklist change is not allowed now');
      w.update(foreignApplications, row.id, {
        checklist: JSON.stringify(after),
        status: next.status,
        updatedAt: w.now,
      });
    });
    return applicationDetail(ctx.store.reader, input.id);
  },

  'foreign.attachFile': (input, ctx) => {
    ctx.command((w) => {
      const row = requireApplication(w.sqlite, input.id);
      if (row.status === 'rejected') throw conflict('foreign.error.closed', 'The application is rejected');
      const bytes = scanBytes(input.data, input.mimeType);
      // One scan per document: a new one replaces the old. The bytes go in by statement, the audit keeps a digest
      // (a 10 MB scan has no place in every audit and outbox entry).
      const old = w.sqlite
        .prepare('select id from foreign_application_files where application_id = ? and item = ?')
        .all(row.id, input.item) as { id: string }[];
      for (const o of old) w.sqlite.prepare('delete from foreign_application_files where id = ?').run(o.id);
      const fileId = uuidv7(Date.parse(w.now));
      w.sqlite
        .prepare(
          `insert into foreign_application_files (id, application_id, item, file_name, mime_type, data, added_by, added_at)
           values (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(fileId, row.id, input.item, input.fileName, input.mimeType, bytes, ctx.actor.login, w.now);
      w.recordEvent('foreign_application_files', fileId, {
        applicationId: row.id,
        item: input.item,
        fileName: input.fileName,
        mimeType: input.mimeType,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        replaced: old.map((o) => o.id),
      });
      w.update(foreignApplications, row.id, { updatedAt: w.now });
    });
    return applicationDetail(ctx.store.reader, input.id);
  },

  'foreign.removeFile': (input, ctx) => {
    const applicationId = ctx.command((w) => {
      const file = fileRow(w, input.fileId);
      const row = requireApplication(w.sqlite, file.applicationId);
      if (row.status === 'rejected') throw conflict('foreign.error.closed', 'The application is rejected');
      w.sqlite.prepare('delete from foreign_application_files where id = ?').run(file.id);
      w.recordEvent('foreign_application_files', file.id, { removed: true, item: file.item, fileName: file.fileName });
      w.update(foreignApplications, row.id, { updatedAt: w.now });
      return row.id;
    });
    return applicationDetail(ctx.store.reader, applicationId);
  },

  'foreign.file': (input, ctx) => {
    const row = ctx.store.reader
      .prepare('select file_name as fileName, mime_type as mimeType, data from foreign_application_files where id = ?')
      .get(input.fileId) as { fileName: string; mimeType: string; data: Buffer } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'foreign.error.fileNotFound', 'No such file');
    return { fileName: row.fileName, mimeType: row.mimeType, data: row.data.toString('base64') };
  },

  'foreign.transition': (input, ctx) => {
    ctx.command((w) => {
      const row = requireApplication(w.sqlite, input.id);
      const reason = cleanText(input.reason);
      const next = applyAction(row.status as ApplicationStatus, input.action, {
        checklist: readChecklist(row.checklist),
        reason,
      });
      if (!next.ok) {
        if (next.key === 'foreign.error.reasonRequired') throw validationError([{ path: 'reason', key: next.key }]);
        throw conflict(next.key, `Cannot ${input.action} an application in status ${row.status}`);
      }
      w.update(foreignApplications, row.id, {
        status: next.status,
        ...(next.status === 'rejected' ? { rejectReason: reason } : {}),
        updatedAt: w.now,
      });
    });
    return applicationDetail(ctx.store.reader, input.id);
  },
};
