import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { FieldIssue } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { orderLines, orders } from './schema';
import { defaultClauseTexts, type ClauseTexts } from './clauses';
import {
  conflict,
  findOrder,
  newId,
  orderLinesOf,
  requireOrder,
  revokedLines,
  validationError,
  type LineRow,
} from './lifecycle-common';

export type DraftInput = ChannelParsedInput<'orders.saveDraft'> & {
  /** A promotion/graduation run that made the draft (`orders.runKey`). */
  runKey?: string | null;
};

const TEXT_FIELDS = ['preambleUz', 'preambleRu', 'basisUz', 'basisRu', 'controlUz', 'controlRu'] as const;
const CHUNK = 500;

function existingIds(db: Sqlite, table: 'students' | 'groups', ids: readonly string[]): Set<string> {
  const found = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    const rows = db.prepare(`select id from ${table} where id in (${part.map(() => '?').join(',')})`).all(...part) as {
      id: string;
    }[];
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** Every reason the draft cannot be stored, each naming its field or row; nothing is written before this passes. */
function draftIssues(db: Sqlite, input: DraftInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const students = existingIds(
    db,
    'students',
    input.lines.map((l) => l.studentId),
  );
  const groupIds = input.lines.map((l) => l.newGroupId).filter((g): g is string => !!g);
  const groups = existingIds(db, 'groups', groupIds);
  if (input.departmentId && !db.prepare('select 1 from departments where id = ?').get(input.departmentId)) {
    issues.push({ path: 'departmentId', key: 'error.notFound' });
  }
  const revoked = input.reversesOrderId ? findOrder(db, input.reversesOrderId) : undefined;
  if (input.reversesOrderId && !revoked) issues.push({ path: 'reversesOrderId', key: 'error.notFound' });
  const isRevocation = input.type === 'revocation';
  if (isRevocation && revoked?.status !== 'applied') {
    if (revoked || !input.reversesOrderId)
      issues.push({ path: 'reversesOrderId', key: 'orders.error.revocationNeedsOrder' });
  }
  const revokable = isRevocation && revoked?.status === 'applied' ? revokedLines(db, revoked.id) : null;
  const seen = new Map<string, number>();
  input.lines.forEach((line, i) => {
    if (seen.has(line.studentId)) {
      issues.push({
        path: `lines.${i}.studentId`,
        key: 'orders.error.duplicateStudent',
        params: { row: seen.get(line.studentId)! + 1 },
      });
    } else seen.set(line.studentId, i);
    if (!students.has(line.studentId))
      issues.push({ path: `lines.${i}.studentId`, key: 'orders.error.unknownStudent' });
    else if (revokable && !revokable.has(line.studentId)) {
      issues.push({ path: `lines.${i}.studentId`, key: 'orders.error.notInOrder' });
    }
    if (line.newGroupId && !groups.has(line.newGroupId)) {
      issues.push({ path: `lines.${i}.newGroupId`, key: 'orders.error.unknownGroup' });
    }
  });
  return issues;
}

/** The same student with the same line keeps a head's override across a re-save; any edit drops it. */
const lineContent = (l: Pick<LineRow, 'effectiveDate' | 'reason' | 'newGroupId' | 'leaveUntil' | 'newName' | 'note'>) =>
  JSON.stringify([l.effectiveDate, l.reason, l.newGroupId, l.leaveUntil, l.newName, l.note]);

/**
 * Creates (no `id`) or replaces a draft order with its lines through the audited writer; returns its id.
 * Lines are replaced wholesale, in the input's order. Problems do not stop a draft (they block approval),
 * but unknown or repeated students and unknown groups do. Empty text parts come from the clause library.
 */
export function saveDraft(w: Writer, login: string, input: DraftInput): string {
  const existing = input.id ? requireOrder(w.sqlite, input.id) : undefined;
  if (existing && existing.status !== 'draft') {
    throw conflict('orders.error.notDraft', 'Only a draft order can be changed');
  }
  const issues = draftIssues(w.sqlite, input);
  if (issues.length > 0) throw validationError(issues, 'The order draft has errors');

  const given: ClauseTexts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, input[f]])) as unknown as ClauseTexts;
  const texts = TEXT_FIELDS.every((f) => !given[f].trim()) ? defaultClauseTexts(w.sqlite, input.type) : given;
  const fields = {
    type: input.type,
    departmentId: input.departmentId,
    reversesOrderId: input.reversesOrderId,
    ...texts,
    updatedAt: w.now,
  };
  let id: string;
  const kept = new Map<string, LineRow>();
  if (existing) {
    id = existing.id;
    w.update(orders, id, { ...fields, ...(input.runKey !== undefined ? { runKey: input.runKey } : {}) });
    for (const old of orderLinesOf(w.sqlite, id)) {
      if (old.overrideProblems) kept.set(old.studentId, old);
      w.delete(orderLines, old.id);
    }
  } else {
    id = newId(w);
    w.insert(orders, {
      id,
      ...fields,
      status: 'draft',
      runKey: input.runKey ?? null,
      createdBy: login,
      createdAt: w.now,
    });
  }
  input.lines.forEach((line, position) => {
    const values = {
      effectiveDate: line.effectiveDate,
      reason: line.reason,
      newGroupId: line.newGroupId,
      leaveUntil: line.leaveUntil,
      newName: line.newName,
      note: line.note,
    };
    const old = kept.get(line.studentId);
    const override =
      old && lineContent(old) === lineContent(values)
        ? { overrideReason: old.overrideReason, overrideProblems: old.overrideProblems, overrideBy: old.overrideBy }
        : {};
    w.insert(orderLines, { id: newId(w), orderId: id, studentId: line.studentId, position, ...values, ...override });
  });
  return id;
}

/** Removes a draft and its lines (approved and applied orders stay: the database refuses it too). */
export function deleteDraft(w: Writer, id: string): void {
  const order = requireOrder(w.sqlite, id);
  if (order.status !== 'draft') throw conflict('orders.error.notDraft', 'Only a draft order can be deleted');
  for (const line of orderLinesOf(w.sqlite, id)) w.delete(orderLines, line.id);
  w.delete(orders, id);
}
