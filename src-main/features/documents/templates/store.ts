import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import type { DocumentTemplate } from '../../../../src-shared/contract/document-templates';
import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import { AppError } from '../../../../src-shared/errors';
import type { Db } from '../../../db/store';
import { documentTemplates } from './schema';

/** Reads of the templates table; the writes are in service.ts, through the audited writer. */

export type TemplateRow = typeof documentTemplates.$inferSelect;

/** What an issued document records in `template_version` when a template printed it. */
export const templateStamp = (t: { id: string; version: number }) => `template-${t.id}@${t.version}`;

export function parseStamp(stamp: string): { id: string; version: number } | null {
  const m = /^template-([0-9a-f-]{36})@(\d+)$/.exec(stamp);
  return m ? { id: m[1]!, version: Number(m[2]) } : null;
}

/** The stamp of the type's active template, or null when the built-in layout prints it. */
export function activeTemplateStamp(db: Db, type: DocumentTypeCode): string | null {
  const row = db
    .select({ id: documentTemplates.id, version: documentTemplates.version })
    .from(documentTemplates)
    .where(and(eq(documentTemplates.type, type), eq(documentTemplates.status, 'active')))
    .get();
  return row ? templateStamp(row) : null;
}

export function findTemplate(db: Db, id: string): TemplateRow {
  const row = db.select().from(documentTemplates).where(eq(documentTemplates.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', 'error.templates.notFound', 'No such template');
  return row;
}

export function toTemplate(row: Omit<TemplateRow, 'docx'>): DocumentTemplate {
  return {
    id: row.id,
    type: row.type as DocumentTypeCode,
    version: row.version,
    name: row.name,
    fileName: row.fileName,
    size: row.size,
    status: row.status,
    report: JSON.parse(row.report) as DocumentTemplate['report'],
    uploadedByName: row.uploadedByName,
    createdAt: row.createdAt,
    activatedAt: row.activatedAt,
    retiredAt: row.retiredAt,
  };
}

export function listTemplates(db: Db, type?: DocumentTypeCode): DocumentTemplate[] {
  // The files stay in the table: a list of versions does not read megabytes of base64.
  const { docx: _docx, ...columns } = getTableColumns(documentTemplates);
  return db
    .select(columns)
    .from(documentTemplates)
    .where(type ? eq(documentTemplates.type, type) : undefined)
    .orderBy(documentTemplates.type, desc(documentTemplates.version))
    .all()
    .map(toTemplate);
}

export function nextVersion(db: Db, type: DocumentTypeCode): number {
  const last = db
    .select({ version: documentTemplates.version })
    .from(documentTemplates)
    .where(eq(documentTemplates.type, type))
    .orderBy(desc(documentTemplates.version))
    .limit(1)
    .get();
  return (last?.version ?? 0) + 1;
}
