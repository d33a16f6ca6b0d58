import BackupOutlined from '@mui/icons-material/BackupOutlined';
import {
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useState } from 'react';
import type { AppErrorShape } from '../../../src-shared/errors';
import { formatBytes, formatDateTime } from '../../../src-shared/domain/format';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useT } from '../../app/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { JobProgress } from './JobProgress';
import { useJobs } from './use-jobs';

export function BackupsPage() {
  const t = useT();
  const backups = useQuery('backups.list', {});
  const { jobs, merge } = useJobs(backups.reload);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const job = jobId ? jobs[jobId] : undefined;
  const running = jobId !== null && (!job || job.state === 'running');

  async function start() {
    setError(null);
    const started = await call('backups.create', {});
    if (!started.ok) return setError(started.error);
    setJobId(started.data.jobId);
    // A small database is copied before the event stream delivers anything: catch up once.
    const list = await call('jobs.list', {});
    if (list.ok) merge(list.data.filter((j) => j.id === started.data.jobId));
  }

  async function cancel() {
    if (!jobId) return;
    const result = await call('jobs.cancel', { id: jobId });
    if (!result.ok) setError(result.error);
  }

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        intro={t('backups.intro')}
        actions={
          <Button
            variant="contained"
            startIcon={<BackupOutlined />}
            onClick={() => void start()}
            disabled={running}
            data-testid="backup-now"
          >
            {t('backups.create')}
          </Button>
        }
      />
      <Stack spacing={2}>
        <ErrorAlert error={error ?? backups.error} />
        {job && <JobProgress job={job} onCancel={() => void cancel()} />}
        <Paper variant="outlined">
          <Box sx={{ height: 2 }}>{backups.loading && <LinearProgress sx={{ height: 2 }} />}</Box>
          <TableContainer>
            <Table data-testid="backups-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('backups.col.file')}</TableCell>
                  <TableCell>{t('backups.col.kind')}</TableCell>
                  <TableCell align="right">{t('backups.col.size')}</TableCell>
                  <TableCell>{t('backups.col.date')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {backups.data?.map((b) => (
                  <TableRow key={b.fileName} hover data-testid="backup-row">
                    <TableCell sx={{ fontFamily: 'monospace' }}>{b.fileName}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant="outlined"
                        label={t(`backupKind.${b.kind}`)}
                        color={b.kind === 'manual' ? 'primary' : 'default'}
                      />
                    </TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatBytes(b.sizeBytes)}
                    </TableCell>
                    <TableCell>{formatDateTime(b.createdAt)}</TableCell>
                  </TableRow>
                ))}
                {backups.data && backups.data.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={4} align="center" sx={{ py: 4, color: 'text.secondary' }}>
                      {t('backups.empty')}
                    </TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      </Stack>
    </>
  );
}
