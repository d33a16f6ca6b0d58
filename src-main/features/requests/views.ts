import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { RequestDetail, RequestLink, RequestSummary } from '../../../src-shared/contract/requests';
import { foldApostrophes } from '../../../src-shared/domain/apostrophes';
import type { RequiredAttachment, TypeNames } from '../../../src-shared/domain/request-types';
import { awaitsWork } from '../../../src-shared/domain/request-workflow';
import { deadlineState, type HolidayCalendar } from '../../../src-shared/domain/working-days';
import type { Sqlite } from '../../db/connection';
import { REQUEST_COLUMNS, requireRequest, userName, type RequestRow } from './common';
import { linkLabel } from './links';

type ListRow = RequestRow & {
  typeCode: string;
  typeNames: string;
  studentName: string | null;
  studentIdNumber: string | null;
  assigneeName: string | null;
};

const FROM = `from requests r
  join request_types t on t.id = r.type_id
  left join students s on s.id = r.student_id
  left join users u on u.id = r.assignee_id`;

const SELECT = `select ${REQUEST_COLUMNS}, t.code as typeCode, t.names as typeNames,
  case when s.id is null then null else trim(s.last_name_lat || ' ' || s.first_name_lat || ' ' || s.patronymic_lat) end
    as studentName,
  s.student_id_number as studentIdNumber, u.full_name as assigneeName ${FROM}`;

/**
 * Awaiting work first, by deadline (the queue's order), then ready ones, then the closed ones newest first:
 * whoever opens the list sees first what must be done first.
 */
const ORDER = `order by case when r.status in ('new', 'inProgress') then 0 when r.status = 'ready' then 1 else 2 end,
  case when r.status in ('new', 'inProgress', 'ready') then r.due_on end, r.due_on desc, r.year desc, r.seq desc`;

/**
 * A list's deadline states, one per due date: counting working days walks the calendar day by day, and an
 * export of thousands of requests shares a few hundred due dates.
 */
function deadlineStates(today: string, calendar: HolidayCalendar) {
  const known = new Map<string, ReturnType<typeof deadlineState>>();
  return (dueOn: string) => {
    let state = known.get(dueOn);
    if (!state) known.set(dueOn, (state = deadlineState(dueOn, today, calendar)));
    return state;
  };
}

function summaryOf(
  row: ListRow,
  today: string,
  calendar: HolidayCalendar,
  stateOf = deadlineStates(today, calendar),
): RequestSummary {
  let deadline: RequestSummary['deadline'] = null;
  let workingDays: number | null = null;
  if (awaitsWork(row.status)) {
    const state = stateOf(row.dueOn);
    deadline = state.state;
    workingDays = state.state === 'ok' ? state.workingDaysLeft : state.state === 'overdue' ? state.workingDaysOver : 0;
  }
  return {
    id: row.id,
    number: row.number,
    typeId: row.typeId,
    typeCode: row.typeCode,
    typeNames: JSON.parse(row.typeNames) as TypeNames,
    studentId: row.studentId,
    applicantName: row.studentName ?? row.visitorName,
    studentIdNumber: row.studentIdNumber,
    visitorPhone: row.visitorPhone,
    status: row.status,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    deadline,
    workingDays,
  };
}

export type ListFilters = Omit<ChannelParsedInput<'requests.list'>, 'limit' | 'offset'>;

