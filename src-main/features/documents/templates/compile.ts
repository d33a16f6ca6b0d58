import {
  clone,
  closest,
  element,
  findAll,
  rawText,
  remove,
  replaceNode,
  setChildren,
  unescapeXml,
  type XmlElement,
  type XmlNode,
} from './xml';

/**
 * The template language inside one WordprocessingML part: `{{name}}`, `{{a.b}}`, `{{.}}`, sections and
 * loops `{{#rows}}…{{/rows}}` / `{{^rows}}…{{/rows}}`, image slots `{{%qr:30mm}}`.
 *
 * Word splits typed text into several runs (spell check, a changed font, an edit in the middle), so a
 * placeholder can arrive as `{{full` + `Name}}` in two `<w:r>`s. Compiling first gathers each paragraph's
 * text, moves every placeholder whole into the text node where it starts (keeping that run's formatting),
 * then gives each placeholder a run of its own; loops become `#loop` nodes around what they repeat.
 */

export interface ImageSize {
  widthMm?: number;
  heightMm?: number;
}

export type Tag =
  | { kind: 'value'; raw: string; name: string }
  | { kind: 'image'; raw: string; name: string; size: ImageSize }
  | { kind: 'open' | 'inverted' | 'close'; raw: string; name: string };

export interface Loop {
  name: string;
  inverted: boolean;
  /** The opening tag as written, for messages. */
  raw: string;
}

export type ProblemCode =
  'badTag' | 'unclosed' | 'unbalanced' | 'loopLevel' | 'tagAlone' | 'unknownField' | 'notText' | 'notList' | 'notImage';

export interface Problem {
  code: ProblemCode;
  /** The placeholder (or the text around an unclosed one) as the office typed it. */
  tag: string;
}

/** A compiled part: its tree with tag runs and loop nodes marked. */
export interface CompiledPart {
  path: string;
  root: XmlElement;
  tags: Map<XmlElement, Tag>;
  loops: Map<XmlElement, Loop>;
}

const NAME = /^(?:\.|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)$/;
const IMAGE = /^%\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s*:\s*(\d+(?:[.,]\d+)?)(?:\s*[x×х]\s*(\d+(?:[.,]\d+)?))?\s*(mm|cm)?)?$/;
const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;

export function parseTag(raw: string): Tag | null {
  const inner = unescapeXml(raw.slice(2, -2)).trim();
  const sigil = inner[0];
  if (sigil === '%') {
    const m = IMAGE.exec(inner);
    if (!m) return null;
    const unit = m[4] === 'cm' ? 10 : 1;
    const num = (s: string | undefined) => (s ? Number(s.replace(',', '.')) * unit : undefined);
    const w = num(m[2]);
    const h = num(m[3]);
    if ((w !== undefined && (w <= 0 || w > 300)) || (h !== undefined && (h <= 0 || h > 300))) return null;
    return { kind: 'image', raw, name: m[1]!, size: { widthMm: w, heightMm: h } };
  }
  const kind = sigil === '#' ? 'open' : sigil === '^' ? 'inverted' : sigil === '/' ? 'close' : 'value';
  const name = (kind === 'value' ? inner : inner.slice(1)).trim();
  if (!NAME.test(name) || (kind !== 'value' && name === '.')) return null;
  return { kind, raw, name };
}

const wt = (raw: string) => element('w:t', '<w:t xml:space="preserve">', [{ kind: 'text', raw }]);

/** Each paragraph's placeholders moved whole into the text node where they start. */
function mergeRuns(p: XmlElement, problems: Problem[]): XmlElement[] {
  const texts = findAll(p, 'w:t', ['w:p']);
  const raws = texts.map(rawText);
  const full = raws.join('');
  if (!full.includes('{{')) return [];
  const owner: number[] = [];
  raws.forEach((r, i) => {
    for (let k = 0; k < r.length; k++) owner.push(i);
  });
  let end = 0;
  for (const m of full.matchAll(PLACEHOLDER)) {
    const start = m.index;
    end = start + m[0].length;
    if (m[1]!.includes('{{')) problems.push({ code: 'badTag', tag: unescapeXml(m[0]) });
    for (let k = start; k < end; k++) owner[k] = owner[start]!;
  }
  const rest = full.slice(end);
  const unclosed = rest.indexOf('{{');
  if (unclosed >= 0) problems.push({ code: 'unclosed', tag: unescapeXml(rest.slice(unclosed, unclosed + 40)) });
  const rebuilt = texts.map(() => '');
  for (let k = 0; k < full.length; k++) rebuilt[owner[k]!] += full[k]!;
  const touched: XmlElement[] = [];
  texts.forEach((t, i) => {
    if (rebuilt[i] === raws[i]) {
      if (raws[i]!.includes('{{')) touched.push(t);
      return;
    }
    const text = rebuilt[i]!;
    t.open = '<w:t xml:space="preserve">';
    setChildren(t, text ? [{ kind: 'text', raw: text }] : []);
    if (text.includes('{{')) touched.push(t);
  });
  return touched;
}

