import { DOCUMENT_TYPE_CODES } from '../../../src-shared/domain/documents/catalog';
import { registerFormatProblem } from '../../../src-shared/domain/documents/register-number';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { formatDate } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { HandlersOf } from '../../backend/context';
import { writeXlsx } from '../exports/xlsx';
import { readInstitution } from '../institution/handlers';
import { renderDocxSync } from './render/docx-fast';
import { renderHtml } from './render/html';
import { renderPdf } from './render/pdf';
import { holdSettings, saveHoldSettings } from './holds';
import { issueDocument, issuedModel, previewModel, voidDocument } from './issue';
import { findIssued, formatMetaKey, listIssued, registerBook, registerFormatOf, toIssued } from './register';
import { documentJournals } from './schema';
import { publicKeys } from './signing';
import { verificationPage } from './verify-page';
import { verifyPayload } from './verify';
import { issuedTemplateDocx } from './templates/service';

type Channels =
  | 'documents.preview'
  | 'documents.issue'
  | 'documents.get'
  | 'documents.render'
  | 'documents.list'
  | 'documents.void'
  | 'documents.verify'
  | 'documents.keys'
  | 'documents.verificationPage'
  | 'documents.registerFormats'
  | 'documents.setRegisterFormat'
  | 'documents.holdRules'
  | 'documents.setHoldRules'
  | 'documents.exportRegister';

/** A file name safe on every OS: `enrolment_15-2026.docx`. */
const fileNameOf = (type: string, number: string, ext: string) =>
  `${type}_${number.replace(/[^\p{L}\p{N}-]+/gu, '-')}.${ext}`;

export const documentsHandlers: HandlersOf<Channels> = {
  'documents.preview': (input, ctx) => {
    const { model, holds } = previewModel(ctx.store.db, input, ctx.clock.now());
    return { html: renderHtml(model), holds, lang: input.lang };
  },

  'documents.issue': (input, ctx) =>
    ctx.command((w) =>
      issueDocument(
        w,
        ctx.secretStore,
        { userId: ctx.session?.userId ?? null, role: ctx.session?.role ?? null },
        input,
      ),
    ),

  'documents.get': (input, ctx) => toIssued(findIssued(ctx.store.db, input.id)),

  'documents.render': async (input, ctx) => {
    const row = findIssued(ctx.store.db, input.id);
    const model = issuedModel(ctx.store.db, row);
    if (input.format === 'html')
      return {
        fileName: fileNameOf(row.type, row.registerNumber, 'html'),
        mimeType: 'text/html',
        data: renderHtml(model),
      };
    if (input.format === 'pdf') {
      const pdf = await renderPdf(model);
      return {
        fileName: fileNameOf(row.type, row.registerNumber, 'pdf'),
        mimeType: 'application/pdf',
        data: pdf.toString('base64'),
      };
    }
    // [templates] Issued with an office template: filled from that template version (templates/service.ts).
    const docx = (await issuedTemplateDocx(ctx.store.db, row)) ?? renderDocxSync(model);
    return {
      fileName: fileNameOf(row.type, row.registerNumber, 'docx'),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: docx.toString('base64'),
    };
  },

  'documents.list': (input, ctx) => listIssued(ctx.store.db, input),

  'documents.void': (input, ctx) =>
    ctx.command((w) => voidDocument(w, ctx.session?.userId ?? null, input.id, input.reason)),

  'documents.verify': (input, ctx) => verifyPayload(ctx.store.db, input.payload),

  'documents.keys': (_input, ctx) => ({ keys: publicKeys(ctx.store.db) }),

  'documents.verificationPage': (_input, ctx) => {
    const inst = readInstitution(ctx.store.db);
    const html = verificationPage({
      institution: inst.nameUzLatn || inst.shortName,
      contact: [inst.address, inst.phone, inst.email].filter(Boolean).join(' · '),
      keys: publicKeys(ctx.store.db),
    });
    return { fileName: 'verify.html', mimeType: 'text/html', data: html };
  },

  'documents.registerFormats': (_input, ctx) => {
    const journals = ctx.store.db.select().from(documentJournals).all();
    const year = Number(tashkentMoment(ctx.clock.now()).date.slice(0, 4));
    return {
      formats: DOCUMENT_TYPE_CODES.map((type) => ({
        type,
        format: registerFormatOf(ctx.store.db, type),
        lastSeq: journals.find((j) => j.type === type && j.year === year)?.lastSeq ?? 0,
      })),
    };
  },

  'documents.setRegisterFormat': (input, ctx) => {
    const problem = registerFormatProblem(input.format);
    if (problem)
      throw new AppError('VALIDATION', 'error.validation', `Bad register format: ${problem}`, {
        details: { issues: [{ path: 'format', key: `documents.format.${problem}` }] },
      });
    ctx.command((w) => w.setMeta(formatMetaKey(input.type), input.format.trim()));
    return { ok: true };
  },

  'documents.holdRules': (_input, ctx) => ({
    rules: Object.entries(holdSettings(ctx.store.db)).map(([id, types]) => ({ id, types })),
  }),

  'documents.setHoldRules': (input, ctx) => {
    ctx.command((w) => saveHoldSettings(w, input.rules));
    return { ok: true };
  },

  'documents.exportRegister': async (input, ctx) => {
    const locale = 'uz-Latn';
    const t = (k: string) => translate(locale, k);
    const rows = registerBook(ctx.store.db, input.year, input.type);
    const data = await writeXlsx([
      {
        name: `${t('documents.register.title')} ${input.year}`,
        columns: [
          { key: 'type', header: t('documents.col.type'), width: 34 },
          { key: 'registerNumber', header: t('documents.col.number'), width: 16 },
          { key: 'issuedOn', header: t('documents.col.issuedOn'), width: 12 },
          { key: 'holderName', header: t('documents.col.holder'), width: 36 },
          { key: 'studentIdNumber', header: t('documents.col.studentId'), width: 16 },
          { key: 'lang', header: t('documents.col.lang'), width: 8 },
          { key: 'issuedByName', header: t('documents.col.issuedBy'), width: 24 },
          { key: 'status', header: t('documents.col.status'), width: 14 },
          { key: 'voidReason', header: t('documents.col.voidReason'), width: 30 },
          { key: 'overrideReason', header: t('documents.col.override'), width: 30 },
        ],
        rows: rows.map((r) => {
          const d = toIssued(r);
          return {
            ...d,
            type: t(`documents.type.${d.type}`),
            issuedOn: formatDate(d.issuedOn),
            status: t(`documents.status.${d.status}`),
          };
        }),
      },
    ]);
    return {
      fileName: `register_${input.type ?? 'all'}_${input.year}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      data: data.toString('base64'),
    };
  },
};
