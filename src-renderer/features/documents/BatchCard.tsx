import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import LibraryBooksOutlined from '@mui/icons-material/LibraryBooksOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useState } from 'react';
import type { DocumentBatch } from '../../../src-shared/contract/document-batches';
import { defaultLang } from '../../../src-shared/domain/documents/catalog';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { AppErrorShape } from '../../../src-shared/errors';
import { call } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useI18n } from '../../app/i18n';
import { useNotify } from '../../app/notify';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadBase64 } from '../../ui/ExportButton';
import { SectionCard } from '../../ui/SectionCard';
import { useJobs } from '../backups/use-jobs';
import { TypeLangFields, type TypeLang } from './TypeLangFields';

const STATUS_COLOR = {
  running: 'info',
  done: 'success',
  cancelled: 'default',
  failed: 'error',
  interrupted: 'warning',
} as const;

/** Documents for a whole group as one job: a register entry per student, one PDF to print or a DOCX each. */
export function BatchCard({ onFinished }: { onFinished(): void }) {
  const { t, tKey, locale } = useI18n();
  const notify = useNotify();
  const groups = useQuery('students.groups', {});
  const batches = useQuery('documents.batchList', { limit: 10 });
  const reload = batches.reload;
  const finished = useCallback(() => {
    reload();
    onFinished();
  }, [reload, onFinished]);
  const { jobs, merge } = useJobs(finished);
  const [choice, setChoice] = useState<TypeLang>({ type: 'enrolment', lang: defaultLang('enrolment', locale) });
  const { type, lang } = choice;
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const job = jobId ? jobs[jobId] : undefined;
  const running = job?.state === 'running';

  async function start() {
    if (!groupId) return;
    setError(null);
    const res = await call('documents.batchStart', { type, lang, format, groupId });
    if (!res.ok) return setError(res.error);
    setJobId(res.data.jobId);
    reload();
    const list = await call('jobs.list', {});
    if (list.ok) merge(list.data.filter((j) => j.id === res.data.jobId));
  }

  async function download(b: DocumentBatch) {
    const res = await call('documents.batchDownload', { batchId: b.id });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <SectionCard title={t('documents.batch.title')} hint={t('documents.batch.hint')}>
      <Stack spacing={2} data-testid="batch-card">
        <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
          <TypeLangFields value={choice} onChange={setChoice} />
          <Autocomplete
            size="small"
            options={groups.data ?? []}
            getOptionLabel={(g) => `${g.name} · ${g.faculty}`}
            value={(groups.data ?? []).find((g) => g.id === groupId) ?? null}
            onChange={(_e, g) => setGroupId(g?.id ?? null)}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('documents.batch.group')}
                inputProps={{ ...params.inputProps, 'data-testid': 'batch-group' }}
              />
            )}
            sx={{ flex: '1 1 240px' }}
          />
          <TextField
            select
            size="small"
            label={t('documents.batch.format')}
            value={format}
            onChange={(e) => setFormat(e.target.value as 'pdf' | 'docx')}
            sx={{ flex: '0 1 220px' }}
          >
            <MenuItem value="pdf">{t('documents.batch.formatPdf')}</MenuItem>
            <MenuItem value="docx">{t('documents.batch.formatDocx')}</MenuItem>
          </TextField>
          <Button
            variant="contained"
            startIcon={<LibraryBooksOutlined />}
            disabled={!groupId || running}
            onClick={() => void start()}
            data-testid="batch-start"
          >
            {t('documents.batch.start')}
          </Button>
        </Stack>
        <ErrorAlert error={error} />
        {job && running && (
          <Box data-testid="batch-progress">
            <Stack direction="row" justifyContent="space-between" sx={{ mb: 1 }}>
              <Typography fontWeight={600}>{tKey(job.step)}</Typography>
              <Stack direction="row" spacing={1} alignItems="center">
                <Typography variant="body2" color="text.secondary">
                  {t('job.progress', { done: job.done, total: job.total })}
                </Typography>
                <Button
                  size="small"
                  startIcon={<StopCircleOutlined />}
                  onClick={() => void call('jobs.cancel', { id: job.id })}
                >
                  {t('documents.batch.cancel')}
                </Button>
              </Stack>
            </Stack>
            <LinearProgress variant="determinate" value={percent} sx={{ height: 8, borderRadius: 4 }} />
          </Box>
        )}
        {job?.state === 'failed' && <Alert severity="error">{t('documents.batch.failedNote')}</Alert>}
        {(batches.data?.items.length ?? 0) > 0 && (
          <Table size="small" data-testid="batch-list">
            <TableHead>
              <TableRow>
                <TableCell>{t('documents.batch.when')}</TableCell>
                <TableCell>{t('documents.col.type')}</TableCell>
                <TableCell>{t('documents.batch.group')}</TableCell>
                <TableCell>{t('documents.batch.numbers')}</TableCell>
                <TableCell>{t('documents.col.status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {batches.data!.items.map((b) => (
                <TableRow key={b.id} data-testid="batch-row" data-status={b.status}>
                  <TableCell>{formatDateTime(b.createdAt)}</TableCell>
                  <TableCell>{tKey(`documents.type.${b.type}`)}</TableCell>
                  <TableCell>{b.groupName ?? '—'}</TableCell>
                  <TableCell>
                    {b.firstNumber ? `${b.firstNumber} … ${b.lastNumber}` : '—'}
                    <Typography variant="caption" display="block" color="text.secondary">
                      {t('documents.batch.counts', { issued: b.issued, total: b.total, skipped: b.skipped.length })}
                    </Typography>
                    {b.skipped.length > 0 && (
                      <Typography
                        variant="caption"
                        display="block"
                        color="warning.main"
                        title={b.skipped.map((s) => `${s.name}: ${tKey(s.key)}`).join('\n')}
                      >
                        {b.skipped.map((s) => s.name).join(', ')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={STATUS_COLOR[b.status]}
                      label={t(`documents.batch.status.${b.status}`)}
                    />
                  </TableCell>
                  <TableCell align="right">
                    {b.status !== 'running' && b.issued > 0 && (
                      <Button
                        size="small"
                        startIcon={<FileDownloadOutlined />}
                        onClick={() => void download(b)}
                        data-testid="batch-download"
                      >
                        {b.format === 'pdf' ? 'PDF' : 'ZIP'}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Stack>
    </SectionCard>
  );
}