/** Splits the run holding `text` so each placeholder has a run of its own with the same formatting. */
function isolate(text: XmlElement, tags: Map<XmlElement, Tag>, problems: Problem[]): void {
  const run = text.parent!;
  if (run.name !== 'w:r') return;
  const rPr = run.children.find((c): c is XmlElement => c.kind === 'el' && c.name === 'w:rPr');
  const i = run.children.indexOf(text);
  const before = run.children.slice(0, i).filter((c) => c !== rPr);
  const after = run.children.slice(i + 1);
  const make = (kids: XmlNode[]) => element('w:r', run.open, rPr ? [clone(rPr), ...kids] : kids);
  const runs: XmlElement[] = [];
  if (before.length > 0) runs.push(make(before));
  const raw = rawText(text);
  let last = 0;
  for (const m of raw.matchAll(PLACEHOLDER)) {
    if (m.index > last) runs.push(make([wt(raw.slice(last, m.index))]));
    last = m.index + m[0].length;
    const tag = parseTag(m[0]);
    if (!tag) {
      problems.push({ code: 'badTag', tag: unescapeXml(m[0]) });
      runs.push(make([wt(m[0])]));
      continue;
    }
    const r = make([wt(m[0])]);
    tags.set(r, tag);
    runs.push(r);
  }
  if (last < raw.length) runs.push(make([wt(raw.slice(last))]));
  if (after.length > 0) runs.push(make(after));
  replaceNode(run, runs);
}

/** Only whitespace besides `tag` in its paragraph: a loop spanning paragraphs keeps its tags on lines of their own. */
function standsAlone(p: XmlElement, tagRun: XmlElement): boolean {
  return findAll(p, 'w:t', ['w:p']).every((t) => t.parent === tagRun || rawText(t).trim() === '');
}

function siblingsBetween(a: XmlElement, b: XmlElement, inclusive: boolean): XmlNode[] {
  const kids = a.parent!.children;
  const i = kids.indexOf(a);
  const j = kids.indexOf(b);
  return inclusive ? kids.slice(i, j + 1) : kids.slice(i + 1, j);
}

/** Replaces the siblings from `first` to `last` by one loop node holding `inside`. */
function wrap(first: XmlElement, last: XmlElement, inside: XmlNode[]): XmlElement {
  const parent = first.parent!;
  const kids = parent.children;
  const i = kids.indexOf(first);
  const j = kids.indexOf(last);
  const loop = element('#loop', '', inside);
  setChildren(parent, [...kids.slice(0, i), loop, ...kids.slice(j + 1)]);
  return loop;
}

/**
 * The loop between two tag runs: in one paragraph the text between repeats; across table rows of one table
 * the rows repeat; otherwise the paragraphs (and tables) between the two tag paragraphs repeat.
 */
function makeLoop(open: XmlElement, close: XmlElement): XmlElement | ProblemCode {
  const pO = closest(open, 'w:p');
  const pC = closest(close, 'w:p');
  if (pO && pO === pC) {
    if (open.parent !== close.parent) return 'loopLevel';
    return wrap(open, close, siblingsBetween(open, close, false));
  }
  const trO = closest(open, 'w:tr');
  const trC = closest(close, 'w:tr');
  if (trO && trC && trO.parent === trC.parent) {
    remove(open);
    remove(close);
    return wrap(trO, trC, siblingsBetween(trO, trC, true));
  }
  if (!pO || !pC || pO.parent !== pC.parent) return 'loopLevel';
  if (!standsAlone(pO, open) || !standsAlone(pC, close)) return 'tagAlone';
  return wrap(pO, pC, siblingsBetween(pO, pC, false));
}

interface Open {
  run: XmlElement;
  tag: Tag;
  /** Loops closed while this one was open: they must end up inside it. */
  inner: XmlElement[];
}

export function compilePart(path: string, root: XmlElement, problems: Problem[]): CompiledPart {
  const tags = new Map<XmlElement, Tag>();
  const loops = new Map<XmlElement, Loop>();
  for (const p of findAll(root, 'w:p')) for (const t of mergeRuns(p, problems)) isolate(t, tags, problems);

  const stack: Open[] = [];
  const runs = findAll(root, 'w:r').filter((r) => tags.has(r));
  for (const run of runs) {
    const tag = tags.get(run)!;
    if (tag.kind === 'open' || tag.kind === 'inverted') {
      stack.push({ run, tag, inner: [] });
      continue;
    }
    if (tag.kind !== 'close') continue;
    const top = stack.pop();
    if (!top || top.tag.name !== tag.name) {
      problems.push({ code: 'unbalanced', tag: top ? top.tag.raw : tag.raw });
      return { path, root, tags, loops };
    }
    const made = makeLoop(top.run, run);
    if (typeof made === 'string') {
      problems.push({ code: made, tag: top.tag.raw });
      return { path, root, tags, loops };
    }
    for (let p = made.parent; p; p = p.parent) {
      if (top.inner.includes(p)) {
        problems.push({ code: 'loopLevel', tag: top.tag.raw });
        return { path, root, tags, loops };
      }
    }
    tags.delete(top.run);
    tags.delete(run);
    loops.set(made, { name: tag.name, inverted: top.tag.kind === 'inverted', raw: top.tag.raw });
    stack.at(-1)?.inner.push(made, ...top.inner);
  }
  if (stack.length > 0) problems.push({ code: 'unbalanced', tag: stack.at(-1)!.tag.raw });
  return { path, root, tags, loops };
}
