import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import type { JobInfo } from '../../../src-shared/contract/jobs';
import { formatNumber } from '../../../src-shared/domain/format';
import { useI18n } from '../../app/i18n';

/**
 * A running import or dry run: step, rows read, progress bar and Cancel (the backups page's pattern);
 * a cancelled or failed job says so. `job` is undefined until its first progress event arrives.
 */
export function ImportProgress({ job, dryRun, onCancel }: { job?: JobInfo; dryRun: boolean; onCancel(): void }) {
  const { t, tKey } = useI18n();

  if (job?.state === 'cancelled') {
    return (
      <Alert severity="info" data-testid="import-stopped">
        {t(dryRun ? 'importWizard.cancelled.dryRun' : 'importWizard.cancelled.import')}
      </Alert>
    );
  }
  if (job?.state === 'failed') {
    return (
      <Alert severity="error" data-testid="import-stopped">
        {tKey('error.importFailed', { error: job.error ?? '' })}
      </Alert>
    );
  }

  const label = t(dryRun ? 'importWizard.running.dryRun' : 'importWizard.running.import');
  const finishing = job?.state === 'succeeded';
  // The total is the job's estimate from the file size until the last row is read.
  const percent = finishing ? 100 : job && job.total > 0 ? Math.min(99, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="import-progress">
      <Stack direction="row" alignItems="center" spacing={2}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" justifyContent="space-between" spacing={2} sx={{ mb: 1 }}>
            <Typography fontWeight={600} noWrap>
              {label}
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {job ? tKey(job.step) : t('job.starting')}
              {job && job.done > 0 && ` · ${formatNumber(job.done)}`}
            </Typography>
          </Stack>
          <LinearProgress
            variant={job && job.total > 0 ? 'determinate' : 'indeterminate'}
            value={percent}
            sx={{ height: 8, borderRadius: 4 }}
            aria-label={label}
          />
        </Box>
        <Button variant="outlined" color="inherit" onClick={onCancel} disabled={!job || finishing}>
          {t('common.cancel')}
        </Button>
      </Stack>
    </Paper>
  );
}
