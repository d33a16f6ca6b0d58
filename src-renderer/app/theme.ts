import { createTheme } from '@mui/material/styles';

/**
 * A calm, dense theme for a screen used all day: system fonts (no web fonts to load offline),
 * small inputs and tables so a 1366×768 counter PC shows a whole form without scrolling.
 */
export const theme = createTheme({
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
