/**
 * The info desk's knowledge base as pure rules (issue 7): an article's plain-text body as paragraphs and
 * bullets, the folded words it is found by, and how a counter query matches, ranks and quotes it.
 *
 * Search is blind to apostrophe variants (oʻ o' o‘ oʼ), case and script (DOMAIN §5.1 rule 3, §5.3): the
 * stored `search_text` and the query both go through `foldName`, which transliterates Cyrillic to Latin and
 * drops apostrophes, so `oʻqish`, `o'qish`, `OQISH` and `ўқиш` are one word.
 */
import { normalizeApostrophes } from './apostrophes';
import { foldedWords, foldName } from './search-key';

export const KB_CATEGORIES = [
  'services',
  'resources',
  'clubs',
  'jointProgrammes',
  'studyAbroad',
  'employers',
  'other',
] as const;
export type KbCategory = (typeof KB_CATEGORIES)[number];

/** A body as printed: blank lines separate paragraphs, lines starting "- " (or "• ", "* ") are bullets. */
export type BodyBlock = { kind: 'paragraph'; text: string } | { kind: 'bullets'; items: string[] };

const BULLET = /^\s*[-•*]\s+/;

export function parseBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let para: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', text: para.join(' ') });
    if (bullets.length) blocks.push({ kind: 'bullets', items: bullets });
    para = [];
    bullets = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
    } else if (BULLET.test(line)) {
      if (para.length) flush();
      bullets.push(line.replace(BULLET, ''));
    } else if (bullets.length) {
      // A line under a bullet without a marker continues that bullet (a wrapped line typed by hand).
      bullets[bullets.length - 1] += ` ${line}`;
    } else {
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/**
 * A person-typed field cleaned for storage. Uzbek Latin gets its apostrophes normalised (ʻ in oʻ/gʻ, ʼ for the
 * tutuq); other languages keep theirs, since an English "student's" is no tutuq. Multi-line fields keep their
 * lines (the body's paragraphs and bullets live in them) but lose trailing spaces and runs of blank lines.
 */
export function cleanArticleText(text: string, lang: string, multiline: boolean): string {
  const s = lang === 'uz-Latn' ? normalizeApostrophes(text) : text.normalize('NFC');
  if (!multiline) return s.replace(/\s+/g, ' ').trim();
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Tags typed as "a, b; c": cleaned, deduplicated apostrophe- and case-blind, first spelling kept. */
export function cleanTags(tags: readonly string[], lang: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.flatMap((t) => t.split(/[,;]/))) {
    const clean = cleanArticleText(tag, lang, false);
    const key = foldName(clean);
    if (!clean || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

/** What is searched: the folded words of title, tags, contacts and body, each once, space-framed for `LIKE`. */
export function articleSearchText(a: { title: string; body: string; contacts: string; tags: readonly string[] }) {
  const words = new Set(foldedWords([a.title, a.tags.join(' '), a.contacts, a.body].join(' ')));
  return words.size ? ` ${[...words].join(' ')} ` : '';
}

/** The query's folded words (a word matches any stored word it begins), longest first, at most eight. */
export function queryWords(query: string): string[] {
  const words = [...new Set(foldedWords(query))];
  return words.sort((a, b) => b.length - a.length).slice(0, 8);
}

/** `LIKE` patterns, one per query word, all of which a row's `search_text` must match. */
export function likePatterns(words: readonly string[]): string[] {
  // Folded words hold only [a-z0-9]: nothing to escape for LIKE.
  return words.map((w) => `% ${w}%`);
}

/**
 * Folded titles, tags and contacts, remembered: the counter searches as it types, and each keystroke ranks the
 * same few thousand short texts again (folding them all costs ~100 ms on an office PC; a lookup, nothing).
 */
const folds = new Map<string, string>();
function foldCached(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    if (folds.size >= 20_000) folds.clear();
    folded = ` ${foldName(text)} `;
    folds.set(text, folded);
  }
  return folded;
}

function hits(text: string, words: readonly string[]): number {
  const folded = foldCached(text);
  return words.filter((w) => folded.includes(` ${w}`)).length;
}

/**
 * Rank of a matching article: every query word in the title outranks any other hit (title 100 per word, tags
 * 30, contacts 10), so "kutubxona" lists the library's own article before one that only mentions it. The body
 * is not folded here: a row reaching the ranking holds every word somewhere, and folding thousands of long
 * bodies per keystroke is what would make the search slow.
 */
export function articleScore(
  a: { title: string; contacts: string; tags: readonly string[] },
  words: readonly string[],
): number {
  if (!words.length) return 0;
  return hits(a.title, words) * 100 + hits(a.tags.join(' '), words) * 30 + hits(a.contacts, words) * 10;
}

const SNIPPET_MAX = 180;

/**
 * The piece of the body that shows why the article matched: the sentence or bullet holding most query words
 * (the opening of the body when there is no query or no body hit), shortened around the first hit.
 */
export function snippetOf(body: string, words: readonly string[]): string {
  const pieces = parseBody(body)
    .flatMap((b) => (b.kind === 'paragraph' ? b.text.split(/(?<=[.!?])\s+/) : b.items))
    .filter(Boolean);
  if (!pieces.length) return '';
  let best = pieces[0] as string;
  let bestHits = 0;
  for (const piece of pieces) {
    const n = hits(piece, words);
    if (n > bestHits) [best, bestHits] = [piece, n];
  }
  if (best.length <= SNIPPET_MAX) return best;
  const start = bestHits ? firstHitIndex(best, words) : 0;
  const from = Math.max(0, Math.min(start - 40, best.length - SNIPPET_MAX));
  const cut = best.slice(from, from + SNIPPET_MAX).trim();
  return `${from > 0 ? '…' : ''}${cut}${from + SNIPPET_MAX < best.length ? '…' : ''}`;
}

/** Where in the original text the first word whose fold begins with a query word starts. */
function firstHitIndex(text: string, words: readonly string[]): number {
  for (const m of text.matchAll(/[\p{L}\p{N}ʻʼ'‘’`]+/gu)) {
    const folded = foldName(m[0]).replace(/ /g, '');
    if (words.some((w) => folded.startsWith(w))) return m.index;
  }
  return 0;
}

/** Same title in the same category and language, whatever the apostrophes, case or script. */
export function sameTitle(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}
