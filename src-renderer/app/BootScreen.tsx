import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useI18n } from './i18n';
import { useSession } from './session';

/** Start-up: a spinner while the backend answers, or why it does not, with a retry. */
export function BootScreen() {
  const { t, tKey } = useI18n();
  const { state, retry } = useSession();
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
      {state.status === 'unreachable' ? (
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          <Typography variant="h5">{t('app.title')}</Typography>
          <Alert severity="error">
            {state.error.key === 'error.network' ? t('boot.unreachable') : tKey(state.error.key, state.error.params)}
          </Alert>
          <Button variant="contained" onClick={retry} autoFocus>
            {t('common.retry')}
          </Button>
        </Stack>
      ) : (
        <Stack spacing={2} alignItems="center" role="status">
          <CircularProgress />
          <Typography color="text.secondary">{t('boot.loading')}</Typography>
        </Stack>
      )}
    </Box>
  );
}
