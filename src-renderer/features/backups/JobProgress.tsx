import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { BackupInfo, JobInfo } from '../../../src-shared/contract/jobs';
import { useI18n } from '../../app/i18n';

/** The running backup: step, progress bar and Cancel; afterwards its outcome. */
export function JobProgress({ job, onCancel }: { job: JobInfo; onCancel(): void }) {
  const { t, tKey } = useI18n();
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;

  if (job.state === 'succeeded') {
    const file = (job.result as BackupInfo | undefined)?.fileName ?? '';
    return (
      <Alert severity="success" data-testid="job-result">
        {t('backups.done', { file })}
      </Alert>
    );
  }
  if (job.state === 'failed') {
    return (
      <Alert severity="error" data-testid="job-result">
        {t('backups.failed', { error: job.error ?? '' })}
      </Alert>
    );
  }
  if (job.state === 'cancelled') {
    return (
      <Alert severity="info" data-testid="job-result">
        {t('backups.cancelled')}
      </Alert>
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="job-progress">
      <Stack direction="row" alignItems="center" spacing={2}>
        <Box sx={{ flexGrow: 1 }}>
          <Stack direction="row" justifyContent="space-between" sx={{ mb: 1 }}>
            <Typography fontWeight={600}>{t('backups.running')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {tKey(job.step)}
              {job.total > 0 && ` · ${t('job.progress', { done: job.done, total: job.total })}`}
            </Typography>
          </Stack>
          <LinearProgress
            variant={job.total > 0 ? 'determinate' : 'indeterminate'}
            value={percent}
            sx={{ height: 8, borderRadius: 4 }}
          />
        </Box>
        <Button variant="outlined" color="inherit" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Stack>
    </Paper>
  );
}