function whereOf(f: ListFilters, me: string | null, today: string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    parts.push(sql);
    params.push(value);
  };
  if (f.status) add('r.status = ?', f.status);
  // Someone without a user id (the system) has no queue of their own: "mine" then matches nothing.
  if (f.mine) add('r.assignee_id = ?', me ?? '');
  if (f.assigneeId) add('r.assignee_id = ?', f.assigneeId);
  if (f.typeId) add('r.type_id = ?', f.typeId);
  if (f.studentId) add('r.student_id = ?', f.studentId);
  if (f.overdue) add(`r.status in ('new', 'inProgress') and r.due_on < ?`, today);
  const search = foldApostrophes(f.search ?? '')
    .trim()
    .toLowerCase();
  if (search) {
    const like = `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const name = `lower(replace(replace(coalesce(s.last_name_lat || ' ' || s.first_name_lat || ' ' ||
      s.patronymic_lat, r.visitor_name), char(699), ''''), char(700), ''''))`;
    const bySeq = /^\d{1,7}$/.test(search) ? ' or r.seq = ?' : '';
    parts.push(`(lower(r.number) like ? escape '\\' or ${name} like ? escape '\\'${bySeq})`);
    params.push(like, like);
    if (bySeq) params.push(Number(search));
  }
  return { sql: parts.length ? `where ${parts.join(' and ')}` : '', params };
}

export function listRequests(
  db: Sqlite,
  f: ListFilters,
  page: { limit: number; offset: number },
  me: string | null,
  today: string,
  calendar: HolidayCalendar,
): { items: RequestSummary[]; total: number; today: string } {
  const where = whereOf(f, me, today);
  const total = (db.prepare(`select count(*) as n ${FROM} ${where.sql}`).get(...where.params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${where.sql} ${ORDER} limit ? offset ?`)
    .all(...where.params, page.limit, page.offset) as ListRow[];
  const stateOf = deadlineStates(today, calendar);
  return { items: rows.map((r) => summaryOf(r, today, calendar, stateOf)), total, today };
}

export function requestDetail(db: Sqlite, id: string, today: string, calendar: HolidayCalendar): RequestDetail {
  const base = requireRequest(db, id);
  const row = db.prepare(`${SELECT} where r.id = ?`).get(id) as ListRow;
  const typeRow = db.prepare('select required_attachments as ra from request_types where id = ?').get(base.typeId) as {
    ra: string;
  };
  const events = (
    db
      .prepare(
        `select id, at, user_id as userId, kind, from_status as fromStatus, to_status as toStatus, text
           from request_events where request_id = ? order by at, id`,
      )
      .all(id) as {
      id: string;
      at: string;
      userId: string;
      kind: string;
      fromStatus: string | null;
      toStatus: string | null;
      text: string;
    }[]
  ).map(({ userId, ...e }) => ({ ...e, userName: userName(db, userId) }));
  const attachments = (
    db
      .prepare(
        `select id, requirement_id as requirementId, file_name as fileName, mime_type as mimeType, size,
           added_at as addedAt, added_by as addedBy from request_attachments where request_id = ? order by added_at, id`,
      )
      .all(id) as (RequestDetail['attachments'][number] & { addedBy: string })[]
  ).map(({ addedBy, ...a }) => ({ ...a, addedByName: userName(db, addedBy) }));
  const links = (
    db
      .prepare('select id, kind, target_id as targetId from request_links where request_id = ? order by added_at, id')
      .all(id) as Omit<RequestLink, 'label'>[]
  ).map((l) => ({ ...l, label: linkLabel(db, l.kind, l.targetId) ?? l.targetId }));
  return {
    ...summaryOf(row, today, calendar),
    description: base.description,
    visitorName: base.visitorName,
    visitorPinfl: base.visitorPinfl,
    rejectReason: base.rejectReason,
    receivedAt: base.receivedAt,
    createdByName: userName(db, base.createdBy),
    requiredAttachments: JSON.parse(typeRow.ra) as RequiredAttachment[],
    events,
    attachments,
    links,
  };
}

/** Every row of the filtered list, for the export (bounded: a list of years still fits one sheet). */
export function allRequests(
  db: Sqlite,
  f: ListFilters,
  me: string | null,
  today: string,
  calendar: HolidayCalendar,
): RequestSummary[] {
  return listRequests(db, f, { limit: 50_000, offset: 0 }, me, today, calendar).items;
}
