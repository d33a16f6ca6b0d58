import { and, eq, ne } from 'drizzle-orm';
import type { IssuedDocument } from '../../../src-shared/contract/documents';
import type { Locale } from '../../../src-shared/contract/common';
import { defaultLang } from '../../../src-shared/domain/documents/catalog';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { SecretStore } from '../hemis/secret-store';
import { issueDocument, voidDocument, type Issuer } from '../documents/issue';
import { formatMetaKey } from '../documents/register';
import { issuedDocuments } from '../documents/schema';
import { readMeta } from '../system/settings';
import { computeContract, type ContractTerms } from './terms';
import { contracts } from './schema';

/**
 * A payment contract and a re-study contract are two document types with two journals; both numbers become
 * contract numbers (unique, matched by bank statements), so the re-study journal gets its own prefix unless
 * the office has set a format: "12/2026" is a tuition contract, "QO-3/2026" a re-study one.
 */
const RESTUDY_FORMAT = 'QO-{seq}/{yyyy}';

export const documentTypeOf = (kind: ContractTerms['kind']) =>
  kind === 'restudy' ? ('restudy-contract' as const) : ('payment-contract' as const);

/**
 * Draws up a contract inside the caller's command: the frozen row (amount, calculation, tariff version,
 * schedule) and its printed document (register number, signed QR) are written together or not at all.
 */
export function drawContract(
  w: Writer,
  secrets: SecretStore,
  issuer: Issuer,
  terms: ContractTerms,
  today: string,
): { contractId: string; document: IssuedDocument } {
  const { calculation, schedule } = computeContract(w.db, terms, today);
  const id = uuidv7(Date.parse(w.now));
  const type = documentTypeOf(terms.kind);
  w.insert(contracts, {
    id,
    studentId: terms.studentId,
    kind: terms.kind,
    educationYear: calculation.educationYear,
    // Replaced by the register number below, in the same transaction.
    number: `pending:${id}`,
    contractDate: today,
    amount: calculation.amount,
    calculation: JSON.stringify(calculation),
    tariffTableId: calculation.tariffTableId,
    tariffVersion: calculation.tariffLabel,
    payerName: calculation.payer?.name ?? '',
    schedule: JSON.stringify(schedule),
    status: 'active',
    createdBy: issuer.userId ?? 'system',
    createdAt: w.now,
  });
  if (type === 'restudy-contract' && readMeta(w.db, formatMetaKey(type)) === null)
    w.setMeta(formatMetaKey(type), RESTUDY_FORMAT);
  const lang: Locale = defaultLang(type, terms.lang);
  const document = issueDocument(w, secrets, issuer, {
    type,
    studentId: terms.studentId,
    lang,
    params: { contractId: id },
  });
  const taken = w.db
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.number, document.registerNumber), ne(contracts.id, id)))
    .get();
  if (taken)
    throw new AppError('CONFLICT', 'error.contracts.numberTaken', `Contract ${document.registerNumber} exists`, {
      params: { number: document.registerNumber },
    });
  w.update(contracts, id, { number: document.registerNumber, documentId: document.id });
  return { contractId: id, document };
}

/** Cancels a contract with a reason; its printed document is voided, so its QR no longer verifies as valid. */
export function cancelContract(w: Writer, userId: string | null, id: string, reason: string): void {
  const row = w.get(contracts, id);
  if (!row) throw new AppError('NOT_FOUND', 'error.contracts.notFound', `Contract ${id} not found`);
  if (row.status === 'cancelled')
    throw new AppError('CONFLICT', 'error.contracts.alreadyCancelled', 'The contract is already cancelled');
  w.update(contracts, id, { status: 'cancelled', cancelReason: reason });
  if (row.documentId) {
    const doc = w.get(issuedDocuments, row.documentId);
    if (doc && doc.status !== 'void') voidDocument(w, userId, row.documentId, reason);
  }
}
