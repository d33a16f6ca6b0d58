import { and, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import { DEFAULT_REGISTER_FORMAT } from '../../../src-shared/domain/documents/register-number';
import { AppError } from '../../../src-shared/errors';
import type { Db } from '../../db/store';
import { readMeta } from '../system/settings';
import { issuedDocuments } from './schema';

export type IssuedRow = typeof issuedDocuments.$inferSelect;

export const formatMetaKey = (type: string) => `documents.registerFormat.${type}`;

export function registerFormatOf(db: Db, type: string): string {
  return readMeta(db, formatMetaKey(type)) ?? DEFAULT_REGISTER_FORMAT;
}

export function toIssued(row: IssuedRow): IssuedDocument {
  const snapshot = JSON.parse(row.snapshot) as { studentIdNumber?: string };
  return {
    id: row.id,
    type: row.type as IssuedDocument['type'],
    year: row.year,
    seq: row.seq,
    registerNumber: row.registerNumber,
    studentId: row.studentId,
    holderName: row.holderName,
    studentIdNumber: snapshot.studentIdNumber ?? '',
    lang: row.lang as IssuedDocument['lang'],
    issuedOn: row.issuedOn,
    issuedAt: row.issuedAt,
    issuedByName: row.issuedByName,
    templateVersion: row.templateVersion,
    payload: row.payload,
    overrideReason: row.overrideReason,
    status: row.status,
    voidReason: row.voidReason,
    voidedAt: row.voidedAt,
  };
}

export function findIssued(db: Db, id: string): IssuedRow {
  const row = db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'error.documents.notFound', 'No such document in the register');
  return row;
}

type ListInput = ChannelParsedInput<'documents.list'>;

function listWhere(input: Omit<ListInput, 'limit' | 'offset'>): SQL | undefined {
  const conds: SQL[] = [];
  if (input.studentId) conds.push(eq(issuedDocuments.studentId, input.studentId));
  if (input.type) conds.push(eq(issuedDocuments.type, input.type));
  if (input.year) conds.push(eq(issuedDocuments.year, input.year));
  if (input.status) conds.push(eq(issuedDocuments.status, input.status));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(
      or(
        sql`${issuedDocuments.registerNumber} like ${pattern} escape '\\'`,
        sql`${issuedDocuments.holderName} like ${pattern} escape '\\'`,
      )!,
    );
  }
  return conds.length ? and(...conds) : undefined;
}

export function listIssued(db: Db, input: ListInput): { items: IssuedDocument[]; total: number } {
  const where = listWhere(input);
  const items = db
    .select()
    .from(issuedDocuments)
    .where(where)
    .orderBy(desc(issuedDocuments.issuedAt), desc(issuedDocuments.seq))
    .limit(input.limit)
    .offset(input.offset)
    .all()
    .map(toIssued);
  const total = db.select({ n: count() }).from(issuedDocuments).where(where).get()!.n;
  return { items, total };
}

/** Every entry of a year in register order (type, then number): the register book. */
export function registerBook(db: Db, year: number, type?: string): IssuedRow[] {
  return db
    .select()
    .from(issuedDocuments)
    .where(type ? and(eq(issuedDocuments.year, year), eq(issuedDocuments.type, type)) : eq(issuedDocuments.year, year))
    .orderBy(issuedDocuments.type, issuedDocuments.seq)
    .all();
}
