import { Document, Packer } from 'docx';
import type { Media } from './wordml';
import { FONT, FOOTER_REL } from './wordml';
import { packEntry, type PackedEntry, type ZipEntry } from './zip';

/**
 * The parts of a .docx around its body — styles (Times New Roman by default), settings, fonts, theme,
 * numbering, notes, properties — made by the `docx` package once per body size and reused for every
 * document: a batch only writes bodies. The body's own relationships (images) and the title are added per
 * document.
 */

type Compiled = Map<string, string | Uint8Array>;
const compiler = (
  Packer as unknown as { compiler: { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Compiled } }
).compiler;

const TITLE = 'REGISTRATOR-TITLE-PLACEHOLDER';
const shells = new Map<number, Compiled>();
/** The parts no document changes, deflated once per shell. */
const packed = new Map<string, PackedEntry>();

function shell(halfPoints: number): Compiled {
  let parts = shells.get(halfPoints);
  if (!parts) {
    parts = compiler.compile(
      new Document({
        title: TITLE,
        creator: 'Registrator',
        styles: { default: { document: { run: { font: FONT, size: halfPoints } } } },
        sections: [{ children: [] }],
      }),
      undefined,
      [],
    );
    shells.set(halfPoints, parts);
  }
  return parts;
}

const xmlEscape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Every part of the package in zip order (`[Content_Types].xml` first), with this document's body. */
export function packageParts(opts: {
  halfPoints: number;
  title: string;
  documentXml: string;
  media: Media;
  now: string;
  footerXml?: string;
}) {
  const parts = shell(opts.halfPoints);
  const out: (ZipEntry | PackedEntry)[] = [];
  const types = parts.get('[Content_Types].xml') as string;
  out.push({
    path: '[Content_Types].xml',
    data: opts.footerXml
      ? types.replace(
          '</Types>',
          '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/footer1.xml"/></Types>',
        )
      : types,
  });
  for (const [path, data] of parts) {
    if (path === '[Content_Types].xml') continue;
    if (path === 'word/document.xml') {
      out.push({ path, data: opts.documentXml });
    } else if (path === 'word/_rels/document.xml.rels') {
      const images = opts.media.images
        .map(
          (i) =>
            `<Relationship Id="${i.rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${i.path}"/>`,
        )
        .join('');
      const footer = opts.footerXml
        ? `<Relationship Id="${FOOTER_REL}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`
        : '';
      out.push({ path, data: (data as string).replace('</Relationships>', `${images}${footer}</Relationships>`) });
    } else if (path === 'docProps/core.xml') {
      out.push({
        path,
        data: (data as string)
          .replace(TITLE, xmlEscape(opts.title))
          .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${opts.now}`),
      });
    } else {
      const key = `${opts.halfPoints}|${path}`;
      let entry = packed.get(key);
      if (!entry) packed.set(key, (entry = packEntry(path, data)));
      out.push(entry);
    }
  }
  if (opts.footerXml) out.push({ path: 'word/footer1.xml', data: opts.footerXml });
  for (const image of opts.media.images) out.push({ path: `word/${image.path}`, data: image.data, store: true });
  return out;
}
