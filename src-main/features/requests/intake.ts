import type { ChannelParsedInput } from '../../../src-shared/contract';
import { cleanText, normalizeApostrophes } from '../../../src-shared/domain/apostrophes';
import { analyzePinfl } from '../../../src-shared/domain/pinfl';
import { addWorkingDays } from '../../../src-shared/domain/working-days';
import type { FieldIssue } from '../../../src-shared/errors';
import type { Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import { readCalendar } from './calendar';
import { addEvent, checkAssignee, newId, tashkentToday, validationError } from './common';
import { requests } from './schema';
import { findType } from './types';

/**
 * Takes a request at the counter. The deadline is fixed now, from the calendar in force today: a holiday
 * added later does not move a promise already printed on the visitor's receipt.
 */
export function createRequest(w: Writer, actor: Actor, input: ChannelParsedInput<'requests.create'>): string {
  const db = w.sqlite;
  const issues: FieldIssue[] = [];
  const type = findType(db, input.typeId);
  if (!type || !type.active) issues.push({ path: 'typeId', key: 'requests.error.type' });

  const visitor = {
    // Copied from a passport or said aloud: apostrophes normalised, nothing else "corrected".
    name: cleanText(input.visitor?.name ?? ''),
    phone: cleanText(input.visitor?.phone ?? ''),
    pinfl: (input.visitor?.pinfl ?? '').replace(/\s+/g, ''),
  };
  if (input.studentId) {
    if (!db.prepare('select 1 from students where id = ?').get(input.studentId))
      issues.push({ path: 'studentId', key: 'requests.error.student' });
  } else {
    if (!visitor.name) issues.push({ path: 'visitor.name', key: 'requests.error.visitorName' });
    if (visitor.pinfl && analyzePinfl(visitor.pinfl).errors.length > 0)
      issues.push({ path: 'visitor.pinfl', key: 'requests.error.pinfl' });
  }
  if (issues.length > 0 || !type) throw validationError(issues, 'The request cannot be taken');

  const assigneeId = input.assigneeId === undefined ? type.defaultAssigneeId : input.assigneeId;
  checkAssignee(db, assigneeId);

  const today = tashkentToday(new Date(w.now));
  const { calendar } = readCalendar(db, today);
  const year = Number(today.slice(0, 4));
  const seq =
    (db.prepare('select max(seq) as n from requests where year = ?').get(year) as { n: number | null }).n ?? 0;
  const id = newId(w);
  w.insert(requests, {
    id,
    number: `A-${year}/${seq + 1}`,
    year,
    seq: seq + 1,
    typeId: type.id,
    studentId: input.studentId,
    visitorName: input.studentId ? '' : visitor.name,
    visitorPhone: visitor.phone,
    visitorPinfl: input.studentId ? '' : visitor.pinfl,
    status: 'new',
    assigneeId,
    description: normalizeApostrophes(input.description).trim(),
    receivedAt: w.now,
    receivedOn: today,
    dueOn: addWorkingDays(today, type.deadlineDays, calendar),
    createdBy: actor.login,
    updatedAt: w.now,
  });
  addEvent(w, id, actor, 'created', { toStatus: 'new' });
  return id;
}
