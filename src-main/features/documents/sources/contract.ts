import type { DocumentParams } from '../../../../src-shared/contract/documents';
import type { ContractCalculation, ContractKind, ScheduleLine } from '../../../../src-shared/contract/contracts-models';
import type { ContractDocExtra } from '../../../../src-shared/domain/documents/payment-contract-parts';
import { AppError } from '../../../../src-shared/errors';
import type { Db } from '../../../db/store';
import { readInstitution } from '../../institution/handlers';
import { readMeta } from '../../system/settings';
import type { ExtraLoader } from './index';
import { sqliteOf } from './sqlite';

/**
 * The office's bank requisites printed under the OTM on a contract (H/r, bank, MFO), one line each: the
 * institution profile holds the STIR but no bank account, so they are kept as a setting.
 */
export const BANK_DETAILS_META_KEY = 'contracts.bankDetails';

interface ContractRow {
  id: string;
  studentId: string;
  kind: ContractKind;
  contractDate: string;
  calculation: string;
  schedule: string;
  documentId: string | null;
}

/** The contract a payment or re-study contract document prints: it must exist and belong to the student. */
export function contractFor(db: Db, params: DocumentParams, studentId: string): ContractRow {
  if (!params.contractId)
    throw new AppError('VALIDATION', 'error.validation', 'A contract document needs params.contractId', {
      details: { issues: [{ path: 'params.contractId', key: 'validation.required' }] },
    });
  const row = sqliteOf(db)
    .prepare(
      `select id, student_id as studentId, kind, contract_date as contractDate, calculation, schedule,
              document_id as documentId
         from contracts where id = ?`,
    )
    .get(params.contractId) as ContractRow | undefined;
  if (!row || row.studentId !== studentId)
    throw new AppError('NOT_FOUND', 'error.contracts.notFound', `Contract ${params.contractId} not found`);
  // One contract, one register entry: the document is issued with the contract (contracts.draw) and
  // reprinted from its snapshot; a second issue would print the same amount under another number.
  if (row.documentId)
    throw new AppError('CONFLICT', 'error.contracts.documentIssued', 'The contract already has its document');
  return row;
}

/** The office's bank requisites as printed under the STIR: the lines saved on the contracts page. */
export function readBankDetails(db: Db): string[] {
  return (readMeta(db, BANK_DETAILS_META_KEY) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export const loadContract: ExtraLoader = (db, source, params): ContractDocExtra => {
  const row = contractFor(db, params, source.student.id);
  const stir = readInstitution(db).stir;
  return {
    contractId: row.id,
    kind: row.kind,
    contractDate: row.contractDate,
    calculation: JSON.parse(row.calculation) as ContractCalculation,
    schedule: JSON.parse(row.schedule) as ScheduleLine[],
    stir,
    bankDetails: readBankDetails(db),
  };
};
