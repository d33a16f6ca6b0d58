import type { RequestStatus } from '../../../src-shared/domain/request-workflow';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { requestEvents } from './schema';

/** A `requests` row as the feature reads it. */
export interface RequestRow {
  id: string;
  number: string;
  year: number;
  seq: number;
  typeId: string;
  studentId: string | null;
  visitorName: string;
  visitorPhone: string;
  visitorPinfl: string;
  status: RequestStatus;
  assigneeId: string | null;
  description: string;
  receivedAt: string;
  receivedOn: string;
  dueOn: string;
  rejectReason: string | null;
  readyAt: string | null;
  closedAt: string | null;
  createdBy: string;
  updatedAt: string;
}

export const REQUEST_COLUMNS = `r.id, r.number, r.year, r.seq, r.type_id as typeId, r.student_id as studentId,
  r.visitor_name as visitorName, r.visitor_phone as visitorPhone, r.visitor_pinfl as visitorPinfl, r.status,
  r.assignee_id as assigneeId, r.description, r.received_at as receivedAt, r.received_on as receivedOn,
  r.due_on as dueOn, r.reject_reason as rejectReason, r.ready_at as readyAt, r.closed_at as closedAt,
  r.created_by as createdBy, r.updated_at as updatedAt`;

export function requireRequest(db: Sqlite, id: string): RequestRow {
  const row = db.prepare(`select ${REQUEST_COLUMNS} from requests r where r.id = ?`).get(id) as RequestRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', 'Request not found');
  return row;
}

export function validationError(issues: FieldIssue[], what: string, key = 'error.validation'): AppError {
  return new AppError('VALIDATION', key, what, { details: { issues } });
}

export const newId = (w: Writer): string => uuidv7(Date.parse(w.now));

/** The office's calendar day: deadlines count in Tashkent dates, whatever the workstation's clock zone. */
export const tashkentToday = (now: Date): string => tashkentMoment(now).date;

/** Who did it, as the request's history keeps it: the user id when signed in, else the login (system, demo). */
export const actorKey = (actor: Actor): string => actor.id ?? actor.login;

/** A user's name from an id or a login (history rows keep either); unknown ones show as given. */
export function userName(db: Sqlite, idOrLogin: string | null): string {
  if (!idOrLogin) return '';
  const row = db.prepare('select full_name as name from users where id = ? or login = ?').get(idOrLogin, idOrLogin) as
    { name: string } | undefined;
  return row?.name ?? idOrLogin;
}

/** An assignee must be an active user who may work requests. */
export function checkAssignee(db: Sqlite, id: string | null, path = 'assigneeId'): void {
  if (id === null) return;
  const row = db.prepare('select role, active from users where id = ?').get(id) as
    { role: string; active: number } | undefined;
  if (!row || !row.active || !ASSIGNABLE_ROLES.includes(row.role)) {
    throw validationError([{ path, key: 'requests.error.assignee' }], 'Not a user who works requests');
  }
}

export const ASSIGNABLE_ROLES: readonly string[] = ['admin', 'head', 'front_office', 'back_office'];

export function addEvent(
  w: Writer,
  requestId: string,
  actor: Actor,
  kind: 'created' | 'status' | 'assigned' | 'note' | 'attachment' | 'link',
  fields: { fromStatus?: string | null; toStatus?: string | null; text?: string } = {},
): void {
  w.insert(requestEvents, {
    id: newId(w),
    requestId,
    at: w.now,
    userId: actorKey(actor),
    kind,
    fromStatus: fields.fromStatus ?? null,
    toStatus: fields.toStatus ?? null,
    text: fields.text ?? '',
  });
}
