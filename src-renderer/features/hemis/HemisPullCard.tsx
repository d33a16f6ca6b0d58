import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { ChannelOutput } from '../../../src-shared/contract';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { useJobs } from '../backups/use-jobs';

type Status = ChannelOutput<'hemis.pullStatus'>;

/** "Pull now" with live progress (`jobs.progress`) and Cancel; the outcome stays until the next pull. */
export function HemisPullCard({
  status,
  configured,
  onFinished,
}: {
  status: Status;
  configured: boolean;
  onFinished(): void;
}) {
  const { t, tKey } = useI18n();
  const { jobs, merge } = useJobs(onFinished);
  const [jobId, setJobId] = useState<string | null>(status.job?.id ?? null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const job = (jobId ? jobs[jobId] : undefined) ?? (status.job?.id === jobId ? status.job : null);
  const running = job?.state === 'running';

  async function start(full: boolean) {
    setError(null);
    const started = await call('hemis.pull', full ? { full: true } : {});
    if (!started.ok) return setError(started.error);
    setJobId(started.data.jobId);
    // The event stream may have delivered the first events before this answer: catch up once.
    const list = await call('jobs.list', {});
    if (list.ok) merge(list.data.filter((j) => j.id === started.data.jobId));
  }

  async function cancel() {
    if (!jobId) return;
    const res = await call('jobs.cancel', { id: jobId });
    if (!res.ok) setError(res.error);
  }

  const percent = job && job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <SectionCard title={t('hemis.section.pull')}>
      <Stack spacing={2}>
        <ErrorAlert error={error} />
        {status.pending && !running && (
          <Alert severity="info">
            {t('hemis.pending', { page: status.pending.page, pageCount: status.pending.pageCount })}
          </Alert>
        )}
        {job && running && (
          <Box data-testid="hemis-progress">
            <Stack direction="row" justifyContent="space-between" spacing={2} sx={{ mb: 1 }}>
              <Typography fontWeight={600}>{t('hemis.running')}</Typography>
              <Typography variant="body2" color="text.secondary">
                {tKey(job.step)}
                {job.total > 0 && ` · ${t('job.progress', { done: job.done, total: job.total })}`}
              </Typography>
            </Stack>
            <LinearProgress
              variant={job.total > 0 ? 'determinate' : 'indeterminate'}
              value={percent}
              sx={{ height: 8, borderRadius: 4 }}
              aria-label={t('hemis.running')}
            />
          </Box>
        )}
        {job?.state === 'succeeded' && (
          <Alert severity="success" data-testid="hemis-result">
            {t('hemis.done')}
          </Alert>
        )}
        {job?.state === 'cancelled' && <Alert severity="info">{t('hemis.cancelled')}</Alert>}
        {job?.state === 'failed' && (
          <Alert severity="error" data-testid="hemis-result">
            {t('hemis.failed')}
            {status.jobError && status.job?.id === job.id && `: ${tKey(status.jobError.key, status.jobError.params)}`}
          </Alert>
        )}
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            startIcon={<CloudDownloadOutlined />}
            disabled={!configured || running}
            onClick={() => void start(false)}
            data-testid="hemis-pull"
          >
            {t('hemis.pull')}
          </Button>
          <Button variant="outlined" disabled={!configured || running} onClick={() => void start(true)}>
            {t('hemis.pullFull')}
          </Button>
          {running && (
            <Button variant="outlined" color="inherit" onClick={() => void cancel()}>
              {t('common.cancel')}
            </Button>
          )}
        </Stack>
      </Stack>
    </SectionCard>
  );
}
