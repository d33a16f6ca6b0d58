import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TYPE_CODES, documentType } from '../../../../src-shared/domain/documents/catalog';
import { translate } from '../../../../src-shared/i18n';
import { fieldList } from './fields';

/**
 * The field list of docs/templates.md, written from the same lists the app checks templates against.
 * Run `npx tsx src-main/features/documents/templates/fields-doc.ts` after adding a type or a snapshot key;
 * fields-doc.test.ts fails while the page is stale.
 */

export const BEGIN = '<!-- fields:begin -->';
export const END = '<!-- fields:end -->';
export const DOC_PATH = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../docs/templates.md');

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function fieldsMarkdown(): string {
  const out: string[] = [];
  for (const type of DOCUMENT_TYPE_CODES) {
    const langs = documentType(type).langs.join(', ');
    out.push(`### ${translate('en', `documents.type.${type}`)} — \`${type}\` (${langs})`, '');
    out.push('| Type in Word | Meaning | Example |', '|---|---|---|');
    for (const f of fieldList(type)) {
      const meaning = f.labelKey ? translate('en', f.labelKey) : f.kind === 'list' ? 'A list (loop)' : '';
      const inside = f.list ? ` (inside \`{{#${f.list}}}\`)` : '';
      const tag = f.list ? `↳ \`${f.tag}\`` : `\`${f.tag}\``;
      const example = f.kind === 'image' ? '(image)' : f.kind === 'list' ? '' : f.example;
      out.push(`| ${tag} | ${cell(meaning + inside)} | ${cell(example)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The page with its generated block replaced by the current one. */
export function withFields(page: string): string {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC_PATH} lacks the ${BEGIN} … ${END} markers`);
  return `${page.slice(0, start + BEGIN.length)}\n\n${fieldsMarkdown()}\n${page.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DOC_PATH, withFields(readFileSync(DOC_PATH, 'utf8')));
  console.log(`field list written to ${DOC_PATH}`);
}
