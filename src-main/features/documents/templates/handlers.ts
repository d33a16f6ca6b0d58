import { eq } from 'drizzle-orm';
import {
  DOCUMENT_TYPE_CODES,
  documentType,
  type DocumentTypeCode,
} from '../../../../src-shared/domain/documents/catalog';
import type { HandlersOf } from '../../../backend/context';
import { users } from '../../users/schema';
import { fieldList } from './fields';
import { activateTemplate, checkTemplate, insertTemplate, previewTemplate, retireTemplate } from './service';
import { findTemplate, listTemplates } from './store';

type Channels =
  | 'templates.list'
  | 'templates.upload'
  | 'templates.preview'
  | 'templates.activate'
  | 'templates.retire'
  | 'templates.download'
  | 'templates.fields';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Handlers of the office-owned templates' channels (`src-shared/contract/document-templates.ts`). */
export const documentTemplateHandlers: HandlersOf<Channels> = {
  'templates.list': (input, ctx) => ({ items: listTemplates(ctx.store.db, input.type) }),

  // The file is opened and checked before the command: a refused file writes nothing.
  'templates.upload': async (input, ctx) => {
    const bytes = Buffer.from(input.data, 'base64');
    const report = await checkTemplate(bytes, input.type);
    return ctx.command((w) => insertTemplate(w, { userId: ctx.session?.userId ?? null }, input, bytes, report));
  },

  'templates.preview': async (input, ctx) => {
    const userId = ctx.session?.userId;
    const user = userId ? ctx.store.db.select().from(users).where(eq(users.id, userId)).get() : undefined;
    const { fileName, docx } = await previewTemplate(ctx.store.db, input, user?.fullName ?? '', ctx.clock.now());
    return { fileName, mimeType: DOCX, data: docx.toString('base64') };
  },

  // Checked again: the fields of a type may have changed since the upload (a new app version).
  'templates.activate': async (input, ctx) => {
    const row = findTemplate(ctx.store.db, input.id);
    await checkTemplate(Buffer.from(row.docx, 'base64'), row.type as DocumentTypeCode);
    return ctx.command((w) => activateTemplate(w, input.id));
  },

  'templates.retire': (input, ctx) => ctx.command((w) => retireTemplate(w, input.id)),

  'templates.download': (input, ctx) => {
    const row = findTemplate(ctx.store.db, input.id);
    return { fileName: row.fileName, mimeType: DOCX, data: row.docx };
  },

  'templates.fields': () => ({
    types: DOCUMENT_TYPE_CODES.map((type) => ({
      type,
      langs: [...documentType(type).langs],
      fields: fieldList(type),
    })),
  }),
};
