import { createTheme, type ThemeOptions } from '@mui/material/styles';

/**
 * For users who ask their system for less motion (WCAG 2.3.3): no transitions, no ripples. Dialogs and menus
 * appear at once; on an old counter PC without a GPU every animated frame is also drawn by the CPU.
 */
const STILL: ThemeOptions = {
  transitions: {
    create: () => 'none',
    duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
  },
};

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A calm, dense theme for a screen used all day: system fonts (no web fonts to load offline),
 * small inputs and tables so a 1366×768 counter PC shows a whole form without scrolling.
 */
export function makeTheme(reducedMotion: boolean) {
  return createTheme({
    ...(reducedMotion ? STILL : {}),
    palette: {
      primary: { main: '#1b4f8a' },
      secondary: { main: '#00796b' },
      background: { default: '#f3f5f8', paper: '#ffffff' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: '"Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
      h5: { fontWeight: 600, fontSize: '1.35rem' },
      h6: { fontWeight: 600, fontSize: '1.05rem' },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: reducedMotion } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiSelect: { defaultProps: { size: 'small' } },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiTable: { defaultProps: { size: 'small' } },
      MuiTableCell: {
        styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap', backgroundColor: '#f7f8fa' } },
      },
      MuiPaper: { defaultProps: { elevation: 0 }, styleOverrides: { outlined: { borderColor: '#dde2e8' } } },
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiTooltip: { defaultProps: { enterDelay: 400 } },
      MuiListItemButton: {
        styleOverrides: {
          root: {
            borderRadius: 6,
            '&.Mui-selected': { fontWeight: 600 },
          },
        },
      },
    },
  });
}

export const theme = makeTheme(prefersReducedMotion());
