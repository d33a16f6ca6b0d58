import { describe, expect, it } from 'vitest';
import { makeTheme } from './theme';

describe('the theme', () => {
  it.each([
    [true, 'none', 0, true],
    [false, 'all 150ms', 225, false],
  ])('reduced motion %s: transitions %s, dialogs enter in %i ms, ripples off %s', (reduced, create, enter, still) => {
    const theme = makeTheme(reduced);
    expect(theme.transitions.create('all', { duration: 150, easing: 'linear' }).split(' ').slice(0, 2).join(' ')).toBe(
      create,
    );
    expect(theme.transitions.duration.enteringScreen).toBe(enter);
    expect(theme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(still);
  });
});
