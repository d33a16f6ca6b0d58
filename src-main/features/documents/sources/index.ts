import type { DocumentParams } from '../../../../src-shared/contract/documents';
import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { DocumentSource } from '../../../../src-shared/domain/documents/source';
import type { Db } from '../../../db/store';
import { loadContract } from './contract';
import { loadDormitory } from './dormitory';
import { loadExamList } from './exam-list';
import { excerptOrder, loadOrderExcerpt } from './order-excerpt';
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
  'order-excerpt': loadOrderExcerpt,
  'payment-contract': loadContract,
  'restudy-contract': loadContract,
};

/**
 * What a batch checks once before it starts, for types whose parameters can be wrong for everyone (an
 * excerpt of an order that does not exist or is still a draft): refused at once, not skipped 500 times.
 */
export const BATCH_PARAM_CHECKS: Partial<Record<DocumentTypeCode, (db: Db, params: DocumentParams) => void>> = {
  'order-excerpt': (db, params) => void excerptOrder(db, params),
};
