import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { FieldIssue } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import { saveDraft } from './drafts';
import { conflict, orderLinesOf, requireOrder, validationError } from './lifecycle-common';

/**
 * A revocation draft ("buyruqni bekor qilish") for the chosen students of an applied order: applying it restores
 * each one's state before that order. Students the order does not name are refused, each by its row.
 */
export function reverseOrder(w: Writer, login: string, input: ChannelParsedInput<'orders.reverse'>): string {
  const order = requireOrder(w.sqlite, input.id);
  if (order.status !== 'applied')
    throw conflict('orders.error.reverseNotApplied', 'Only an applied order can be revoked');
  const named = new Set(orderLinesOf(w.sqlite, order.id).map((l) => l.studentId));
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  input.studentIds.forEach((studentId, i) => {
    if (!named.has(studentId)) issues.push({ path: `studentIds.${i}`, key: 'orders.error.notInOrder' });
    else if (seen.has(studentId)) issues.push({ path: `studentIds.${i}`, key: 'orders.error.duplicateStudent' });
    seen.add(studentId);
  });
  if (issues.length > 0) throw validationError(issues, 'Some students are not in the order');
  return saveDraft(w, login, {
    type: 'revocation',
    reversesOrderId: order.id,
    departmentId: order.departmentId,
    preambleUz: '',
    preambleRu: '',
    basisUz: '',
    basisRu: '',
    controlUz: '',
    controlRu: '',
    lines: input.studentIds.map((studentId) => ({
      studentId,
      effectiveDate: input.effectiveDate,
      reason: '',
      newGroupId: null,
      leaveUntil: null,
      newName: null,
      note: '',
    })),
  });
}
