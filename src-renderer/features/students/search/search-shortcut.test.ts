import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './search-shortcut';

const key = (over: Partial<Parameters<typeof isSearchShortcut>[0]>) => ({
  key: 'k',
  code: 'KeyK',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: { tagName: 'BODY' } as unknown as EventTarget,
  ...over,
});
const input = { tagName: 'INPUT' } as unknown as EventTarget;

describe('the search shortcut', () => {
  it('Ctrl+K and ⌘K, also on a Cyrillic layout (Ctrl+Л) and inside a text field', () => {
    expect(isSearchShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ ctrlKey: true, key: 'л' }))).toBe(true);
    expect(isSearchShortcut(key({ ctrlKey: true, target: input }))).toBe(true);
  });

  it('/ only outside text fields, where it is a character', () => {
    expect(isSearchShortcut(key({ key: '/', code: 'Slash' }))).toBe(true);
    expect(isSearchShortcut(key({ key: '/', code: 'Slash', target: input }))).toBe(false);
    expect(isSearchShortcut(key({ key: '/', target: { tagName: 'TEXTAREA' } as unknown as EventTarget }))).toBe(false);
    expect(
      isSearchShortcut(
        key({ key: '/', target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget }),
      ),
    ).toBe(false);
  });

  it('not K alone, not Ctrl+Shift+K, not Alt+/', () => {
    expect(isSearchShortcut(key({}))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ key: '/', altKey: true }))).toBe(false);
  });
});
