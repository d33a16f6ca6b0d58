import { describe, expect, it } from 'vitest';
import { PAGE_STEP, resultKeyAction } from './result-keys';

describe('result list keyboard (caret stays in the search box)', () => {
  it.each([
    ['ArrowDown', 0, 5, { type: 'move', index: 1 }],
    ['ArrowDown', 4, 5, { type: 'move', index: 4 }], // stays on the last row, no wrap to the top
    ['ArrowUp', 0, 5, { type: 'move', index: 0 }],
    ['ArrowUp', 3, 5, { type: 'move', index: 2 }],
    ['PageDown', 0, 20, { type: 'move', index: PAGE_STEP }],
    ['PageDown', 18, 20, { type: 'move', index: 19 }],
    ['PageUp', 3, 20, { type: 'move', index: 0 }],
    ['Enter', 2, 5, { type: 'open', index: 2 }],
    ['Enter', 9, 3, { type: 'open', index: 2 }], // a list that shrank under the selection
    ['Enter', 0, 0, { type: 'open', index: 0 }], // no answer yet: the page asks afresh
    ['Escape', 2, 5, { type: 'clear' }],
  ] as const)('%s at %i of %i → %j', (key, active, count, action) => {
    expect(resultKeyAction(key, active, count)).toEqual(action);
  });

  it.each(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'])('%s does nothing without results', (key) => {
    expect(resultKeyAction(key, 0, 0)).toBeNull();
  });

  it('leaves typing, Home/End and modified keys to the text box', () => {
    for (const key of ['a', 'Home', 'End', 'ArrowLeft', 'Backspace', 'Tab'])
      expect(resultKeyAction(key, 0, 5)).toBeNull();
    expect(resultKeyAction('ArrowDown', 0, 5, { ctrl: true })).toBeNull();
    expect(resultKeyAction('Enter', 0, 5, { alt: true })).toBeNull();
    expect(resultKeyAction('Enter', 0, 5, { shift: true })).toBeNull();
  });
});
