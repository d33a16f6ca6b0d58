import { createHash } from 'node:crypto';
import type { ChannelParsedInput } from '../../../src-shared/contract';
import { normalizeApostrophes } from '../../../src-shared/domain/apostrophes';
import { isOpen, transitionProblems } from '../../../src-shared/domain/request-workflow';
import { AppError } from '../../../src-shared/errors';
import type { Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { scanBytes } from '../orders/lifecycle-scan';
import { addEvent, checkAssignee, newId, requireRequest, validationError } from './common';
import { linkLabel } from './links';
import { requestLinks, requests } from './schema';

const reasonText = (reason: string | undefined): string => normalizeApostrophes(reason ?? '').trim();

export function transition(w: Writer, actor: Actor, input: ChannelParsedInput<'requests.transition'>): void {
  const row = requireRequest(w.sqlite, input.id);
  const reason = reasonText(input.reason);
  const problem = transitionProblems(row.status, input.to, { reason })[0];
  if (problem) {
    if (problem.key === 'requests.transition.reasonRequired')
      throw validationError([{ path: 'reason', key: problem.key }], 'A reason is required');
    throw new AppError('CONFLICT', problem.key, 'This status change is not possible', {
      params: { from: row.status, to: input.to },
    });
  }
  w.update(requests, row.id, {
    status: input.to,
    rejectReason: input.to === 'rejected' ? reason : row.rejectReason,
    // Ready is stamped on the way forward only; a step back clears it, so "ready since" stays true.
    readyAt: input.to === 'ready' ? w.now : input.to === 'inProgress' ? null : row.readyAt,
    closedAt: isOpen(input.to) ? null : w.now,
    // Whoever starts the work on an unassigned request takes it into their queue.
    assigneeId: input.to === 'inProgress' && !row.assigneeId && actor.id ? actor.id : row.assigneeId,
    updatedAt: w.now,
  });
  addEvent(w, row.id, actor, 'status', { fromStatus: row.status, toStatus: input.to, text: reason });
}

/** Reassigning a closed request would put finished work back in someone's queue: only open ones move. */
function requireOpen(status: Parameters<typeof isOpen>[0]): void {
  if (!isOpen(status)) throw new AppError('CONFLICT', 'requests.transition.closed', 'The request is closed');
}

export function assign(w: Writer, actor: Actor, input: ChannelParsedInput<'requests.assign'>): void {
  const row = requireRequest(w.sqlite, input.id);
  requireOpen(row.status);
  checkAssignee(w.sqlite, input.assigneeId);
  if (row.assigneeId === input.assigneeId) return;
  w.update(requests, row.id, { assigneeId: input.assigneeId, updatedAt: w.now });
  const name = input.assigneeId
    ? ((w.sqlite.prepare('select full_name as n from users where id = ?').get(input.assigneeId) as { n: string }).n ??
      '')
    : '';
  addEvent(w, row.id, actor, 'assigned', { text: name });
}

export function addNote(w: Writer, actor: Actor, input: ChannelParsedInput<'requests.addNote'>): void {
  const row = requireRequest(w.sqlite, input.id);
  w.update(requests, row.id, { updatedAt: w.now });
  addEvent(w, row.id, actor, 'note', { text: normalizeApostrophes(input.text).trim() });
}

/**
 * Stores a scan apart from the request row. The bytes go in by statement and the audit keeps name, type,
 * size and digest: a 10 MB image has no place in every audit and outbox entry.
 */
export function attach(w: Writer, actor: Actor, input: ChannelParsedInput<'requests.attach'>): void {
  const row = requireRequest(w.sqlite, input.id);
  const typeRow = w.sqlite
    .prepare('select required_attachments as ra from request_types where id = ?')
    .get(row.typeId) as { ra: string };
  const required = (JSON.parse(typeRow.ra) as { id: string }[]).map((r) => r.id);
  if (input.requirementId && !required.includes(input.requirementId))
    throw validationError(
      [{ path: 'requirementId', key: 'requests.error.requirement' }],
      'Unknown required attachment',
    );
  const bytes = scanBytes(input.data, input.mimeType);
  const id = newId(w);
  w.sqlite
    .prepare(
      `insert into request_attachments (id, request_id, requirement_id, file_name, mime_type, size, data, added_by,
         added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      row.id,
      input.requirementId,
      input.fileName,
      input.mimeType,
      bytes.length,
      bytes,
      actor.id ?? actor.login,
      w.now,
    );
  w.recordEvent('request_attachments', id, {
    requestId: row.id,
    requirementId: input.requirementId,
    fileName: input.fileName,
    mimeType: input.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  w.update(requests, row.id, { updatedAt: w.now });
  addEvent(w, row.id, actor, 'attachment', { text: input.fileName });
}

export function readAttachment(db: Sqlite, id: string) {
  const row = db
    .prepare('select file_name as fileName, mime_type as mimeType, data from request_attachments where id = ?')
    .get(id) as { fileName: string; mimeType: string; data: Buffer } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', 'Attachment not found');
  return { fileName: row.fileName, mimeType: row.mimeType, data: row.data.toString('base64') };
}

export function link(w: Writer, actor: Actor, input: ChannelParsedInput<'requests.link'>): void {
  const row = requireRequest(w.sqlite, input.id);
  const label = linkLabel(w.sqlite, input.kind, input.targetId);
  if (label === null)
    throw validationError([{ path: 'targetId', key: 'requests.error.linkTarget' }], 'The linked paper does not exist');
  const exists = w.sqlite
    .prepare('select 1 from request_links where request_id = ? and kind = ? and target_id = ?')
    .get(row.id, input.kind, input.targetId);
  if (exists) return;
  w.insert(requestLinks, {
    id: newId(w),
    requestId: row.id,
    kind: input.kind,
    targetId: input.targetId,
    addedAt: w.now,
  });
  addEvent(w, row.id, actor, 'link', { text: label });
}
