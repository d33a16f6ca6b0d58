import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { RequestTypeView } from '../../../src-shared/contract/requests';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import { DOCUMENT_TYPE_CODES } from '../../../src-shared/domain/documents/catalog';
import {
  BUILT_IN_REQUEST_TYPES,
  type RequiredAttachment,
  type TypeNames,
} from '../../../src-shared/domain/request-types';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { checkAssignee, newId, userName, validationError } from './common';
import { requestTypes } from './schema';

interface TypeRow {
  id: string;
  code: string;
  names: string;
  deadlineDays: number;
  requiredAttachments: string;
  documentType: string | null;
  defaultAssigneeId: string | null;
  active: number;
  sortOrder: number;
}

const TYPE_COLUMNS = `id, code, names, deadline_days as deadlineDays, required_attachments as requiredAttachments,
  document_type as documentType, default_assignee_id as defaultAssigneeId, active, sort_order as sortOrder`;

const BUILT_IN_CODES = new Set(BUILT_IN_REQUEST_TYPES.map((t) => t.code));

function viewOf(db: Sqlite, row: TypeRow): RequestTypeView {
  return {
    id: row.id,
    code: row.code,
    names: JSON.parse(row.names) as TypeNames,
    deadlineDays: row.deadlineDays,
    requiredAttachments: JSON.parse(row.requiredAttachments) as RequiredAttachment[],
    documentType: row.documentType,
    defaultAssigneeId: row.defaultAssigneeId,
    defaultAssigneeName: row.defaultAssigneeId ? userName(db, row.defaultAssigneeId) : null,
    active: !!row.active,
    sortOrder: row.sortOrder,
    builtIn: BUILT_IN_CODES.has(row.code),
  };
}

export function findType(db: Sqlite, id: string): RequestTypeView | undefined {
  const row = db.prepare(`select ${TYPE_COLUMNS} from request_types where id = ?`).get(id) as TypeRow | undefined;
  return row ? viewOf(db, row) : undefined;
}

export function listTypes(db: Sqlite, all: boolean): RequestTypeView[] {
  const rows = db
    .prepare(`select ${TYPE_COLUMNS} from request_types ${all ? '' : 'where active = 1'} order by sort_order, code, id`)
    .all() as TypeRow[];
  return rows.map((r) => viewOf(db, r));
}

const cleanNames = (names: TypeNames): TypeNames => ({
  'uz-Latn': cleanText(names['uz-Latn']),
  'uz-Cyrl': cleanText(names['uz-Cyrl']),
  ru: cleanText(names.ru),
  en: cleanText(names.en),
});

export function saveType(w: Writer, input: ChannelParsedInput<'requests.saveType'>): string {
  const ids = input.requiredAttachments.map((a) => a.id);
  const issues = input.requiredAttachments
    .map((a, i) =>
      ids.indexOf(a.id) !== i
        ? { path: `requiredAttachments.${i}.id`, key: 'requests.error.duplicateAttachment' }
        : null,
    )
    .filter((x) => x !== null);
  if (input.documentType && !(DOCUMENT_TYPE_CODES as readonly string[]).includes(input.documentType))
    issues.push({ path: 'documentType', key: 'requests.error.documentType' });
  if (issues.length > 0) throw validationError(issues, 'The request type has errors');
  checkAssignee(w.sqlite, input.defaultAssigneeId, 'defaultAssigneeId');
  const values = {
    names: JSON.stringify(cleanNames(input.names)),
    deadlineDays: input.deadlineDays,
    requiredAttachments: JSON.stringify(
      input.requiredAttachments.map((a) => ({ id: a.id, names: cleanNames(a.names) })),
    ),
    documentType: input.documentType || null,
    defaultAssigneeId: input.defaultAssigneeId,
    active: input.active,
    sortOrder: input.sortOrder,
    updatedAt: w.now,
  };
  if (input.id) {
    if (!w.get(requestTypes, input.id)) throw new AppError('NOT_FOUND', 'error.notFound', 'Request type not found');
    w.update(requestTypes, input.id, values);
    return input.id;
  }
  const id = newId(w);
  // The office's own types get a code nobody types: it only has to be unique and stable.
  w.insert(requestTypes, { id, code: `custom-${id.slice(-12)}`, ...values });
  return id;
}

/** Inserts the built-in types whose code is missing, after the office's own in the sort order. */
export function restoreBuiltInTypes(w: Writer): number {
  const have = new Set(
    (w.sqlite.prepare('select code from request_types').all() as { code: string }[]).map((r) => r.code),
  );
  let added = 0;
  BUILT_IN_REQUEST_TYPES.forEach((t, i) => {
    if (have.has(t.code)) return;
    w.insert(requestTypes, {
      id: newId(w),
      code: t.code,
      names: JSON.stringify(t.names),
      deadlineDays: t.deadlineDays,
      requiredAttachments: JSON.stringify(t.requiredAttachments),
      documentType: t.documentType,
      defaultAssigneeId: null,
      active: true,
      sortOrder: (i + 1) * 10,
      updatedAt: w.now,
    });
    added++;
  });
  return added;
}
