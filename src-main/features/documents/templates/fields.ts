import type { TemplateField } from '../../../../src-shared/contract/document-templates';
import { documentType, type DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import { isKnownKey, translate } from '../../../../src-shared/i18n';
import type { FieldSpec } from './check';
import { SPECIMEN_EXTRAS, specimenSource } from './specimen';

/**
 * The fields a template of a type may name: every key of the snapshot its builder makes (read off a
 * specimen, so a new type or a new snapshot key is documented without anyone writing a list), plus what
 * an issue adds — number, date, who issued, the QR code, the logo and the photo.
 */

/** Not in the snapshot: added when the document is drawn (issued or previewed). */
export const META_FIELDS: readonly FieldSpec[] = [
  { name: 'registerNumber', kind: 'text', example: '15/2026' },
  { name: 'issuedOn', kind: 'text', example: '28.11.2026' },
  { name: 'issuedBy', kind: 'text', example: 'D. Karimova' },
  { name: 'qrCaption', kind: 'text', example: translate('uz-Latn', 'doc.qr.caption') },
  { name: 'qr', kind: 'image' },
  { name: 'logo', kind: 'image' },
  { name: 'photo', kind: 'image' },
];
const META_NAMES = new Set(META_FIELDS.map((f) => f.name));

function specOf(name: string, value: unknown): FieldSpec {
  if (Array.isArray(value)) {
    const objects = value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object');
    if (objects.length === 0) return { name, kind: 'list', fields: [], itemText: true, example: value.join(', ') };
    return { name, kind: 'list', fields: merge(objects.map(specsOf)) };
  }
  if (value !== null && typeof value === 'object') return { name, kind: 'object', fields: specsOf(value) };
  return { name, kind: 'text', example: value === null || value === undefined ? '' : String(value) };
}

const specsOf = (o: object) => Object.entries(o).map(([k, v]) => specOf(k, v));

/** The union of several spec lists (the languages of a type, the items of a table): the first example wins. */
function merge(lists: FieldSpec[][]): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const list of lists) {
    for (const spec of list) {
      const known = out.find((s) => s.name === spec.name);
      if (!known) out.push({ ...spec, fields: spec.fields ? [...spec.fields] : undefined });
      else if (known.fields && spec.fields) known.fields = merge([known.fields, spec.fields]);
    }
  }
  return out;
}

const cache = new Map<DocumentTypeCode, FieldSpec[]>();

export function fieldsOf(type: DocumentTypeCode): FieldSpec[] {
  const cached = cache.get(type);
  if (cached) return cached;
  const def = documentType(type);
  const source = { ...specimenSource(), extra: SPECIMEN_EXTRAS[type] };
  const lists: FieldSpec[][] = [];
  for (const lang of def.langs) {
    try {
      lists.push(specsOf(def.build(source, lang)).filter((s) => !META_NAMES.has(s.name)));
    } catch {
      // A builder that needs `extra` and has no specimen for it: its common fields still come from the others.
    }
  }
  const common: FieldSpec[] = [
    { name: 'holderName', kind: 'text', example: source.student.fullName['uz-Latn'] },
    { name: 'studentIdNumber', kind: 'text', example: source.student.studentIdNumber },
    { name: 'lang', kind: 'text', example: def.langs[0] },
  ];
  // The type's own fields first; the three every snapshot has come after them.
  const all = merge([...lists, common]);
  const isCommon = (s: FieldSpec) => common.some((c) => c.name === s.name);
  const fields = [...all.filter((s) => !isCommon(s)), ...all.filter(isCommon), ...META_FIELDS];
  cache.set(type, fields);
  return fields;
}

/** The message key that explains a field, if there is one (`templates.field.*`, else the printed label). */
export function labelKeyOf(path: string): string | null {
  for (const key of [`templates.field.${path}`, `doc.field.${path.split('.').at(-1)}`]) if (isKnownKey(key)) return key;
  return null;
}

/** The field list as the office reads it: one row per placeholder to copy, item fields under their list. */
export function fieldList(type: DocumentTypeCode): TemplateField[] {
  const out: TemplateField[] = [];
  const walk = (specs: FieldSpec[], prefix: string, list: string | null) => {
    for (const s of specs) {
      const path = prefix + s.name;
      const base = { path, kind: s.kind, labelKey: labelKeyOf(path), example: s.example ?? '', list };
      if (s.kind === 'image') out.push({ ...base, tag: `{{%${path}}}` });
      else if (s.kind === 'text') out.push({ ...base, tag: `{{${path}}}` });
      else if (s.kind === 'object') walk(s.fields ?? [], `${path}.`, list);
      else {
        out.push({ ...base, tag: `{{#${path}}} … {{/${path}}}` });
        if (s.itemText) out.push({ ...base, path: '.', kind: 'text', labelKey: null, tag: '{{.}}', list: path });
        walk(s.fields ?? [], '', path);
      }
    }
  };
  walk(fieldsOf(type), '', null);
  return out;
}
