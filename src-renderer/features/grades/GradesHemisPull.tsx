import CheckCircleOutline from '@mui/icons-material/CheckCircleOutline';
import CloudDownloadOutlined from '@mui/icons-material/CloudDownloadOutlined';
import {
  Alert,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { gradesPullResultSchema } from '../../../src-shared/contract/grades';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { JobBar } from '../attendance/JobBar';
import { useJob } from '../attendance/use-job';
import { CountTiles } from './CountTiles';
import { yearName } from './grade-format';

const NOT_CONFIGURED = 'error.hemisNotConfigured';

/**
 * HEMIS `academic-record-list` and `student-gpa-list` as a job: a year (or all), Start, the bar
 * with Stop, and what came of it. Without a HEMIS address and token the backend refuses before a
 * job starts, and the card says who sets it up.
 */
export function GradesHemisPull() {
  const { t, tKey } = useI18n();
  const [year, setYear] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const years = useQuery('grades.filters', {}).data?.years ?? [];
  const { job, jobId, start } = useJob();
  const running = job?.state === 'running' || (jobId !== null && job === null);

  async function pull() {
    setError(null);
    const res = await call('grades.pull', year ? { educationYear: year } : {});
    if (res.ok) start(res.data.jobId);
    else setError(res.error);
  }

  const parsed = job?.state === 'succeeded' ? gradesPullResultSchema.safeParse(job.result) : null;
  const result = parsed?.success ? parsed.data : null;

  return (
    <SectionCard title={t('grades.hemis.title')} hint={t('grades.hemis.intro')}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
          <TextField
            select
            size="small"
            label={t('grades.hemis.year')}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            sx={{ width: 220 }}
            slotProps={{
              inputLabel: { shrink: true },
              select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'hemis-year' } as object },
            }}
          >
            <MenuItem value="">{t('grades.hemis.allYears')}</MenuItem>
            {years.map((y) => (
              <MenuItem key={y} value={y}>
                {yearName(y)}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="contained"
            startIcon={<CloudDownloadOutlined />}
            onClick={() => void pull()}
            disabled={running}
            data-testid="grades-pull"
          >
            {t('grades.hemis.pull')}
          </Button>
        </Stack>
        {error?.key === NOT_CONFIGURED ? (
          <Alert severity="warning" data-testid="hemis-not-configured">
            <Typography fontWeight={600}>{tKey(NOT_CONFIGURED)}</Typography>
            {t('grades.hemis.notConfigured')}
          </Alert>
        ) : (
          <ErrorAlert error={error} />
        )}
        {job?.state === 'running' && <JobBar job={job} testId="grades-pull-progress" />}
        {job?.state === 'cancelled' && (
          <Alert severity="info" data-testid="grades-pull-stopped">
            {t('grades.hemis.stopped')}
          </Alert>
        )}
        {job?.state === 'failed' && (
          <ErrorAlert
            error={{
              code: 'CONFLICT',
              key: job.errorKey ?? 'error.internal',
              message: job.error ?? '',
              params: job.errorParams ?? { error: job.error ?? '' },
            }}
          />
        )}
        {result && (
          <Stack spacing={2} data-testid="grades-pull-result">
            <Alert severity="success" icon={<CheckCircleOutline />}>
              {t('grades.hemis.done')}
            </Alert>
            <Typography variant="subtitle2">{t('grades.hemis.records')}</Typography>
            <CountTiles
              testId="grades-pull-records"
              tiles={[
                { id: 'seen', label: t('grades.hemis.count.seen'), value: result.records.seen, color: 'text.primary' },
                {
                  id: 'added',
                  label: t('grades.hemis.count.added'),
                  value: result.records.added,
                  color: 'success.main',
                },
                {
                  id: 'unchanged',
                  label: t('grades.hemis.count.unchanged'),
                  value: result.records.unchanged,
                  color: 'text.secondary',
                },
                {
                  id: 'rejected',
                  label: t('grades.hemis.count.rejected'),
                  value: result.records.rejected,
                  color: 'error.main',
                },
              ]}
            />
            <Typography variant="subtitle2">{t('grades.hemis.gpa')}</Typography>
            <CountTiles
              testId="grades-pull-gpa"
              tiles={[
                { id: 'seen', label: t('grades.hemis.count.seen'), value: result.gpa.seen, color: 'text.primary' },
                {
                  id: 'stored',
                  label: t('grades.hemis.count.stored'),
                  value: result.gpa.stored,
                  color: 'success.main',
                },
                {
                  id: 'rejected',
                  label: t('grades.hemis.count.rejected'),
                  value: result.gpa.rejected,
                  color: 'error.main',
                },
              ]}
            />
            {result.rejects.length > 0 && (
              <>
                <Typography variant="subtitle2">
                  {t('grades.hemis.rejects', { count: result.rejects.length })}
                </Typography>
                <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 320 }}>
                  <Table size="small" stickyHeader data-testid="grades-pull-rejects">
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('grades.hemis.col.list')}</TableCell>
                        <TableCell align="right">{t('grades.hemis.col.hemisId')}</TableCell>
                        <TableCell>{t('grades.hemis.col.reason')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {result.rejects.map((r, i) => (
                        <TableRow key={i}>
                          <TableCell>
                            {r.endpoint === 'student-gpa-list' ? t('grades.hemis.gpa') : t('grades.hemis.records')}
                          </TableCell>
                          <TableCell align="right">{r.hemisId ?? '—'}</TableCell>
                          <TableCell>{tKey(r.key)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
