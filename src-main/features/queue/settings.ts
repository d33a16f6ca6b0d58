import { eq } from 'drizzle-orm';
import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import { QUEUE_DESK, type QueueNames } from '../../../src-shared/contract/queue';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { listServices, listWindows, parseNames, windowById } from './repo';
import { queueServices, queueWindows } from './schema';

function cleanNames(names: QueueNames): string {
  return JSON.stringify({
    'uz-Latn': cleanText(names['uz-Latn']),
    'uz-Cyrl': cleanText(names['uz-Cyrl']),
    ru: cleanText(names.ru),
    en: cleanText(names.en),
  });
}

function notFound(path: string, key: string, what: string): AppError {
  return new AppError('NOT_FOUND', 'error.notFound', `${what} not found`, { details: { issues: [{ path, key }] } });
}

export function readSettings(db: Sqlite): ChannelOutput<'queue.settings'> {
  const requestTypes = (
    db.prepare('select id, names from request_types where active = 1 order by sort_order, code').all() as {
      id: string;
      names: string;
    }[]
  ).map((r) => ({ id: r.id, names: parseNames(r.names) }));
  const operators = db
    .prepare(
      `select id, full_name as fullName from users
        where active = 1 and role in (select value from json_each(?)) order by full_name`,
    )
    .all(JSON.stringify(QUEUE_DESK)) as { id: string; fullName: string }[];
  return { services: listServices(db), windows: listWindows(db), requestTypes, operators };
}

export function saveService(w: Writer, input: ChannelParsedInput<'queue.saveService'>): string {
  if (input.id && !w.get(queueServices, input.id)) throw notFound('id', 'validation.queue.unknownService', 'Service');
  const taken = w.sqlite
    .prepare('select id from queue_services where prefix = ? and id <> ?')
    .get(input.prefix, input.id ?? '');
  if (taken) {
    throw new AppError('CONFLICT', 'error.conflict', `Prefix ${input.prefix} is taken`, {
      details: { issues: [{ path: 'prefix', key: 'validation.queue.prefixTaken', params: { prefix: input.prefix } }] },
    });
  }
  if (input.requestTypeId && !w.sqlite.prepare('select 1 from request_types where id = ?').get(input.requestTypeId)) {
    throw notFound('requestTypeId', 'validation.queue.unknownRequestType', 'Request type');
  }
  const values = {
    prefix: input.prefix,
    names: cleanNames(input.names),
    requestTypeId: input.requestTypeId,
    active: input.active,
    sortOrder: input.sortOrder,
  };
  if (input.id) return w.update(queueServices, input.id, values).id;
  return w.insert(queueServices, { id: uuidv7(Date.parse(w.now)), ...values }).id;
}

export function saveWindow(w: Writer, input: ChannelParsedInput<'queue.saveWindow'>): string {
  if (input.id && !w.get(queueWindows, input.id)) throw notFound('id', 'validation.queue.unknownWindow', 'Window');
  const serviceIds = [...new Set(input.serviceIds)];
  const known = new Set(listServices(w.sqlite).map((s) => s.id));
  const unknown = serviceIds.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw notFound(`serviceIds.${unknown}`, 'validation.queue.unknownService', 'Service');
  if (input.operatorId && !w.sqlite.prepare('select 1 from users where id = ?').get(input.operatorId)) {
    throw notFound('operatorId', 'validation.queue.unknownOperator', 'User');
  }
  const values = {
    label: cleanText(input.label),
    serviceIds: JSON.stringify(serviceIds),
    operatorId: input.operatorId,
    active: input.active,
  };
  if (input.id) return w.update(queueWindows, input.id, values).id;
  return w.insert(queueWindows, { id: uuidv7(Date.parse(w.now)), ...values }).id;
}

/** One person sits at one window: taking a window leaves the one they sat at before. */
export function takeWindow(w: Writer, windowId: string, userId: string | null): void {
  const target = windowById(w.sqlite, windowId);
  if (!target.active) {
    throw new AppError('CONFLICT', 'queue.error.windowClosed', 'The window is closed', {
      params: { window: target.label },
    });
  }
  if (userId === null) return;
  const others = w.db
    .select({ id: queueWindows.id })
    .from(queueWindows)
    .where(eq(queueWindows.operatorId, userId))
    .all();
  for (const other of others) if (other.id !== windowId) w.update(queueWindows, other.id, { operatorId: null });
  w.update(queueWindows, windowId, { operatorId: userId });
}
