/**
 * What the counter typed into the one search box (issue 3): an identifier to look up exactly,
 * or name words to search. Pure, so the renderer can hint what it is searching for.
 */
import { normalizeUzPhone } from './phone';
import { foldedWords, phoneticKey } from './search-key';

export interface ParsedStudentQuery {
  /** Exact lookups to try (each may be empty). */
  pinfl: string | null;
  passport: string | null;
  phone: string | null;
  studentIdNumber: string | null;
  /** Upper-cased candidate group name (`KI-23-01`, `211-22`). */
  groupName: string | null;
  /** Folded name words, in the order typed. */
  words: string[];
}

export function parseStudentQuery(raw: string): ParsedStudentQuery {
  const q = raw.normalize('NFC').trim().slice(0, 200);
  const compact = q.replace(/[\s()+-]/g, '');
  const digits = /^\d+$/.test(compact) ? compact : null;
  const passportLike = q.replace(/\s+/g, '').toUpperCase();
  const result: ParsedStudentQuery = {
    pinfl: digits && digits.length === 14 ? digits : null,
    passport: /^[A-Z]{2}\d{7}$/.test(passportLike) || /^[A-Z]{1,3}\d{5,10}$/.test(passportLike) ? passportLike : null,
    phone: digits && digits.length >= 9 && digits.length <= 12 ? normalizeUzPhone(digits) : null,
    studentIdNumber: /^[0-9A-Za-z]{5,20}$/.test(compact) && /\d/.test(compact) ? compact : null,
    groupName: /\d/.test(q) && /^[\p{L}\d][\p{L}\d\s/_.-]{1,30}$/u.test(q) ? q.replace(/\s+/g, '').toUpperCase() : null,
    words: digits ? [] : foldedWords(q).filter((w) => !/^\d+$/.test(w) || w.length < 5),
  };
  return result;
}

const quote = (token: string) => `"${token.replace(/"/g, '')}"`;

/**
 * FTS5 match expressions for name words, from the strictest to the loosest: whole words, then
 * word prefixes, then phonetic prefixes (`~` keys). Each word must match (AND); order is free.
 */
export function nameMatchExpressions(
  words: readonly string[],
): { exact: string; prefix: string; phonetic: string } | null {
  const usable = words.filter((w) => w.length > 0).slice(0, 6);
  if (usable.length === 0) return null;
  return {
    exact: usable.map((w) => quote(w)).join(' AND '),
    prefix: usable.map((w) => `${quote(w)}*`).join(' AND '),
    phonetic: usable.map((w) => `${quote(`~${phoneticKey(w)}`)}*`).join(' AND '),
  };
}

/** A stored name word with its phonetic key (both are in `search_text`, word then `~key`). */
export interface IndexedWord {
  word: string;
  phonetic: string;
}

/** Reads the word/phonetic pairs back from a `search_text` value (see `nameSearchText`). */
export function indexedWords(searchText: string): IndexedWord[] {
  const out: IndexedWord[] = [];
  const tokens = searchText.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!token || token.startsWith('~')) continue;
    const next = tokens[i + 1];
    out.push({ word: token, phonetic: next?.startsWith('~') ? next.slice(1) : phoneticKey(token) });
  }
  return out;
}

export interface NameMatch {
  score: number;
  /** `name` when every query word is a whole stored word, `prefix` when each starts one, else `phonetic`. */
  kind: 'name' | 'prefix' | 'phonetic';
}

/** Query words with their phonetic keys, computed once per search. */
export function queryWords(words: readonly string[]): IndexedWord[] {
  return words.map((word) => ({ word, phonetic: phoneticKey(word) }));
}

/**
 * Score of a candidate for the query words: a whole-word hit counts most, then a prefix, then a
 * phonetic hit; words typed in the stored order (surname first) earn a little more.
 */
export function scoreNameMatch(query: readonly IndexedWord[], nameWords: readonly IndexedWord[]): NameMatch {
  let score = 0;
  let lastIndex = -1;
  let inOrder = true;
  let weakest = 4;
  for (const { word: q, phonetic: qp } of query) {
    let best = 0;
    let bestIndex = -1;
    for (let i = 0; i < nameWords.length; i++) {
      const { word: n, phonetic: np } = nameWords[i] as IndexedWord;
      let s = 0;
      if (n === q) s = 4;
      else if (n.startsWith(q)) s = 2 + q.length / Math.max(n.length, 1);
      else if (np === qp) s = 1.8;
      else if (np.startsWith(qp)) s = 1 + qp.length / Math.max(np.length, 1) / 2;
      if (s > best) {
        best = s;
        bestIndex = i;
      }
    }
    score += best;
    weakest = Math.min(weakest, best);
    if (bestIndex < lastIndex) inOrder = false;
    lastIndex = bestIndex;
  }
  const kind = weakest >= 4 ? 'name' : weakest >= 2 ? 'prefix' : 'phonetic';
  return { score: score + (inOrder && query.length > 1 ? 0.5 : 0), kind };
}
