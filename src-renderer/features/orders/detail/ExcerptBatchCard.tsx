import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import LibraryBooksOutlined from '@mui/icons-material/LibraryBooksOutlined';
import StopCircleOutlined from '@mui/icons-material/StopCircleOutlined';
import { Alert, Box, Button, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { DocumentBatch } from '../../../../src-shared/contract/document-batches';
import type { Locale } from '../../../../src-shared/contract/common';
import type { OrderDetail } from '../../../../src-shared/contract/orders';
import { DOCUMENT_TYPES } from '../../../../src-shared/domain/documents/catalog';
import type { AppErrorShape } from '../../../../src-shared/errors';
import { call } from '../../../api/client';
import { useI18n } from '../../../app/i18n';
import { useNotify } from '../../../app/notify';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { downloadBase64 } from '../../../ui/ExportButton';
import { SectionCard } from '../../../ui/SectionCard';
import { useJobs } from '../../backups/use-jobs';
import { LANG_LABEL } from '../../documents/lang-labels';

const EXCERPT = 'order-excerpt' as const;

/**
 * An excerpt ("buyruqdan koʻchirma") for every student of the applied order as one batch job of the document
 * engine: a register number and QR each, one PDF for the printer or a DOCX per student.
 */
export function ExcerptBatchCard({ order }: { order: OrderDetail }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { jobs, merge } = useJobs();
  const langs = DOCUMENT_TYPES[EXCERPT].langs as readonly Locale[];
  const [lang, setLang] = useState<Locale>(langs[0]!);
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [started, setStarted] = useState<{ jobId: string; batchId: string } | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const job = started ? jobs[started.jobId] : undefined;
  const running = started !== null && (job === undefined || job.state === 'running');
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const [batch, setBatch] = useState<DocumentBatch | null>(null);
  const finished = job !== undefined && job.state !== 'running';

  // Numbers issued and students a hold skipped: read once the job has ended.
  useEffect(() => {
    if (!finished || !started) return;
    let live = true;
    void call('documents.batchGet', { batchId: started.batchId }).then((res) => {
      if (live && res.ok) setBatch(res.data);
    });
    return () => {
      live = false;
    };
  }, [finished, started]);

  async function start() {
    setError(null);
    const res = await call('documents.batchStart', {
      type: EXCERPT,
      lang,
      format,
      studentIds: order.lines.map((l) => l.studentId),
      params: { orderId: order.id },
    });
    if (!res.ok) return setError(res.error);
    setBatch(null);
    setStarted(res.data);
    const list = await call('jobs.list', {});
    if (list.ok) merge(list.data.filter((j) => j.id === res.data.jobId));
  }

  async function download() {
    if (!started) return;
    const res = await call('documents.batchDownload', { batchId: started.batchId });
    if (res.ok) downloadBase64(res.data.fileName, res.data.data, res.data.mimeType);
    else notify(tKey(res.error.key, res.error.params), 'error');
  }

  return (
    <SectionCard title={t('orders.excerpts.title')} hint={t('orders.excerpts.hint', { count: order.lines.length })}>
      <Stack spacing={2} data-testid="excerpt-batch">
        <Stack direction="row" spacing={1.5} flexWrap="wrap" useFlexGap>
          <TextField
            select
            size="small"
            label={t('orders.excerpts.lang')}
            value={lang}
            onChange={(e) => setLang(e.target.value as Locale)}
            sx={{ flex: '0 1 200px' }}
          >
            {langs.map((l) => (
              <MenuItem key={l} value={l}>
                {LANG_LABEL[l]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('documents.batch.format')}
            value={format}
            onChange={(e) => setFormat(e.target.value as 'pdf' | 'docx')}
            sx={{ flex: '0 1 320px', minWidth: 260 }}
          >
            <MenuItem value="pdf">{t('documents.batch.formatPdf')}</MenuItem>
            <MenuItem value="docx">{t('documents.batch.formatDocx')}</MenuItem>
          </TextField>
          <Button
            variant="contained"
            startIcon={<LibraryBooksOutlined />}
            disabled={running}
            onClick={() => void start()}
            data-testid="excerpts-start"
          >
            {t('orders.excerpts.start')}
          </Button>
        </Stack>
        <ErrorAlert error={error} />
        {running && (
          <Box data-testid="excerpts-progress">
            <Stack direction="row" justifyContent="space-between" sx={{ mb: 1 }}>
              <Typography fontWeight={600}>{job ? tKey(job.step) : ''}</Typography>
              <Stack direction="row" spacing={1} alignItems="center">
                {job && (
                  <Typography variant="body2" color="text.secondary">
                    {t('job.progress', { done: job.done, total: job.total })}
                  </Typography>
                )}
                {job && (
                  <Button
                    size="small"
                    startIcon={<StopCircleOutlined />}
                    onClick={() => void call('jobs.cancel', { id: job.id })}
                  >
                    {t('documents.batch.cancel')}
                  </Button>
                )}
              </Stack>
            </Stack>
            <LinearProgress variant="determinate" value={percent} sx={{ height: 8, borderRadius: 4 }} />
          </Box>
        )}
        {job?.state === 'failed' && <Alert severity="error">{t('documents.batch.failedNote')}</Alert>}
        {finished && job.state !== 'failed' && (
          <Alert
            severity="success"
            data-testid="excerpts-done"
            action={
              <Button
                color="inherit"
                size="small"
                startIcon={<FileDownloadOutlined />}
                onClick={() => void download()}
                data-testid="excerpts-download"
              >
                {format === 'pdf' ? 'PDF' : 'ZIP'}
              </Button>
            }
          >
            {batch
              ? t('orders.excerpts.counts', {
                  issued: batch.issued,
                  first: batch.firstNumber ?? '—',
                  last: batch.lastNumber ?? '—',
                })
              : t('orders.excerpts.done')}
            {batch && batch.skipped.length > 0 && (
              <Typography variant="body2" data-testid="excerpts-skipped">
                {batch.skipped.map((s) => `${s.name}: ${tKey(s.key)}`).join('; ')}
              </Typography>
            )}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
