import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import JSZip from 'jszip';

/**
 * Template files for tests, made the way Word makes them: each `TextRun` is a `<w:r>` of its own, so
 * `p('{{full', { text: 'Name}}', bold: true })` is a placeholder split across two runs, as Word splits one
 * after an edit or a spell check.
 */

type RunSpec = string | { text: string; bold?: boolean; italics?: boolean };

export const p = (...runs: RunSpec[]) =>
  new Paragraph({ children: runs.map((r) => new TextRun(typeof r === 'string' ? { text: r } : r)) });

export const row = (...cells: RunSpec[][]) =>
  new TableRow({
    children: cells.map((c) => new TableCell({ width: { size: 3000, type: WidthType.DXA }, children: [p(...c)] })),
  });

export const table = (...rows: TableRow[]) => new Table({ rows });

export async function buildDocx(body: (Paragraph | Table)[], header: Paragraph[] = []): Promise<Buffer> {
  const doc = new Document({
    sections: [{ headers: header.length ? { default: new Header({ children: header }) } : undefined, children: body }],
  });
  return Packer.toBuffer(doc);
}

export async function partXml(docx: Uint8Array, path = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the package`);
  return file.async('string');
}

/** The visible text of a part: `<w:t>` contents joined, paragraphs on lines of their own. */
export function visibleText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_m, t: string | undefined) => t ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
