import type { ChannelParsedInput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import { orderLines, orders } from './schema';
import {
  blockedError,
  checkLines,
  conflict,
  isBlocked,
  orderLinesOf,
  requireOrder,
  validationError,
  type OrderRow,
} from './lifecycle-common';
import { orderTextsFor } from './text';

/** Lines that may not go through now: problems that no override lists. Named for the error. */
export function blockedLines(w: Writer, order: OrderRow) {
  const lines = orderLinesOf(w.sqlite, order.id);
  const checked = checkLines(w.sqlite, order.type, lines, order.id, order.reversesOrderId);
  const blocked = lines.flatMap((line, index) =>
    isBlocked(checked[index]!.problems, line.overrideProblems)
      ? [{ index, name: checked[index]!.student?.fullName ?? line.studentId }]
      : [],
  );
  return { lines, checked, blocked };
}

/**
 * A head lets one student through despite the problems the student has now (audited with the reason and who).
 * The override lists those problems: another one appearing later blocks the student again.
 */
export function overrideLine(w: Writer, login: string, input: ChannelParsedInput<'orders.override'>): void {
  const order = requireOrder(w.sqlite, input.id);
  if (order.status === 'applied') throw conflict('orders.error.alreadyApplied', 'The order has already been applied');
  const lines = orderLinesOf(w.sqlite, order.id);
  const line = lines.find((l) => l.studentId === input.studentId);
  if (!line) {
    throw validationError([{ path: 'studentId', key: 'orders.error.notInOrder' }], 'The student is not in this order');
  }
  const [checked] = checkLines(w.sqlite, order.type, [line], order.id, order.reversesOrderId);
  if (!checked || checked.problems.length === 0) {
    throw validationError(
      [{ path: 'studentId', key: 'orders.error.nothingToOverride' }],
      'The student has no problem to override',
    );
  }
  w.update(orderLines, line.id, {
    overrideReason: input.reason,
    overrideProblems: JSON.stringify(checked.problems),
    overrideBy: login,
  });
}

/**
 * Gives a draft its number, date and signer and freezes its text. Refused while a student is blocked, or when
 * the number is already used in the year of the order date (numbers start again every year).
 */
export function approveOrder(w: Writer, login: string, input: ChannelParsedInput<'orders.approve'>): void {
  const order = requireOrder(w.sqlite, input.id);
  if (order.status !== 'draft') {
    throw order.status === 'applied'
      ? conflict('orders.error.alreadyApplied', 'The order has already been applied')
      : conflict('orders.error.notDraft', 'The order is already approved');
  }
  const { blocked } = blockedLines(w, order);
  if (blocked.length > 0) throw blockedError(blocked, 'Some students do not meet the order’s conditions');
  const orderYear = Number(input.orderDate.slice(0, 4));
  const taken = w.sqlite
    .prepare('select id from orders where order_year = ? and number = ? collate nocase and id <> ?')
    .get(orderYear, input.number, order.id);
  if (taken) {
    const params = { number: input.number };
    throw new AppError('CONFLICT', 'orders.error.numberTaken', `Order number ${input.number} is taken this year`, {
      params,
      details: { issues: [{ path: 'number', key: 'orders.error.numberTaken', params }] },
    });
  }
  w.update(orders, order.id, {
    number: input.number,
    orderDate: input.orderDate,
    orderYear,
    signerName: input.signerName,
    signerPosition: input.signerPosition,
    updatedAt: w.now,
  });
  // Generated after the number and date are set, so the frozen text carries them.
  const approvedText = JSON.stringify(orderTextsFor(w.sqlite, order.id));
  w.update(orders, order.id, { status: 'approved', approvedText, approvedBy: login, approvedAt: w.now });
}
