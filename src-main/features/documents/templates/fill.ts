import type { CompiledPart, ImageSize } from './compile';
import { escapeXml, serialize, type XmlElement, type XmlNode } from './xml';

export interface TemplateImage {
  data: Buffer;
  type: 'png' | 'jpeg';
}

export interface FillData {
  /** The snapshot plus number, date and the other printed extras. */
  values: Record<string, unknown>;
  /** By slot name (`qr`, `logo`, `photo`); a missing image leaves its slot empty. */
  images: Record<string, TemplateImage | null>;
  /** A line at the top of the page (a preview's "sample", a voided document's "void"). */
  banner?: string;
}

export interface MediaSink {
  /** Adds the image to the package once per `key`; answers its relationship id. */
  add(image: TemplateImage, key: string): string;
  nextDrawingId(): number;
}

const EMU_PER_MM = 36_000;
/** Sizes of a slot written without one: the QR as on the built-in layout, a 3×4 photo, a modest logo. */
const DEFAULT_WIDTH_MM: Record<string, number> = { qr: 28, photo: 30, logo: 25 };

/** Pixel size of a PNG (IHDR) or JPEG (first SOF marker), for the aspect ratio of a slot given one side. */
export function pixelSize(image: TemplateImage): { w: number; h: number } | null {
  const b = image.data;
  if (image.type === 'png') return b.length >= 24 ? { w: b.readUInt32BE(16), h: b.readUInt32BE(20) } : null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { h: b.readUInt16BE(i + 5), w: b.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  return null;
}

function slotMm(name: string, size: ImageSize, image: TemplateImage): { w: number; h: number } {
  const px = pixelSize(image);
  const ratio = px && px.w > 0 ? px.h / px.w : 1;
  if (size.widthMm && size.heightMm) return { w: size.widthMm, h: size.heightMm };
  const w = size.widthMm ?? DEFAULT_WIDTH_MM[name] ?? 30;
  return { w, h: name === 'qr' ? w : w * ratio };
}

function drawing(rel: string, id: number, name: string, mm: { w: number; h: number }): string {
  const cx = Math.round(mm.w * EMU_PER_MM);
  const cy = Math.round(mm.h * EMU_PER_MM);
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const pic = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
  return (
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${id}" name="${name} ${id}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${a}"><a:graphicData uri="${pic}"><pic:pic xmlns:pic="${pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing>`
  );
}

/** A value as printed: lines become line breaks, tabs Word tabs; lists and groups print nothing. */
function textXml(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'object') return '';
  return String(value)
    .split(/\r?\n/)
    .map((line) =>
      line
        .split('\t')
        .map((piece) => `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`)
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
}

/** `a.b` looked up from the innermost item outwards; `.` is the current item. */
function lookup(name: string, stack: unknown[]): unknown {
  if (name === '.') return stack.at(-1);
  const [head, ...rest] = name.split('.') as [string, ...string[]];
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i];
    if (frame === null || typeof frame !== 'object' || !Object.prototype.hasOwnProperty.call(frame, head)) continue;
    let value = (frame as Record<string, unknown>)[head];
    for (const part of rest) {
      value =
        value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, part)
          ? (value as Record<string, unknown>)[part]
          : undefined;
    }
    return value;
  }
  return undefined;
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === false || v === '' || v === 0 || (Array.isArray(v) && v.length === 0);

/** The part as XML with every placeholder filled and every loop expanded. */
export function renderPart(part: CompiledPart, data: FillData, media: MediaSink): string {
  const runWith = (run: XmlElement, inner: string) => {
    const rPr = run.children.find((c) => c.kind === 'el' && c.name === 'w:rPr');
    return `${run.open}${rPr ? serialize(rPr) : ''}${inner}</w:r>`;
  };
  const render = (node: XmlNode, stack: unknown[]): string => {
    if (node.kind !== 'el') return node.raw;
    const loop = part.loops.get(node);
    if (loop) {
      const value = lookup(loop.name, stack);
      const inside = (s: unknown[]) => node.children.map((c) => render(c, s)).join('');
      if (loop.inverted) return isEmpty(value) ? inside(stack) : '';
      if (Array.isArray(value)) return value.map((item) => inside([...stack, item])).join('');
      return isEmpty(value) ? '' : inside([...stack, value]);
    }
    const tag = part.tags.get(node);
    if (tag?.kind === 'value') {
      const text = textXml(lookup(tag.name, stack));
      return text ? runWith(node, text) : '';
    }
    if (tag?.kind === 'image') {
      const image = data.images[tag.name];
      if (!image) return '';
      const rel = media.add(image, tag.name);
      return runWith(node, drawing(rel, media.nextDrawingId(), tag.name, slotMm(tag.name, tag.size, image)));
    }
    if (node.name === '#document') return node.children.map((c) => render(c, stack)).join('');
    if (node.selfClosing && node.children.length === 0) return node.open;
    const open = node.selfClosing ? node.open.replace(/\s*\/>$/, '>') : node.open;
    const inner = node.children.map((c) => render(c, stack)).join('');
    // A loop over nothing must not leave what Word refuses: a table without rows, a cell without a paragraph.
    if (node.name === 'w:tbl' && !/<w:tr[\s>]/.test(inner)) return '';
    if (node.name === 'w:tc' && !/<w:p[\s>/]/.test(inner)) return `${open}${inner}<w:p/></${node.name}>`;
    return `${open}${inner}</${node.name}>`;
  };
  return render(part.root, [data.values]);
}
