import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { BackupInfo, JobInfo } from '../../../src-shared/contract/jobs';
import { useI18n } from '../../app/i18n';

/** The backup job: step, progress bar and Cancel while it runs; its outcome once it is done. */
export function JobProgress({ job, onCancel }: { job: JobInfo; onCancel(): void }) {
  const { t, tKey } = useI18n();

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

  const done = job.state === 'succeeded';
  const percent = done ? 100 : job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const file = (job.result as BackupInfo | undefined)?.fileName ?? '';
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={done ? 'job-result' : 'job-progress'}>
      <Stack direction="row" alignItems="center" spacing={2}>
        {done && <CheckCircleOutline color="success" />}
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" justifyContent="space-between" spacing={2} sx={{ mb: 1 }}>
            <Typography fontWeight={600} noWrap>
              {done ? t('backups.done', { file }) : t('backups.running')}
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {tKey(job.step)}
              {job.total > 0 && ` · ${t('job.progress', { done: job.done, total: job.total })}`}
            </Typography>
          </Stack>
          <LinearProgress
            variant={job.total > 0 || done ? 'determinate' : 'indeterminate'}
            value={percent}
            color={done ? 'success' : 'primary'}
            sx={{ height: 8, borderRadius: 4 }}
            aria-label={done ? t('backups.done', { file }) : t('backups.running')}
          />
        </Box>
        {!done && (
          <Button variant="outlined" color="inherit" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
