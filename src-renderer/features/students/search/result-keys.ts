/**
 * Keyboard of the counter search (a combobox: the caret stays in the box): arrows and page keys
 * move the highlighted result, Enter opens it, Esc clears the box. Pure, so it is tested as a table.
 */
export type ResultAction = { type: 'move'; index: number } | { type: 'open'; index: number } | { type: 'clear' };

export const PAGE_STEP = 5;

export function resultKeyAction(
  key: string,
  active: number,
  count: number,
  modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean; shift?: boolean } = {},
): ResultAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowDown':
      return count > 0 ? { type: 'move', index: clamp(active + 1) } : null;
    case 'ArrowUp':
      return count > 0 ? { type: 'move', index: clamp(active - 1) } : null;
    case 'PageDown':
      return count > 0 ? { type: 'move', index: clamp(active + PAGE_STEP) } : null;
    case 'PageUp':
      return count > 0 ? { type: 'move', index: clamp(active - PAGE_STEP) } : null;
    case 'Enter':
      return modifiers.shift ? null : { type: 'open', index: count > 0 ? clamp(active) : 0 };
    case 'Escape':
      return { type: 'clear' };
    default:
      return null;
  }
}
