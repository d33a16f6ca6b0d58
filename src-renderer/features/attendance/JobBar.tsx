import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import type { JobInfo } from '../../../src-shared/contract/jobs';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';

/** A running attendance job: its step, a bar, and Stop (the job stops between batches). */
export function JobBar({ job, testId }: { job: JobInfo; testId: string }) {
  const { t, tKey } = useI18n();
  const percent = job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <Stack direction="row" spacing={2} alignItems="center" data-testid={testId}>
      <Box sx={{ flexGrow: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
          {tKey(job.step)}
          {job.total > 0 && ` · ${t('job.progress', { done: job.done, total: job.total })}`}
        </Typography>
        <LinearProgress
          variant={job.total > 0 ? 'determinate' : 'indeterminate'}
          value={percent}
          sx={{ height: 8, borderRadius: 4 }}
        />
      </Box>
      <Button variant="outlined" color="inherit" onClick={() => void call('jobs.cancel', { id: job.id })}>
        {t('attendance.import.cancel')}
      </Button>
    </Stack>
  );
}
