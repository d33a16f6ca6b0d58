import type { DocumentParams } from '../../../../src-shared/contract/documents';
import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { DocumentSource } from '../../../../src-shared/domain/documents/source';
import type { Db } from '../../../db/store';
import { loadDormitory } from './dormitory';
import { loadExamList } from './exam-list';
import { loadSummons } from './summons';
import { loadTranscript } from './transcript';

/**
 * Per document type, what it reads beyond the student and the institution (records for a transcript,
 * exams for an exam list…): the result becomes `source.extra` for that type's builder. A type without a
 * loader needs nothing more. `params` are what the counter typed for this issue (session dates,
 * employer…); a loader that uses them returns them in `extra`, so they reach the snapshot.
 */
export type ExtraLoader = (db: Db, source: DocumentSource, params: DocumentParams) => unknown;

export const EXTRA_LOADERS: Partial<Record<DocumentTypeCode, ExtraLoader>> = {
  transcript: loadTranscript,
  // The GPA certificate prints the same figures as the transcript.
  gpa: loadTranscript,
  summons: loadSummons,
  dormitory: loadDormitory,
  'exam-list': loadExamList,
};
