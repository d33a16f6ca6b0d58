import type { ChannelOutput, Locale } from '../../../src-shared/contract';
import { queueStatistics, type QueueStatRow, type TicketTimes } from '../../../src-shared/domain/queue';
import { translate } from '../../../src-shared/i18n';
import type { Sqlite } from '../../db/connection';
import { writeXlsx, type XlsxSheet } from '../exports/xlsx';
import { serviceName } from './board';
import { listServices, listWindows } from './repo';

export type QueueStats = ChannelOutput<'queue.stats'>;

/**
 * A day's figures. Every service and window that was open or saw a ticket that day has a row, so a quiet
 * service shows as zeros rather than missing.
 */
export function dayStatistics(db: Sqlite, day: string): QueueStats {
  const tickets = db
    .prepare(
      `select service_id as serviceId, window_id as windowId, status, issued_at as issuedAt, called_at as calledAt,
              finished_at as finishedAt
         from queue_tickets where day = ?`,
    )
    .all(day) as TicketTimes[];
  const used = (id: string) => tickets.some((t) => t.serviceId === id || t.windowId === id);
  const services = listServices(db).filter((s) => s.active || used(s.id));
  const windows = listWindows(db).filter((w) => w.active || used(w.id));
  const stats = queueStatistics(
    tickets,
    services.map((s) => s.id),
    windows,
  );
  return {
    day,
    services: stats.services.map((row, i) => ({ ...row, prefix: services[i]!.prefix, names: services[i]!.names })),
    windows: stats.windows.map((row, i) => ({ ...row, label: windows[i]!.label })),
    total: stats.total,
  };
}

/** Minutes with one decimal: what a spreadsheet can average and chart. */
const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 6) / 10);

function sheet(locale: Locale, title: string, first: string, rows: (QueueStatRow & { name: string })[]): XlsxSheet {
  const t = (key: string) => translate(locale, key);
  return {
    name: title,
    columns: [
      { key: 'name', header: first, width: 32 },
      { key: 'issued', header: t('queue.stats.col.issued'), width: 10 },
      { key: 'served', header: t('queue.stats.col.served'), width: 12 },
      { key: 'noShows', header: t('queue.stats.col.noShows'), width: 12 },
      { key: 'cancelled', header: t('queue.stats.col.cancelled'), width: 12 },
      { key: 'waitingNow', header: t('queue.stats.col.waitingNow'), width: 12 },
      { key: 'avgWait', header: t('queue.stats.col.avgWaitMin'), width: 16 },
      { key: 'maxWait', header: t('queue.stats.col.maxWaitMin'), width: 16 },
      { key: 'avgService', header: t('queue.stats.col.avgServiceMin'), width: 18 },
    ],
    rows: rows.map((r) => ({
      name: r.name,
      issued: r.issued,
      served: r.served,
      noShows: r.noShows,
      cancelled: r.cancelled,
      waitingNow: r.waitingNow,
      avgWait: minutes(r.avgWaitSec),
      maxWait: minutes(r.maxWaitSec),
      avgService: minutes(r.avgServiceSec),
    })),
  };
}

/** The day's figures as .xlsx: services (with the total) and windows, times in minutes. */
export async function exportDayStatistics(
  db: Sqlite,
  day: string,
  locale: Locale,
): Promise<{ fileName: string; mimeType: string; data: string }> {
  const stats = dayStatistics(db, day);
  const t = (key: string) => translate(locale, key);
  const data = await writeXlsx([
    sheet(locale, t('queue.stats.byService'), t('queue.stats.col.service'), [
      ...stats.services.map((r) => ({ ...r, name: `${r.prefix} — ${serviceName(r.names, locale)}` })),
      { ...stats.total, name: t('queue.stats.total') },
    ]),
    sheet(
      locale,
      t('queue.stats.byWindow'),
      t('queue.stats.col.window'),
      stats.windows.map((r) => ({ ...r, name: r.label })),
    ),
  ]);
  return {
    fileName: `queue_${day}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: data.toString('base64'),
  };
}
