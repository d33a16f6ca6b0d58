import { and, eq } from 'drizzle-orm';
import type { Locale } from '../../../src-shared/contract/common';
import type { DocumentParams, IssuedDocument } from '../../../src-shared/contract/documents';
import { MANAGERS, type Role } from '../../../src-shared/contract/roles';
import { documentType, type DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import type { IssueMeta, Snapshot } from '../../../src-shared/domain/documents/document-type';
import { assemblePayload, payloadBody } from '../../../src-shared/domain/documents/qr-payload';
import { formatRegisterNumber, registerFormatProblem } from '../../../src-shared/domain/documents/register-number';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import type { SecretStore } from '../hemis/secret-store';
import { readInstitution } from '../institution/handlers';
import { users } from '../users/schema';
import { holdsFor } from './holds';
import { registerFormatOf, toIssued, type IssuedRow } from './register';
import { documentJournals, issuedDocuments } from './schema';
import { activeSigningKey, signBody } from './signing';
import { documentSource } from './source';
import { EXTRA_LOADERS } from './sources';
import { activeTemplateStamp } from './templates/store';

export const QR_SIZE_MM = 28;
// [templates] The type's active office template when there is one (templates/store.ts), else the built-in layout.
export const layoutVersionOf = (db: Db, type: DocumentTypeCode) =>
  activeTemplateStamp(db, type) ?? `builtin-${documentType(type).layoutVersion}`;

export function checkLang(type: DocumentTypeCode, lang: Locale): void {
  if (!documentType(type).langs.includes(lang)) {
    throw new AppError('VALIDATION', 'error.validation', `${type} is not printed in ${lang}`, {
      details: { issues: [{ path: 'lang', key: 'documents.error.lang' }] },
    });
  }
}

export interface IssueRequest {
  type: DocumentTypeCode;
  studentId: string;
  lang: Locale;
  overrideReason?: string;
  params?: DocumentParams;
}

export interface Issuer {
  userId: string | null;
  role: Role | null;
}

/** The student, the institution and what this type reads besides (`source.extra`). */
export function sourceFor(db: Db, type: DocumentTypeCode, studentId: string, now: Date, params: DocumentParams = {}) {
  const source = documentSource(db, studentId, now);
  const load = EXTRA_LOADERS[type];
  if (load) source.extra = load(db, source, params);
  return source;
}

/** The next number of a journal; the caller's transaction makes it gap-free. */
function nextSeq(w: Writer, type: string, year: number): number {
  const id = `${type}:${year}`;
  const row = w.get(documentJournals, id);
  if (row) return w.update(documentJournals, id, { lastSeq: row.lastSeq + 1 }).lastSeq;
  return w.insert(documentJournals, { id, type, year, lastSeq: 1 }).lastSeq;
}

/**
 * Issues one document inside the caller's command: holds, snapshot, number, signature and register entry
 * all commit together or not at all, so a failure leaves no number used.
 */
export function issueDocument(w: Writer, secrets: SecretStore, issuer: Issuer, req: IssueRequest): IssuedDocument {
  checkLang(req.type, req.lang);
  const def = documentType(req.type);
  const source = sourceFor(w.db, req.type, req.studentId, new Date(w.now), req.params);
  const holds = holdsFor(w.db, req.type, source.student, source.issuedOn);
  if (holds.length > 0) {
    if (!req.overrideReason)
      throw new AppError('CONFLICT', 'error.documents.held', 'A hold stops this document', { details: { holds } });
    if (!issuer.role || !MANAGERS.includes(issuer.role))
      throw new AppError('FORBIDDEN', 'error.documents.overrideRole', 'Only a head may issue despite a hold');
  }
  const snapshot = def.build(source, req.lang);
  const year = Number(source.issuedOn.slice(0, 4));
  const format = registerFormatOf(w.db, req.type);
  if (registerFormatProblem(format))
    throw new AppError('CONFLICT', 'error.documents.badFormat', `Bad register format ${format}`);
  const seq = nextSeq(w, req.type, year);
  const registerNumber = formatRegisterNumber(format, { seq, year, studentIdNumber: source.student.studentIdNumber });
  const taken = w.db
    .select({ id: issuedDocuments.id })
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.type, req.type), eq(issuedDocuments.registerNumber, registerNumber)))
    .get();
  // A format without the year repeats numbers next January: refuse rather than print a duplicate.
  if (taken)
    throw new AppError('CONFLICT', 'error.documents.numberTaken', `${registerNumber} is already in the register`, {
      params: { number: registerNumber },
    });
  const key = activeSigningKey(w, secrets);
  const body = payloadBody({
    keyId: key.keyId,
    type: req.type,
    registerNumber,
    issuedOn: source.issuedOn,
    holderName: snapshot.holderName,
    studentIdNumber: snapshot.studentIdNumber,
  });
  const payload = assemblePayload(body, signBody(key, body));
  const issuedBy = issuer.userId ? w.db.select().from(users).where(eq(users.id, issuer.userId)).get() : undefined;
  const row = w.insert(issuedDocuments, {
    id: uuidv7(Date.parse(w.now)),
    type: req.type,
    year,
    seq,
    registerNumber,
    studentId: req.studentId,
    lang: req.lang,
    issuedOn: source.issuedOn,
    issuedAt: w.now,
    issuedBy: issuer.userId,
    issuedByName: issuedBy?.fullName ?? '',
    holderName: snapshot.holderName,
    snapshot: JSON.stringify(snapshot),
    templateVersion: layoutVersionOf(w.db, req.type), // [templates]
    keyId: key.keyId,
    payload,
    overrideReason: holds.length > 0 ? req.overrideReason! : null,
    status: 'issued',
  });
  return toIssued(row);
}

