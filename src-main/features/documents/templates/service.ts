import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Locale } from '../../../../src-shared/contract/common';
import { TEMPLATE_MAX_BYTES, type DocumentTemplate } from '../../../../src-shared/contract/document-templates';
import { defaultLang, documentType, type DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { Snapshot } from '../../../../src-shared/domain/documents/document-type';
import { formatDate } from '../../../../src-shared/domain/format';
import { uuidv7 } from '../../../../src-shared/domain/uuid';
import { AppError } from '../../../../src-shared/errors';
import { translate } from '../../../../src-shared/i18n';
import type { Writer } from '../../../commands/writer';
import type { Db } from '../../../db/store';
import { readInstitution } from '../../institution/handlers';
import { studentPhotos } from '../../registry/schema';
import { users } from '../../users/schema';
import { checkLang, sourceFor } from '../issue';
import type { IssuedRow } from '../register';
import { qrPng } from '../render/qr';
import type { Problem } from './compile';
import { fillTemplate, TemplateError, validateTemplate } from './docx-package';
import { fieldsOf } from './fields';
import type { FillData, TemplateImage } from './fill';
import { documentTemplates } from './schema';
import { findTemplate, nextVersion, parseStamp, toTemplate, type TemplateRow } from './store';

/** A template's problems as one translated error: the first kind of problem leads, every kind is listed. */
export function templateAppError(e: TemplateError): AppError {
  if (e.problems === 'notDocx')
    return new AppError('VALIDATION', 'error.templates.notDocx', 'The file is not a Word .docx document');
  const byCode = new Map<string, Problem[]>();
  for (const p of e.problems) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  const issues = [...byCode].map(([code, ps]) => ({
    path: 'file',
    key: `error.templates.${code}`,
    params: { tags: ps.map((p) => p.tag).join(', ') },
  }));
  const first = issues[0]!;
  return new AppError('VALIDATION', first.key, `Template problems: ${e.message}`, {
    params: first.params,
    details: { issues },
  });
}

export async function checkTemplate(bytes: Uint8Array, type: DocumentTypeCode) {
  if (bytes.length > TEMPLATE_MAX_BYTES)
    throw new AppError('VALIDATION', 'error.templates.tooLarge', `Template of ${bytes.length} bytes`, {
      params: { max: '5 MB' },
    });
  try {
    return await validateTemplate(bytes, fieldsOf(type));
  } catch (e) {
    throw e instanceof TemplateError ? templateAppError(e) : e;
  }
}

export interface Uploader {
  userId: string | null;
}

export function insertTemplate(
  w: Writer,
  by: Uploader,
  input: { type: DocumentTypeCode; name: string; fileName: string; data: string },
  bytes: Buffer,
  report: DocumentTemplate['report'],
): DocumentTemplate {
  const user = by.userId ? w.db.select().from(users).where(eq(users.id, by.userId)).get() : undefined;
  const row = w.insert(documentTemplates, {
    id: uuidv7(Date.parse(w.now)),
    type: input.type,
    version: nextVersion(w.db, input.type),
    name: input.name,
    fileName: input.fileName,
    docx: bytes.toString('base64'),
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    status: 'draft',
    report: JSON.stringify(report),
    uploadedBy: by.userId,
    uploadedByName: user?.fullName ?? '',
    createdAt: w.now,
  });
  return toTemplate(row);
}

/** One active version per type: the one active before is retired in the same command. */
export function activateTemplate(w: Writer, id: string): DocumentTemplate {
  const row = findTemplate(w.db, id);
  if (row.status === 'active') return toTemplate(row);
  const current = w.db
    .select({ id: documentTemplates.id })
    .from(documentTemplates)
    .where(and(eq(documentTemplates.type, row.type), eq(documentTemplates.status, 'active')))
    .get();
  if (current) w.update(documentTemplates, current.id, { status: 'retired', retiredAt: w.now });
  return toTemplate(w.update(documentTemplates, id, { status: 'active', activatedAt: w.now, retiredAt: null }));
}

export function retireTemplate(w: Writer, id: string): DocumentTemplate {
  const row = findTemplate(w.db, id);
  if (row.status === 'retired') return toTemplate(row);
  return toTemplate(w.update(documentTemplates, id, { status: 'retired', retiredAt: w.now }));
}

function dataUrlImage(url: string | null | undefined): TemplateImage | null {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(url ?? '');
  return m ? { type: m[1] as 'png' | 'jpeg', data: Buffer.from(m[2]!, 'base64') } : null;
}

/** The snapshot plus what a drawing adds: number, date as printed, who issued it, the QR caption. */
function valuesOf(snapshot: Snapshot, meta: { registerNumber: string; issuedOn: string; issuedBy: string }) {
  return {
    ...snapshot,
    registerNumber: meta.registerNumber,
    issuedOn: formatDate(meta.issuedOn),
    issuedBy: meta.issuedBy,
    qrCaption: translate(snapshot.lang, 'doc.qr.caption'),
  };
}

async function fill(row: TemplateRow, data: FillData): Promise<Buffer> {
  try {
    return await fillTemplate(Buffer.from(row.docx, 'base64'), data);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    throw new AppError('CONFLICT', 'error.templates.renderFailed', `Template ${row.id} cannot be filled`, {
      params: { name: row.name, version: row.version },
    });
  }
}

/** The template filled with a student's data as of today: no number, a sample QR, "sample" across the top. */
export async function previewTemplate(
  db: Db,
  req: { id: string; studentId: string; lang?: Locale },
  userName: string,
  now: Date,
): Promise<{ fileName: string; docx: Buffer }> {
  const row = findTemplate(db, req.id);
  const type = row.type as DocumentTypeCode;
  const lang = req.lang ?? defaultLang(type, 'uz-Latn');
  checkLang(type, lang);
  const source = sourceFor(db, type, req.studentId, now);
  const snapshot = documentType(type).build(source, lang);
  const sample = translate(lang, 'doc.draft');
  const docx = await fill(row, {
    values: valuesOf(snapshot, { registerNumber: '—', issuedOn: source.issuedOn, issuedBy: userName }),
    images: {
      qr: { type: 'png', data: await qrPng(sample) },
      logo: dataUrlImage(source.institution.logo),
      photo: dataUrlImage(source.student.photo),
    },
    banner: sample,
  });
  return { fileName: `${type}_template-${row.version}_preview.docx`, docx };
}

/**
 * An issued document drawn with the template version stamped on it (null when the built-in layout printed
 * it). The values are the snapshot's; the logo and, unless the snapshot has one, the photo are today's.
 */
export async function issuedTemplateDocx(db: Db, doc: IssuedRow): Promise<Buffer | null> {
  const stamp = parseStamp(doc.templateVersion);
  if (!stamp) return null;
  const row = findTemplate(db, stamp.id);
  const snapshot = JSON.parse(doc.snapshot) as Snapshot;
  const photo =
    typeof snapshot.photo === 'string'
      ? snapshot.photo
      : db.select({ photo: studentPhotos.photo }).from(studentPhotos).where(eq(studentPhotos.id, doc.studentId)).get()
          ?.photo;
  return fill(row, {
    values: valuesOf(snapshot, {
      registerNumber: doc.registerNumber,
      issuedOn: doc.issuedOn,
      issuedBy: doc.issuedByName,
    }),
    images: {
      qr: { type: 'png', data: await qrPng(doc.payload) },
      logo: dataUrlImage(readInstitution(db).logo),
      photo: dataUrlImage(photo),
    },
    banner: doc.status === 'void' ? translate(snapshot.lang, 'doc.void') : undefined,
  });
}
