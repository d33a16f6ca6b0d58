import type { ChannelOutput, Locale } from '../../../src-shared/contract';
import type { QueueNames } from '../../../src-shared/contract/queue';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { translate } from '../../../src-shared/i18n';
import type { Sqlite } from '../../db/connection';
import { escapeXml } from '../documents/templates/xml';
import { listServices, queueDay, ticketById, waitingCounts, waitingFor, windowById } from './repo';
import { currentAt } from './tickets';

/** How many called tickets the hall shows: one per window of a large office and a few just before. */
const BOARD_CALLED = 8;

export function serviceName(names: QueueNames, locale: Locale): string {
  return names[locale] || names['uz-Latn'];
}

/** The hall display's data: ticket and window labels and counts, never a name (the channel is public). */
export function hallBoard(db: Sqlite, now: Date): ChannelOutput<'queue.board'> {
  const day = queueDay(now);
  const called = db
    .prepare(
      `select t.label, w.label as windowLabel, t.called_at as calledAt, t.status, t.recalls
         from queue_tickets t join queue_windows w on w.id = t.window_id
        where t.day = ? and t.called_at is not null and t.status in ('called', 'serving', 'done')
        order by t.called_at desc, t.rowid desc limit ?`,
    )
    .all(day, BOARD_CALLED) as ChannelOutput<'queue.board'>['called'];
  const waiting = new Map(waitingCounts(db, day).map((c) => [c.serviceId, c.waiting]));
  const services = listServices(db)
    .filter((s) => s.active || (waiting.get(s.id) ?? 0) > 0)
    .map((s) => ({ id: s.id, prefix: s.prefix, names: s.names, waiting: waiting.get(s.id) ?? 0 }));
  return { day, called, services };
}

/** What a window works from: its ticket now, its next tickets and the day's waiting per service. */
export function deskView(db: Sqlite, now: Date, windowId: string | undefined): ChannelOutput<'queue.desk'> {
  const day = queueDay(now);
  const waiting = waitingCounts(db, day);
  if (!windowId) return { day, current: null, next: [], waiting };
  const window = windowById(db, windowId);
  const currentId = currentAt(db, window.id, day);
  return {
    day,
    current: currentId ? ticketById(db, currentId) : null,
    next: waitingFor(db, day, window.serviceIds, 20),
    waiting,
  };
}

function institutionName(db: Sqlite, locale: Locale): string {
  const column = { 'uz-Latn': 'name_uz_latn', 'uz-Cyrl': 'name_uz_cyrl', ru: 'name_ru', en: 'name_en' }[locale];
  const row = db
    .prepare(`select ${column} as name, name_uz_latn as fallback from institution where id = 'main'`)
    .get() as { name: string; fallback: string } | undefined;
  return row?.name || row?.fallback || '';
}

/**
 * The slip a visitor takes from the printer: institution, the label large, the service, when, and how many
 * were waiting for the same service before this ticket. Sized for an 80 mm receipt roll; A4 prints it at the top.
 */
export function ticketSlip(db: Sqlite, id: string, locale: Locale): string {
  const ticket = ticketById(db, id);
  const service = listServices(db).find((s) => s.id === ticket.serviceId);
  const { ahead } = db
    .prepare(
      `select count(*) as ahead from queue_tickets
        where day = ? and service_id = ? and status = 'waiting' and (issued_at < ? or (issued_at = ? and number < ?))`,
    )
    .get(ticket.day, ticket.serviceId, ticket.issuedAt, ticket.issuedAt, ticket.number) as { ahead: number };
  const t = (key: string, params?: Record<string, string | number>) => escapeXml(translate(locale, key, params));
  const at = tashkentMoment(new Date(ticket.issuedAt));
  const [y, m, d] = at.date.split('-');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeXml(ticket.label)}</title>
<style>
@page { size: 80mm auto; margin: 4mm; }
body { font-family: Arial, sans-serif; width: 72mm; margin: 0 auto; text-align: center; color: #000; }
.org { font-size: 11pt; font-weight: bold; margin-bottom: 3mm; }
.label { font-size: 40pt; font-weight: bold; letter-spacing: 1px; margin: 2mm 0; }
.service { font-size: 13pt; margin-bottom: 3mm; }
.meta { font-size: 10pt; margin: 1mm 0; }
.hint { font-size: 9pt; margin-top: 4mm; border-top: 1px dashed #000; padding-top: 2mm; }
</style></head>
<body>
<div class="org">${escapeXml(institutionName(db, locale))}</div>
<div class="meta">${t('queue.slip.title')}</div>
<div class="label">${escapeXml(ticket.label)}</div>
<div class="service">${escapeXml(service ? serviceName(service.names, locale) : '')}</div>
<div class="meta">${t('queue.slip.issuedAt', { date: `${d}.${m}.${y}`, time: at.time })}</div>
<div class="meta">${t('queue.slip.ahead', { count: ahead })}</div>
<div class="hint">${t('queue.slip.hint')}</div>
</body></html>`;
}
