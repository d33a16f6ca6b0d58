import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import { Alert, Button, Stack } from '@mui/material';
import { useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useI18n } from '../../app/i18n';
import { DateField } from '../../ui/DateField';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { JobBar } from './JobBar';
import { useJob } from './use-job';

interface Counts {
  created: number;
  updated: number;
}
interface PullResult {
  endpoints: Record<'attendance-list' | 'schedule-list' | 'exam-list', Counts & { skipped: number }>;
}

/** Attendance, timetable and exams from HEMIS as a job with progress and Stop; safe to repeat. */
export function HemisPullCard() {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const { job, start } = useJob();

  async function pull() {
    setError(null);
    const res = await call('attendance.pull', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
    if (res.ok) start(res.data.jobId);
    else setError(res.error);
  }
  const result = job?.state === 'succeeded' ? (job.result as PullResult) : null;
  const counts = (c: Counts) => t('attendance.hemis.counts', { created: c.created, updated: c.updated });

  return (
    <SectionCard title={t('attendance.hemis.title')} hint={t('attendance.hemis.intro')}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
          <DateField
            label={t('attendance.hemis.from')}
            value={from}
            onChange={setFrom}
            size="small"
            sx={{ width: 160 }}
          />
          <DateField label={t('attendance.hemis.to')} value={to} onChange={setTo} size="small" sx={{ width: 160 }} />
          <Button
            variant="contained"
            startIcon={<CloudDownloadOutlined />}
            onClick={() => void pull()}
            disabled={job?.state === 'running'}
            data-testid="attendance-pull"
          >
            {t('attendance.hemis.pull')}
          </Button>
        </Stack>
        <ErrorAlert error={error} fields={[]} />
        {job?.state === 'running' && <JobBar job={job} testId="pull-progress" />}
        {job?.state === 'cancelled' && <Alert severity="info">{t('error.cancelled')}</Alert>}
        {job?.state === 'failed' && (
          <ErrorAlert
            error={{
              code: 'CONFLICT',
              key: job.errorKey ?? 'error.internal',
              message: job.error ?? '',
              params: job.errorParams ?? {},
            }}
          />
        )}
        {result && (
          <Alert severity="success" data-testid="pull-result">
            {t('attendance.hemis.result', {
              attendance: counts(result.endpoints['attendance-list']),
              schedule: counts(result.endpoints['schedule-list']),
              exams: counts(result.endpoints['exam-list']),
              skipped: Object.values(result.endpoints).reduce((s, e) => s + e.skipped, 0),
            })}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
