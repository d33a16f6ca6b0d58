import { and, eq } from 'drizzle-orm';
import type { VerifyResult } from '../../../src-shared/contract/documents';
import { parsePayload } from '../../../src-shared/domain/documents/qr-payload';
import type { Db } from '../../db/store';
import { toIssued } from './register';
import { issuedDocuments } from './schema';
import { verifyBody } from './signing';

/**
 * Checks a scanned or pasted payload: its form, the signature against this institution's keys, then the
 * register (void?). The register match is on the whole payload, so a genuine signature over a number the
 * register gave to another document never shows that document.
 */
export function verifyPayload(db: Db, input: string): VerifyResult {
  const parsed = parsePayload(input);
  if (!parsed.ok) return { status: 'invalid', certifies: null, document: null };
  const { fields } = parsed;
  const signatureOk = verifyBody(db, fields.keyId, parsed.body, parsed.signature);
  if (signatureOk === null) return { status: 'unknownKey', certifies: null, document: null };
  if (!signatureOk) return { status: 'invalid', certifies: null, document: null };
  const row = db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.type, fields.type), eq(issuedDocuments.registerNumber, fields.registerNumber)))
    .get();
  const certifies = { ...fields };
  if (!row || row.payload !== parsed.payload) return { status: 'notInRegister', certifies, document: null };
  return { status: row.status === 'void' ? 'void' : 'valid', certifies, document: toIssued(row) };
}
