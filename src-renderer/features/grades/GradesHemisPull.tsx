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
import type { MessageKey } from '../../../src-shared/i18n';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n, type I18n } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SectionCard } from '../../ui/SectionCard';
import { JobBar } from '../attendance/JobBar';
import { useJob } from '../attendance/use-job';
import { CountTiles, type CountTile } from './CountTiles';
import { yearName } from './grade-format';

const NOT_CONFIGURED = 'error.hemisNotConfigured';

const LIST_NAMES: Record<string, MessageKey> = {
  'academic-record-list': 'grades.hemis.records',
  'student-gpa-list': 'grades.hemis.gpa',
  'student-performance-list': 'grades.hemis.performance',
};

/** Tile colours by count, in the order they are shown; a list shows the counts it has. */
const COUNT_COLORS = {
  seen: 'text.primary',
  added: 'success.main',
  stored: 'success.main',
  unchanged: 'text.secondary',
  rejected: 'error.main',
} as const;
type CountName = keyof typeof COUNT_COLORS;

function countTiles(t: I18n['t'], counts: Partial<Record<CountName, number>>): CountTile[] {
  return (Object.keys(COUNT_COLORS) as CountName[]).flatMap((id) => {
    const value = counts[id];
    return value === undefined ? [] : [{ id, label: t(`grades.hemis.count.${id}`), value, color: COUNT_COLORS[id] }];
  });
}

/**
 * HEMIS `academic-record-list`, `student-gpa-list` and `student-performance-list` as a job: a year (or all), Start, the bar
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
            <CountTiles testId="grades-pull-records" tiles={countTiles(t, result.records)} />
            <Typography variant="subtitle2">{t('grades.hemis.gpa')}</Typography>
            <CountTiles testId="grades-pull-gpa" tiles={countTiles(t, result.gpa)} />
            <Typography variant="subtitle2">{t('grades.hemis.performance')}</Typography>
            <CountTiles testId="grades-pull-performance" tiles={countTiles(t, result.performance)} />
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
                          <TableCell>{t(LIST_NAMES[r.endpoint] ?? 'grades.hemis.records')}</TableCell>
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