export function voidDocument(w: Writer, userId: string | null, id: string, reason: string): IssuedDocument {
  const row = w.get(issuedDocuments, id);
  if (!row) throw new AppError('NOT_FOUND', 'error.documents.notFound', 'No such document in the register');
  if (row.status === 'void')
    throw new AppError('CONFLICT', 'error.documents.alreadyVoid', 'The document is already void');
  return toIssued(
    w.update(issuedDocuments, id, { status: 'void', voidReason: reason, voidedAt: w.now, voidedBy: userId }),
  );
}

/** How an issued document is drawn: its snapshot, its number and date, its QR, today's logo. */
/** `logo`: pass it when drawing many documents, so the profile (and its image) is read once. */
export function issuedModel(db: Db, row: IssuedRow, logo: string = readInstitution(db).logo) {
  const type = row.type as DocumentTypeCode;
  const snapshot = JSON.parse(row.snapshot) as Snapshot;
  const meta: IssueMeta = {
    registerNumber: row.registerNumber,
    issuedOn: row.issuedOn,
    qr: { content: row.payload, caption: translate(snapshot.lang, 'doc.qr.caption'), sizeMm: QR_SIZE_MM },
    logo,
  };
  const model = documentType(type).layout(snapshot, meta);
  if (row.status === 'void') model.watermark = translate(snapshot.lang, 'doc.void');
  return model;
}

/** The page before issue: today's data, no number, a "draft" watermark, and the holds that apply. */
export function previewModel(db: Db, req: Omit<IssueRequest, 'overrideReason'>, now: Date) {
  checkLang(req.type, req.lang);
  const def = documentType(req.type);
  const source = sourceFor(db, req.type, req.studentId, now, req.params);
  const snapshot = def.build(source, req.lang);
  const model = def.layout(snapshot, {
    registerNumber: null,
    issuedOn: source.issuedOn,
    qr: null,
    logo: source.institution.logo,
  });
  return { model, holds: holdsFor(db, req.type, source.student, source.issuedOn) };
}
