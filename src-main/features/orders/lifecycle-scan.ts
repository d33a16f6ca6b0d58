import { createHash } from 'node:crypto';
import type { ChannelParsedInput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { conflict, requireOrder, validationError } from './lifecycle-common';

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

/** How each accepted file type begins: a file whose bytes say otherwise is refused (a renamed .docx, say). */
const MAGIC: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const dataIssue = (key: string, what: string) => validationError([{ path: 'data', key }], what);

/** The file's bytes from base64 (a data URL prefix is allowed), checked against the declared type and size. */
export function scanBytes(data: string, mimeType: string): Buffer {
  const body = data.replace(/^data:[\w/.+-]+;base64,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 === 1) {
    throw dataIssue('orders.error.scanData', 'The file is not valid base64');
  }
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length > MAX_SCAN_BYTES) throw dataIssue('orders.error.scanSize', 'The file is larger than 10 MB');
  const magic = MAGIC[mimeType] ?? [];
  if (magic.length === 0 || bytes.length < magic.length || magic.some((b, i) => bytes[i] !== b)) {
    throw dataIssue('orders.error.scanType', 'The file does not match its declared type');
  }
  return bytes;
}

/**
 * Stores (or replaces) the signed scan of an approved or applied order. The bytes go in by statement; the
 * audit keeps name, type, size and digest (a 10 MB image has no place in every audit and outbox entry).
 */
export function attachScan(w: Writer, login: string, input: ChannelParsedInput<'orders.attachScan'>): void {
  const order = requireOrder(w.sqlite, input.id);
  if (order.status === 'draft') throw conflict('orders.error.scanStatus', 'Only an approved order has a signed scan');
  const bytes = scanBytes(input.data, input.mimeType);
  const replaced = !!w.sqlite.prepare('select 1 from order_scans where id = ?').get(order.id);
  w.sqlite
    .prepare(
      `insert into order_scans (id, file_name, mime_type, data, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?)
       on conflict (id) do update set file_name = excluded.file_name, mime_type = excluded.mime_type,
         data = excluded.data, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at`,
    )
    .run(order.id, input.fileName, input.mimeType, bytes, login, w.now);
  w.recordEvent('order_scans', order.id, {
    fileName: input.fileName,
    mimeType: input.mimeType,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    replaced,
  });
}

export function readScan(db: Sqlite, id: string): { fileName: string; mimeType: string; data: string } {
  requireOrder(db, id);
  const row = db
    .prepare('select file_name as fileName, mime_type as mimeType, data from order_scans where id = ?')
    .get(id) as { fileName: string; mimeType: string; data: Buffer } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'orders.error.noScan', 'The order has no scan');
  return { fileName: row.fileName, mimeType: row.mimeType, data: row.data.toString('base64') };
}
