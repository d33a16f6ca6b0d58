import JSZip from 'jszip';
import { checkParts, unknownAnywhere, type FieldSpec, type UsedFields } from './check';
import { compilePart, type CompiledPart, type Problem } from './compile';
import { renderPart, type FillData, type MediaSink } from './fill';
import { escapeXml, findAll, parseFragment, parseXml, setChildren, XmlError } from './xml';

/** The parts of a .docx that hold text an office would put placeholders in. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const NS = {
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
};

/** No folder entries: Word's own packages have none, and some readers stumble over them. */
const FLAT = { createFolders: false } as const;

/** Why a file cannot be a template: not a .docx at all, or placeholders that do not work. */
export class TemplateError extends Error {
  constructor(readonly problems: Problem[] | 'notDocx') {
    super(problems === 'notDocx' ? 'not a .docx' : problems.map((p) => `${p.code} ${p.tag}`).join('; '));
  }
}

export interface OpenedTemplate {
  zip: JSZip;
  parts: CompiledPart[];
}

/** Opens and compiles a template: its parts and the problems of its placeholders and loops. */
async function compileTemplate(bytes: Uint8Array): Promise<OpenedTemplate & { problems: Problem[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new TemplateError('notDocx');
  }
  if (!zip.file('word/document.xml') || !zip.file('[Content_Types].xml')) throw new TemplateError('notDocx');
  const problems: Problem[] = [];
  const parts: CompiledPart[] = [];
  const paths = Object.keys(zip.files)
    .filter((p) => TEXT_PART.test(p))
    .sort((a, b) => Number(b === 'word/document.xml') - Number(a === 'word/document.xml') || a.localeCompare(b));
  for (const path of paths) {
    try {
      const root = parseXml(await zip.file(path)!.async('string'));
      parts.push(compilePart(path, root, problems));
    } catch (e) {
      if (e instanceof XmlError) throw new TemplateError('notDocx');
      throw e;
    }
  }
  return { zip, parts, problems };
}

/** Opens and compiles a template; throws TemplateError with every problem found. */
export async function openTemplate(bytes: Uint8Array): Promise<OpenedTemplate> {
  const { zip, parts, problems } = await compileTemplate(bytes);
  if (problems.length > 0) throw new TemplateError(dedupe(problems));
  return { zip, parts };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.tag}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Opens a template and checks every placeholder against the fields of its type. */
export async function validateTemplate(bytes: Uint8Array, fields: FieldSpec[]): Promise<UsedFields> {
  const t = await compileTemplate(bytes);
  // With broken loops the scopes are unknown; names unknown at every depth are still reported, so one
  // round of corrections is enough.
  if (t.problems.length > 0) throw new TemplateError(dedupe([...t.problems, ...unknownAnywhere(t.parts, fields)]));
  const problems: Problem[] = [];
  const used = checkParts(t.parts, fields, problems);
  if (problems.length > 0) throw new TemplateError(dedupe(problems));
  return used;
}

const relsPathOf = (part: string) => part.replace(/^word\//, 'word/_rels/') + '.rels';

/** Declares `r:` and `wp:` on the part's root when Word left them out (the drawings use both). */
function declareNamespaces(part: CompiledPart): void {
  const root = part.root.children.find((c) => c.kind === 'el');
  if (!root || root.kind !== 'el') return;
  for (const [prefix, uri] of Object.entries(NS)) {
    if (!root.open.includes(`xmlns:${prefix}=`))
      root.open = root.open.replace(/\s*(\/?)>$/, ` xmlns:${prefix}="${uri}"$1>`);
  }
}

/** A red line at the top of the body: "NAMUNA" on a preview, "BEKOR QILINGAN" on a voided document. */
function addBanner(part: CompiledPart, text: string): void {
  const body = findAll(part.root, 'w:body')[0];
  if (!body) return;
  const [p] = parseFragment(
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="32"/></w:rPr>` +
      `<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
  );
  setChildren(body, [p!, ...body.children]);
}

/** Fills a template with one document's values and images; the result is a complete .docx. */
export async function fillTemplate(bytes: Uint8Array, data: FillData): Promise<Buffer> {
  const { zip, parts } = await openTemplate(bytes);
  let imageNo = 0;
  let drawingNo = 9000;
  const extensions = new Set<string>();
  for (const part of parts) {
    const rels: string[] = [];
    const byContent = new Map<string, string>();
    const sink: MediaSink = {
      add(image, key) {
        const known = byContent.get(key);
        if (known) return known;
        imageNo += 1;
        const ext = image.type === 'png' ? 'png' : 'jpeg';
        extensions.add(ext);
        const id = `rIdTpl${imageNo}`;
        zip.file(`word/media/template-image-${imageNo}.${ext}`, image.data, FLAT);
        rels.push(`<Relationship Id="${id}" Type="${REL_IMAGE}" Target="media/template-image-${imageNo}.${ext}"/>`);
        byContent.set(key, id);
        return id;
      },
      nextDrawingId: () => ++drawingNo,
    };
    if (part.path === 'word/document.xml' && data.banner) addBanner(part, data.banner);
    declareNamespaces(part);
    zip.file(part.path, renderPart(part, data, sink), FLAT);
    if (rels.length > 0) {
      const relsPath = relsPathOf(part.path);
      const existing = await zip.file(relsPath)?.async('string');
      const base =
        existing ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
      // An empty list may be written `<Relationships …/>`.
      const added = base
        .replace(/<Relationships([^>]*?)\s*\/>/, '<Relationships$1></Relationships>')
        .replace(/<\/Relationships>\s*$/, `${rels.join('')}</Relationships>`);
      zip.file(relsPath, added, FLAT);
    }
  }
  if (extensions.size > 0) {
    let types = await zip.file('[Content_Types].xml')!.async('string');
    for (const ext of extensions) {
      if (new RegExp(`Extension="${ext}"`, 'i').test(types)) continue;
      types = types.replace(
        /<Types([^>]*)>/,
        `<Types$1><Default Extension="${ext}" ContentType="image/${ext === 'png' ? 'png' : 'jpeg'}"/>`,
      );
    }
    zip.file('[Content_Types].xml', types, FLAT);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
