/**
 * A small XML tree for WordprocessingML parts: enough to move text between runs, split runs and repeat
 * rows, and to write everything it did not touch back byte for byte (start tags are kept as written).
 * Not a general XML parser: no DTDs, and entities stay as written in text (values are escaped on the way in).
 */

export interface XmlElement {
  kind: 'el';
  name: string;
  /** The start tag as written (`<w:t xml:space="preserve">`), or `''` for synthetic nodes. */
  open: string;
  selfClosing: boolean;
  children: XmlNode[];
  parent: XmlElement | null;
}

export interface XmlText {
  kind: 'text';
  /** Escaped, as it stands in the file. */
  raw: string;
}

/** Declarations, comments, processing instructions, CDATA: copied through. */
export interface XmlRaw {
  kind: 'raw';
  raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlRaw;

export class XmlError extends Error {}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<\/?[A-Za-z_](?:[^<>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

const nameOf = (tag: string) => /^<\/?([^\s/>]+)/.exec(tag)![1]!;

export function element(name: string, open: string, children: XmlNode[] = []): XmlElement {
  const el: XmlElement = { kind: 'el', name, open, selfClosing: false, children: [], parent: null };
  setChildren(el, children);
  return el;
}

export function parseXml(xml: string): XmlElement {
  const root = element('#document', '');
  let current = root;
  for (const m of xml.matchAll(TOKEN)) {
    const token = m[0];
    if (token === '<') throw new XmlError(`stray < at ${m.index}`);
    if (token[0] !== '<') {
      current.children.push({ kind: 'text', raw: token });
    } else if (token[1] === '!' || token[1] === '?') {
      current.children.push({ kind: 'raw', raw: token });
    } else if (token[1] === '/') {
      const name = nameOf(token);
      if (current.name !== name) throw new XmlError(`</${name}> closes <${current.name}>`);
      current = current.parent!;
    } else {
      const el: XmlElement = {
        kind: 'el',
        name: nameOf(token),
        open: token,
        selfClosing: token.endsWith('/>'),
        children: [],
        parent: current,
      };
      current.children.push(el);
      if (!el.selfClosing) current = el;
    }
  }
  if (current !== root) throw new XmlError(`<${current.name}> is never closed`);
  return root;
}

/** Parses a fragment (`<w:r>…</w:r>`) into its top-level nodes. */
export function parseFragment(xml: string): XmlNode[] {
  const nodes = parseXml(xml).children;
  for (const n of nodes) if (n.kind === 'el') n.parent = null;
  return nodes;
}

export function serialize(node: XmlNode): string {
  if (node.kind !== 'el') return node.raw;
  if (node.name === '#document') return node.children.map(serialize).join('');
  if (node.selfClosing && node.children.length === 0) return node.open;
  const open = node.selfClosing ? node.open.replace(/\s*\/>$/, '>') : node.open;
  return `${open}${node.children.map(serialize).join('')}</${node.name}>`;
}

export function setChildren(parent: XmlElement, children: XmlNode[]): void {
  parent.children = children;
  for (const c of children) if (c.kind === 'el') c.parent = parent;
}

/** Replaces `old` (a child of its parent) by `replacement` nodes. */
export function replaceNode(old: XmlElement, replacement: XmlNode[]): void {
  const parent = old.parent!;
  const i = parent.children.indexOf(old);
  setChildren(parent, [...parent.children.slice(0, i), ...replacement, ...parent.children.slice(i + 1)]);
  old.parent = null;
}

export function remove(node: XmlElement): void {
  replaceNode(node, []);
}

export function clone<T extends XmlNode>(node: T): T {
  if (node.kind !== 'el') return { ...node };
  const copy = element(node.name, node.open, node.children.map(clone));
  copy.selfClosing = node.selfClosing;
  return copy as T;
}

/** Descendants named `name` in document order; `stopAt` names elements whose insides are not searched. */
export function findAll(root: XmlElement, name: string, stopAt: readonly string[] = []): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (c.kind !== 'el') continue;
      if (c.name === name) out.push(c);
      if (!stopAt.includes(c.name)) walk(c);
    }
  };
  walk(root);
  return out;
}

export function closest(node: XmlElement, name: string): XmlElement | null {
  for (let p = node.parent; p; p = p.parent) if (p.name === name) return p;
  return null;
}

/** The text inside an element (entities left as written). */
export const rawText = (el: XmlElement): string =>
  el.children.map((c) => (c.kind === 'text' ? c.raw : c.kind === 'el' ? rawText(c) : '')).join('');

export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 forbids (a control character pasted from elsewhere would make Word refuse the file).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

export function unescapeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
