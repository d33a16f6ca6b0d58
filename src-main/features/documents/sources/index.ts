import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { DocumentSource } from '../../../../src-shared/domain/documents/source';
import type { Db } from '../../../db/store';

/**
 * Per document type, what it reads beyond the student and the institution (records for a transcript,
 * exams for an exam list…): the result becomes `source.extra` for that type's builder. A type without a
 * loader needs nothing more.
 */
export type ExtraLoader = (db: Db, source: DocumentSource) => unknown;

export const EXTRA_LOADERS: Partial<Record<DocumentTypeCode, ExtraLoader>> = {};
