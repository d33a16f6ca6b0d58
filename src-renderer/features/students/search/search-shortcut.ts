/** Ctrl+K (⌘K) anywhere, or `/` outside a text field, jumps to the counter search. */
export const FOCUS_SEARCH_EVENT = 'registrator:focus-search';

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

function isTextEntry(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName.toUpperCase());
}

export function isSearchShortcut(e: KeyLike): boolean {
  // By the key's position, so Ctrl+K also works while the keyboard is switched to Cyrillic (Ctrl+Л).
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyK') return true;
  if (e.ctrlKey || e.metaKey || e.altKey) return false;
  return e.key === '/' && !isTextEntry(e.target);
}
