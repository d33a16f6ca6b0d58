import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, fieldsMarkdown, withFields } from './fields-doc';

describe('docs/templates.md', () => {
  it('lists every field of every document type as the app checks them', () => {
    const page = readFileSync(DOC_PATH, 'utf8');
    expect(page, 'docs/templates.md is stale: run npx tsx src-main/features/documents/templates/fields-doc.ts').toBe(
      withFields(page),
    );
    expect(fieldsMarkdown()).toContain('| `{{fullName}}` |');
    expect(fieldsMarkdown()).toContain('| `{{%qr}}` | Signed QR code | (image) |');
  });
});
